import type { Recommendation, RecommendationPatch, RecommendationRequest } from '../api/assessment.ts';

export type RecommendationDraft = {
  textEs: string;
  textEn: string;
  owner: string;
  dueOn: string;
  /** Indicator codes separated by commas or spaces, as typed. */
  indicators: string;
  status: Recommendation['status'];
  note: string;
};

export type NewRecommendationDraft = Pick<
  RecommendationDraft,
  'textEs' | 'textEn' | 'owner' | 'dueOn' | 'indicators'
>;

const indicatorCodesOf = (typed: string) => typed.split(/[\s,]+/).filter((code) => code !== '');

/** Only what the reviewer changed, so that history records exactly that; a note goes when written. */
export function recommendationPatch(item: Recommendation, draft: RecommendationDraft): RecommendationPatch {
  const indicatorCodes = indicatorCodesOf(draft.indicators);
  const note = draft.note.trim();
  const textEs = draft.textEs.trim();
  const textEn = draft.textEn.trim();
  return {
    ...(textEs !== item.textEs && { textEs }),
    ...(textEn !== item.textEn && { textEn }),
    ...(draft.owner !== item.ownerAgency.id && { ownerAgencyId: draft.owner }),
    ...(draft.dueOn !== item.dueOn && { dueOn: draft.dueOn }),
    ...(indicatorCodes.join(',') !== item.indicatorCodes.join(',') && { indicatorCodes }),
    ...(draft.status !== item.status && { status: draft.status }),
    ...(note !== '' && { progressNote: note }),
  };
}

/** A new recommendation as the API takes it, from the form's fields as typed. */
export const recommendationRequestOf = (draft: NewRecommendationDraft): RecommendationRequest => ({
  textEs: draft.textEs.trim(),
  textEn: draft.textEn.trim(),
  ownerAgencyId: draft.owner,
  dueOn: draft.dueOn,
  indicatorCodes: indicatorCodesOf(draft.indicators),
});
