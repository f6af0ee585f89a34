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
