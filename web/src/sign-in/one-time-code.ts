/** Authenticator apps show codes as "123 456"; the API takes the six digits. */
export const digitsOnly = (typed: string): string => typed.replace(/\s+/g, '');

export const isSixDigitCode = (typed: string): boolean => /^\d{6}$/.test(digitsOnly(typed));
