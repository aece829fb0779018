import './qr.css';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** Props of QrCode: the URL to encode and the text alternative. */
interface QrCodeProps {
  value: string;
  label: string;
  className?: string;
}

/**
 * The join link as an SVG QR code, crisp at any projector size. Only facilitator screens load
 * this module (dynamic import), so the QR encoder never reaches participants' tablets.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let live = true;
    void QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((markup) => {
      if (live) setSvg(markup);
    });
    return () => {
      live = false;
    };
  }, [value]);
  return (
    <div
      className={className ?? 'qr'}
      role="img"
      aria-label={label}
      // The markup is generated locally by the qrcode library from our own URL, not user HTML.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted SVG produced by qrcode.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
