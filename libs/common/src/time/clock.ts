import { Injectable } from '@nestjs/common';

/**
 * A service's "now", for every rule that depends on the time (certificate validity, slots and
 * fairs not yet started, signature and activation times, how long a job waits). A provider rather
 * than `new Date()` so an in-process test can override it and move time; BullMQ delays still run
 * on real time whatever it says.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * The calendar day in UTC at an instant, YYYY-MM-DD. Certificate validity is judged on this day
 * rather than Việt Nam's, as certificates expire at 00:00 UTC on their expiry day.
 */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
