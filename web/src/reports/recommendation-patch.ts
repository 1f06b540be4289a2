import type { Recommendation, RecommendationPatch } from '../api/assessment.ts';

export type RecommendationDraft = {
  owner: string;
  dueOn: string;
  /** Indicator codes separated by commas or spaces, as typed. */
  indicators: string;
  status: Recommendation['status'];
  note: string;
};

/** Only what the reviewer changed, so that history records exactly that; a note goes when written. */
export function recommendationPatch(item: Recommendation, draft: RecommendationDraft): RecommendationPatch {
  const indicatorCodes = draft.indicators.split(/[\s,]+/).filter((code) => code !== '');
  const note = draft.note.trim();
  return {
    ...(draft.owner !== item.ownerAgency.id && { ownerAgencyId: draft.owner }),
    ...(draft.dueOn !== item.dueOn && { dueOn: draft.dueOn }),
    ...(indicatorCodes.join(',') !== item.indicatorCodes.join(',') && { indicatorCodes }),
    ...(draft.status !== item.status && { status: draft.status }),
    ...(note !== '' && { progressNote: note }),
  };
}
