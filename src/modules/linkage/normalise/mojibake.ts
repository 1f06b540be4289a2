/**
 * Text that was written as UTF-8 and read back as Latin-1 or Windows-1252 ("MUÃ‘OZ" for "MUÑOZ") is
 * common in agency exports; repairing it lets the accent folding that follows see the real letters.
 */

/** Windows-1252 characters for the bytes 0x80–0x9F, in byte order (unassigned bytes stand for themselves). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const LOOKS_DOUBLE_ENCODED = new RegExp(`[ÃÂ][\\u0080-\\u00bf${WINDOWS_1252_HIGH}]`);

function latinByte(char: string): number {
  const windowsIndex = WINDOWS_1252_HIGH.indexOf(char);
  return windowsIndex >= 0 ? 0x80 + windowsIndex : char.codePointAt(0)!;
}

export function repairMojibake(value: string): string {
  if (!LOOKS_DOUBLE_ENCODED.test(value)) return value;
  const bytes: number[] = [];
  for (const char of value) {
    const byte = latinByte(char);
    if (byte > 0xff) return value;
    bytes.push(byte);
  }
  const decoded = Buffer.from(bytes).toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}
