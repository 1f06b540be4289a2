/** How long a provider has to answer a referral, by urgency; the operator may change each. */
export const REFERRAL_URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];
export type ResponseHours = Readonly<Record<ReferralUrgency, number>>;

export const DEFAULT_RESPONSE_HOURS: ResponseHours = { emergency: 4, urgent: 24, routine: 72 };

/**
 * Reads `emergency=4,urgent=24,routine=72` (any subset; the rest keep their defaults); whole hours from
 * 1 to 720. Null when malformed, so that the setting's error names the variable.
 */
export function parseResponseHours(text: string): ResponseHours | null {
  const hours: Record<ReferralUrgency, number> = { ...DEFAULT_RESPONSE_HOURS };
  for (const part of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match = /^(routine|urgent|emergency)=(\d{1,3})$/.exec(part);
    const value = Number(match?.[2]);
    if (!match || value < 1 || value > 720) return null;
    hours[match[1] as ReferralUrgency] = value;
  }
  return hours;
}
