/** The favicon's "E", drawn inline so the header needs no extra request. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="6" fill="#fff" />
      <path d="M9 8h14v3.5H13v3h8.5v3.5H13v3h10V24H9z" fill="#61122a" />
    </svg>
  );
}
