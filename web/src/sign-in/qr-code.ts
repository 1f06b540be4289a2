import QRCode from 'qrcode';

/**
 * The QR code as an SVG data URL: drawn in the browser, so the secret it carries never travels as an
 * image, and allowed by the Content-Security-Policy (`img-src 'self' data:`).
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
