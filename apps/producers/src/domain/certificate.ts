import { RuleViolationError } from '@ocop/common/errors/domain-errors';
import { CertificationLevel } from '@ocop/events';

export type Stars = 3 | 4 | 5;

export interface Certificate {
  stars: Stars;
  decisionNumber: string;
  level: CertificationLevel;
  issuedOn: string;
  expiresOn: string;
  status: 'valid' | 'expired' | 'revoked';
}

/** A certificate runs 36 months from its decision unless the decision says otherwise. */
export const CERTIFICATE_MONTHS = 36;

export function defaultExpiry(issuedOn: string): string {
  const date = new Date(`${issuedOn.slice(0, 10)}T00:00:00.000Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + CERTIFICATE_MONTHS);
  // 29 Feb + 36 months lands on 28 Feb, not 1 Mar.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** Provincial councils rate 3 and 4 stars, the national council 5. */
export function checkDecision(stars: Stars, level: CertificationLevel): void {
  if (stars === 5 && level !== 'national') {
    throw new RuleViolationError('a 5-star rating can only be decided at national level');
  }
  if (stars !== 5 && level !== 'province') {
    throw new RuleViolationError(`a ${stars}-star rating is decided at province level`);
  }
}
