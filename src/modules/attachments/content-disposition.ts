/**
 * Always `attachment`, so a browser saves the file instead of rendering it in Enlace's origin. The
 * plain `filename` keeps ASCII only (older clients); `filename*` carries the real name (RFC 6266, 8187).
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
