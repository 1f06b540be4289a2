/**
 * What a file is, from its first bytes; the type a browser claims is never trusted. Office documents
 * are ZIP archives, told apart by the part names their format requires near the start.
 */
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const startsWith = (bytes: Buffer, magic: readonly number[], offset = 0) =>
  bytes.length >= offset + magic.length && magic.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An OpenDocument file starts with an uncompressed `mimetype` entry naming its type (ODF 1.2, §3.3).
const OPEN_DOCUMENT_TYPES = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

function zipType(bytes: Buffer): AttachmentType | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  for (const type of OPEN_DOCUMENT_TYPES) if (head.startsWith(`mimetype${type}`, 30)) return type;
  if (head.includes('[Content_Types].xml') || head.includes('_rels/.rels')) {
    if (bytes.includes('word/'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (bytes.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** The allowed type these bytes are, or null for anything else (executables, HTML, SVG, archives…). */
export function sniffType(bytes: Buffer): AttachmentType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ZIP)) return zipType(bytes);
  return null;
}
