/**
 * A length of time as an ISO 8601 duration (`PT76H30M`), exact to the millisecond. No days: an ISO day
 * is a calendar day, which is not always 24 hours.
 */
export function isoDuration(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const millis = ms % 1000;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const fraction = millis ? `.${String(millis).padStart(3, '0').replace(/0+$/, '')}` : '';
  const parts = [
    hours ? `${hours}H` : '',
    minutes ? `${minutes}M` : '',
    seconds || millis ? `${seconds}${fraction}S` : '',
  ].join('');
  return `PT${parts || '0S'}`;
}
