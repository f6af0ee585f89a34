import { Injectable, Logger } from '@nestjs/common';
import { Clock, InvalidStateError, NotFoundError, RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { FairMeetingView } from '../../domain/fair-meeting.aggregate';
import { MeetingClaims } from '../../infrastructure/meeting-claims';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair, onMeeting } from '../lookups';
import { AcceptMeetingDto } from '@ocop/contracts';

const BOOKED = ['scheduled', 'held', 'missed'];

/**
 * The other side accepts one offered slot. The producer, the distributor and a table are claimed
 * for that slot first (unique per slot: see MeetingClaims), so two meetings can never put one party
 * or one table in the same slot; then MeetingScheduled is appended with the table. Claims of an
 * accept whose append fails are given back.
 */
@Injectable()
export class AcceptMeetingHandler {
  private readonly logger = new Logger(AcceptMeetingHandler.name);

  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly claims: MeetingClaims,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    meetingId: string,
    dto: AcceptMeetingDto,
    meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    const current = await this.repositories.meetings.load(meetingId);
    if (!current.isRequested || current.fairId !== fairId) {
      throw new NotFoundError(`meeting ${meetingId} not found at fair ${fairId}`);
    }
    current.checkAccept(dto.by, dto.slot);
    const fair = await loadFair(this.repositories, fairId);
    if (fair.status === 'closed') throw new InvalidStateError(`fair ${fairId} is closed`, 'closed');
    const times = fair.slot(dto.slot);
    if (Date.parse(times.startsAt) <= this.clock.now().getTime()) {
      throw new RuleViolationError(
        `slot ${dto.slot} started at ${times.startsAt}; too late to accept it`,
      );
    }

    const claim = await this.claims.claim(
      { meetingId, fairId, ...current.parties! },
      dto.slot,
      fair.slotLayout!.tables,
      (id, slot) => this.holdsSlot(id, slot),
    );
    let view: FairMeetingView;
    try {
      view = await onMeeting(this.repositories, fairId, meetingId, meta, (meeting) => {
        meeting.accept(dto.by, times, claim.table);
        return meeting.view()!;
      });
    } catch (error) {
      if (!(await this.holdsSlot(meetingId, dto.slot).catch(() => false))) {
        await this.claims
          .releaseAttemptOf(meetingId, claim.attempt)
          .catch((releaseError: unknown) =>
            this.logger.warn({ err: releaseError, meetingId }, 'meeting claims not given back'),
          );
      }
      throw error;
    }
    await this.claims.confirm(meetingId, claim.attempt);
    await this.views.meetings.put(meetingId, view);
    return view;
  }

  private async holdsSlot(meetingId: string, slot: number): Promise<boolean> {
    const meeting = await this.repositories.meetings.load(meetingId);
    return BOOKED.includes(meeting.status ?? '') && meeting.booked?.slot === slot;
  }
}
