import { TestClock } from './test-clock';

describe('TestClock', () => {
  it('runs on real time until set', () => {
    const before = Date.now();
    const now = new TestClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('holds still where it was started or set, and moves only when advanced', () => {
    const clock = new TestClock('2025-09-01T03:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2025-09-01T03:00:00.000Z');
    expect(clock.advance(60_000).toISOString()).toBe('2025-09-01T03:01:00.000Z');
    clock.set(new Date('2035-01-10T08:00:00Z'));
    expect(clock.now().toISOString()).toBe('2035-01-10T08:00:00.000Z');
  });

  it('advances from real time when not held, and goes back to real time on reset', () => {
    const clock = new TestClock();
    const before = Date.now();
    const advanced = clock.advance(86_400_000).getTime();
    expect(advanced).toBeGreaterThanOrEqual(before + 86_400_000);
    clock.reset();
    expect(clock.now().getTime()).toBeLessThan(advanced);
  });

  it('hands out copies, so a caller cannot move it', () => {
    const clock = new TestClock('2025-09-01T03:00:00.000Z');
    clock.now().setUTCFullYear(2000);
    expect(clock.now().toISOString()).toBe('2025-09-01T03:00:00.000Z');
  });
});
