import type { Criterion, Rating, RecommendationStatus, Tier } from '../../../src/contracts/annual-report.ts';
import {
  CRITERION_WORDS,
  pick,
  RATING_WORDS,
  STATUS_WORDS,
  TIER_WORDS,
} from '../../../src/modules/report/report-words.ts';
import { currentLanguage } from '../i18n/i18n.ts';

/** The assessment's terms as the report itself writes them, in the reader's language. */
export const criterionLabel = (criterion: Criterion) => pick(CRITERION_WORDS[criterion], currentLanguage());
export const ratingLabel = (rating: Rating) => pick(RATING_WORDS[rating], currentLanguage());
export const tierLabel = (tier: Tier) => pick(TIER_WORDS[tier], currentLanguage());
export const statusLabel = (status: RecommendationStatus) => pick(STATUS_WORDS[status], currentLanguage());
