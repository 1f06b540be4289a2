export const IMPORT_PATH = '/cases/import';
