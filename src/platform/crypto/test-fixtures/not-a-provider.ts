// A module that does not follow the contract: no loadKeyRing function.
export const loadKeyRing = 'not a function';
