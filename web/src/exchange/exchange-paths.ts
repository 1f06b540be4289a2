export const IMPORT_PATH = '/cases/import';
export const STATISTICAL_EXTRACT_PATH = '/statistics/extract';
