import { Injectable } from '@nestjs/common';
import { MouTerms } from '@ocop/events';
import { MouExpiryScheduler } from './mou-expiry.processor';
import { ObligationDeadlineScheduler } from './obligation-deadline.processor';

/** The jobs one version of an MOU needs: its expiry at the end date and each obligation's deadline. */
@Injectable()
export class MouSchedules {
  constructor(
    private readonly expiry: MouExpiryScheduler,
    private readonly deadlines: ObligationDeadlineScheduler,
  ) {}

  async forVersion(
    mouId: string,
    version: number,
    terms: MouTerms,
    correlationId: string,
  ): Promise<void> {
    await this.expiry.schedule(mouId, terms.endDate, correlationId);
    for (const obligation of terms.obligations) {
      await this.deadlines.schedule(mouId, version, obligation, correlationId);
    }
  }
}
