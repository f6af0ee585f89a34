import { utcDay } from './clock';

describe('utcDay', () => {
  it('is the day in UTC, not in Việt Nam', () => {
    expect(utcDay(new Date('2025-12-31T20:00:00.000Z'))).toBe('2025-12-31');
  });
});
