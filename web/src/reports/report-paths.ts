export const ANNUAL_REPORT_PATH = '/reports/annual';
