import { vietnamDay, vietnamMonth } from './calendar';

describe('calendar days', () => {
  const lateEvening = new Date('2025-12-31T20:00:00.000Z');

  it('vietnamDay and vietnamMonth are seven hours ahead of UTC', () => {
    expect(vietnamDay(lateEvening)).toBe('2026-01-01');
    expect(vietnamMonth(lateEvening)).toBe('2026-01');
    expect(vietnamMonth('2025-12-31T16:59:59.999Z')).toBe('2025-12');
  });
});
