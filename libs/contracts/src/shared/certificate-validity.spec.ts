import { certificateExpiredOn, isCertificateValidOn } from './certificate-validity';

describe('certificate validity on a day', () => {
  const certificate = { status: 'valid', issuedOn: '2024-01-10', expiresOn: '2027-01-10' };

  it('is valid from its issue day up to the day before its expiry day', () => {
    expect(isCertificateValidOn(certificate, '2024-01-09')).toBe(false);
    expect(isCertificateValidOn(certificate, '2024-01-10')).toBe(true);
    expect(isCertificateValidOn(certificate, '2027-01-09')).toBe(true);
    expect(isCertificateValidOn(certificate, '2027-01-10')).toBe(false);
  });

  it('counts as issued when the issue day is not known, and reads ISO times by their day', () => {
    expect(isCertificateValidOn({ status: 'valid', expiresOn: '2027-01-10' }, '2020-01-01')).toBe(
      true,
    );
    expect(certificateExpiredOn('2027-01-10T00:00:00.000Z', '2027-01-10')).toBe(true);
    expect(certificateExpiredOn('2027-01-10T00:00:00.000Z', '2027-01-09')).toBe(false);
  });

  it('is never valid once revoked or expired, nor when there is none', () => {
    expect(isCertificateValidOn({ ...certificate, status: 'revoked' }, '2025-01-01')).toBe(false);
    expect(isCertificateValidOn({ ...certificate, status: 'expired' }, '2025-01-01')).toBe(false);
    expect(isCertificateValidOn(undefined, '2025-01-01')).toBe(false);
    expect(isCertificateValidOn(null, '2025-01-01')).toBe(false);
  });
});
