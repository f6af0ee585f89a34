import { Injectable } from '@nestjs/common';
import { vietnamDay } from './calendar';

/** "Now" for days to expiry and the like; tests replace it with a fixed one. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar day in Việt Nam, YYYY-MM-DD. */
  today(): string {
    return vietnamDay(this.now());
  }
}
