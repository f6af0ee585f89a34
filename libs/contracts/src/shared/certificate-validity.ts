/*
 * When an OCOP certificate counts as valid: the one rule for the producers service, trade fairs,
 * matching and the read models. Days are YYYY-MM-DD in Việt Nam (see vietnamDay); a longer ISO
 * time counts by its day.
 */

/** What the rule reads of a certificate; each service keeps the rest of it as it needs. */
export interface CertificateTerm {
  status: string;
  expiresOn: string;
  /** When unknown (a service that does not keep it), the certificate counts as issued. */
  issuedOn?: string;
}

/** A certificate has expired from 00:00 in Việt Nam on its expiry day. */
export function certificateExpiredOn(expiresOn: string, day: string): boolean {
  return day >= expiresOn.slice(0, 10);
}

/** Valid on `day`: neither revoked nor expired, issued by then, and the day is before its expiry. */
export function isCertificateValidOn(
  certificate: CertificateTerm | null | undefined,
  day: string,
): boolean {
  if (certificate?.status !== 'valid') return false;
  if (certificate.issuedOn !== undefined && certificate.issuedOn.slice(0, 10) > day) return false;
  return !certificateExpiredOn(certificate.expiresOn, day);
}
