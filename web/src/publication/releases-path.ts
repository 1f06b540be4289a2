export const RELEASES_PATH = '/statistics/releases';
