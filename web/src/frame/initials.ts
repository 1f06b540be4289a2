/** Up to two initials from a display name, skipping punctuation such as "(" in "Fiscalía (demostración)". */
export function initialsOf(displayName: string): string {
  return displayName
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0] ?? '')
    .filter(Boolean)
    .slice(0, 2)
    .join('')
    .toLocaleUpperCase();
}
