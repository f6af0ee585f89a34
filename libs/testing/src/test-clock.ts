import { Clock } from '@ocop/common';

/**
 * A service's clock for in-process tests: real time until a test sets it, then held still there
 * until set again, advanced or reset. Put in place with `overrideProvider(Clock).useValue(clock)`.
 */
export class TestClock extends Clock {
  private fixed?: Date;

  constructor(at?: Date | string) {
    super();
    if (at !== undefined) this.set(at);
  }

  override now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  set(at: Date | string): void {
    this.fixed = new Date(at);
  }

  /** Holds the clock `ms` after now (after real time if it was not held). */
  advance(ms: number): Date {
    this.fixed = new Date(this.now().getTime() + ms);
    return this.now();
  }

  /** Back to real time. */
  reset(): void {
    this.fixed = undefined;
  }
}
