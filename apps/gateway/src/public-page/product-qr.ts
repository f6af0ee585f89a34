import * as QRCode from 'qrcode';

/**
 * The label's QR code encodes the public page's address. Error correction M (15 %) survives a
 * scuffed label; the 4-module quiet zone is what scanners expect.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** `<PUBLIC_BASE_URL>/p/<qrCode>`: what a phone opens when it scans the label. */
export function productPageUrl(publicBaseUrl: string, qrCode: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/p/${encodeURIComponent(qrCode)}`;
}

/** A vector image, for printing labels at any size. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}

/** A bitmap, `scale` pixels per module, for screens and tools that take no SVG. */
export function qrPng(url: string, scale = 8): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', scale });
}
