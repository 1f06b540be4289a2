/** The referral inbox: what the reader's agency received and sent. */
export const REFERRALS_PATH = '/referrals';
/** The service directory browser. */
export const DIRECTORY_PATH = '/service-directory';
/** Unmet need by state, population and kind of service (statisticians). */
export const COVERAGE_GAPS_PATH = '/referrals/coverage-gaps';
