import { InvalidStateError } from '@ocop/common/errors/domain-errors';
import { randomUUID } from 'node:crypto';
import { Distributor, distinctTexts, normalizeRegistrationNumber } from './distributor.aggregate';

describe('a distributor', () => {
  it('registers with its name trimmed, its number upper-cased and its lists without repeats', () => {
    const distributor = new Distributor(randomUUID());
    distributor.register({
      kind: 'retail-chain',
      name: '  Siêu thị Hapro ',
      registrationNumber: ' 0100101234-001b ',
      channels: ['supermarket', 'Supermarket', 'convenience-store'],
      provincesServed: ['Hà Nội', 'Hải Phòng', 'hà nội'],
    });
    expect(distributor.isRegistered).toBe(true);
    expect(distributor.view()).toEqual({
      distributorId: distributor.id,
      kind: 'retail-chain',
      name: 'Siêu thị Hapro',
      registrationNumber: '0100101234-001B',
      channels: ['supermarket', 'convenience-store'],
      provincesServed: ['Hà Nội', 'Hải Phòng'],
      version: 1,
    });
  });

  it('registers once', () => {
    const distributor = new Distributor(randomUUID());
    const profile = {
      kind: 'e-commerce' as const,
      name: 'Postmart',
      registrationNumber: '0100109106',
      channels: ['e-commerce'],
      provincesServed: ['Hà Nội'],
    };
    distributor.register(profile);
    expect(() => distributor.register(profile)).toThrow(InvalidStateError);
  });

  it('is not registered before DistributorRegistered', () => {
    expect(new Distributor(randomUUID()).view()).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('normalise registration numbers and lists', () => {
    expect(normalizeRegistrationNumber(' 0101abc ')).toBe('0101ABC');
    expect(distinctTexts(['  a ', '', 'A', 'b'])).toEqual(['a', 'b']);
  });
});
