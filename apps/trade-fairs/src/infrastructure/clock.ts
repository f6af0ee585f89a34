import { Injectable } from '@nestjs/common';

/**
 * The service's idea of "now", for every rule that depends on the time (certificate validity,
 * slots in the future, meetings that have started, cancelling before the fair starts). In-process
 * tests override this provider to move time; BullMQ delays still run on real time (a lifecycle job
 * promoted early acts as at its due time, see jobs/fair-lifecycle.processor.ts).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in UTC, YYYY-MM-DD (certificates expire at 00:00 UTC on their expiry day). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}
