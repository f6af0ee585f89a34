import { CertificateDoc, CertificateStatus } from '../read-models/collections';
import { certificateExpiredOn } from '@ocop/contracts/shared/certificate-validity';
import { calendarDay, daysBetween } from './calendar';

export interface CertificateView extends CertificateDoc {
  status: CertificateStatus;
}

/**
 * A certificate as of `today` (YYYY-MM-DD, Việt Nam): valid until its expiry day, on which the
 * producers service's job expires it; shown expired from that day even before that event arrives.
 */
export function certificateOn(
  certificate: CertificateDoc | null | undefined,
  today: string,
): { certificate: CertificateView | null; daysToExpiry: number | null } {
  if (!certificate) return { certificate: null, daysToExpiry: null };
  const expiresOn = calendarDay(certificate.expiresOn);
  const lapsed = certificate.status === 'valid' && certificateExpiredOn(expiresOn, today);
  const status: CertificateStatus = lapsed ? 'expired' : certificate.status;
  return {
    certificate: { ...certificate, status },
    daysToExpiry: status === 'valid' ? daysBetween(today, expiresOn) : null,
  };
}
