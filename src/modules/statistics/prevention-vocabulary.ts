/** Kinds of prevention activity the annual report counts (issue 8, item 1). */
export const ACTIVITY_TYPES = ['training', 'awareness_campaign', 'tourism_training', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Who an activity reached; for a training, the role trained. */
export const AUDIENCES = [
  'police',
  'prosecutors',
  'judges',
  'migration_officers',
  'labour_inspectors',
  'consular_staff',
  'health_workers',
  'educators',
  'service_providers',
  'tourism_workers',
  'general_public',
  'students',
  'other',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Languages an activity was held in: Spanish, English and the most spoken of Mexico's indigenous
 * languages (INALI's catalogue names them by agrupación lingüística), with one entry for the others.
 */
export const INDIGENOUS_LANGUAGES = [
  'nahuatl',
  'maya',
  'tseltal',
  'tsotsil',
  'mixteco',
  'zapoteco',
  'otomi',
  'totonaco',
  'chol',
  'mazateco',
  'huasteco',
  'mazahua',
  'tlapaneco',
  'chinanteco',
  'purepecha',
  'mixe',
  'tarahumara',
  'other_indigenous',
] as const;
export const ACTIVITY_LANGUAGES = ['es', 'en', ...INDIGENOUS_LANGUAGES] as const;
export type ActivityLanguage = (typeof ACTIVITY_LANGUAGES)[number];
