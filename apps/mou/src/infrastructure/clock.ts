import { Injectable } from '@nestjs/common';

/**
 * What time it is for the service's decisions (signature and activation times, "today" for the
 * terms rules, how long a job waits). A provider, so an in-process test can set it.
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
