import { Injectable } from '@nestjs/common';
import { vietnamMonth } from '../domain/ranking';

/** The service's "now" (certificate validity, this month's capacity, slots not yet started). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in UTC, YYYY-MM-DD (certificates expire at 00:00 UTC on their expiry day). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  /** The month whose capacity an order placed now would use. */
  month(): string {
    return vietnamMonth(this.now());
  }
}
