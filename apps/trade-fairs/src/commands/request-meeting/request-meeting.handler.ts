import { Injectable } from '@nestjs/common';
import { Clock, DomainError, InvalidStateError, RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { meetingProblems } from '../../domain/eligibility';
import { attendeeId } from '../../domain/fair-attendee.aggregate';
import { FairMeeting, FairMeetingView } from '../../domain/fair-meeting.aggregate';
import { EligibilityView } from '../../infrastructure/eligibility-view';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair } from '../lookups';
import { vietnamDay, RequestMeetingDto } from '@ocop/contracts';

/**
 * A producer or a distributor asks the other for a B2B meeting, offering slots that have not
 * started. The distributor must be registered to attend the fair; the producer must hold a valid
 * OCOP certificate. Nothing is reserved yet: slots are claimed when the other side accepts.
 */
@Injectable()
export class RequestMeetingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly eligibility: EligibilityView,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    dto: RequestMeetingDto,
    meta: CommandMetadata,
    /** A derived id makes a request from a reaction land once however often it is redelivered. */
    meetingId: string = newAggregateId(meta, 'FairMeeting'),
  ): Promise<FairMeetingView> {
    const requested = await this.repositories.meetings.afterCommand(meetingId, meta);
    if (requested) return requested.view()!;
    const fair = await loadFair(this.repositories, fairId);
    if (!fair.slotLayout) throw new RuleViolationError(`fair ${fairId} has no meeting slots`);
    if (fair.status === 'closed') throw new InvalidStateError(`fair ${fairId} is closed`, 'closed');
    const now = this.clock.now();
    const problems: string[] = [];
    for (const slot of dto.slots) {
      try {
        const times = fair.slot(slot);
        if (Date.parse(times.startsAt) <= now.getTime()) {
          problems.push(`slot ${slot} started at ${times.startsAt}`);
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push(error.message);
      }
    }
    const attendee = await this.repositories.attendees.load(attendeeId(fairId, dto.distributorId));
    if (!attendee.isRegistered) {
      problems.push(`distributor ${dto.distributorId} is not registered to attend fair ${fairId}`);
    }
    problems.push(
      ...meetingProblems(
        dto.producerId,
        await this.eligibility.producer(dto.producerId),
        await this.eligibility.productsOf(dto.producerId),
        vietnamDay(this.clock.now()),
      ),
    );
    if (problems.length > 0) throw new RuleViolationError(problems.join('; '));

    const meeting = new FairMeeting(meetingId);
    meeting.request({
      fairId,
      producerId: dto.producerId,
      distributorId: dto.distributorId,
      requestedBy: dto.requestedBy,
      offeredSlots: dto.slots,
      note: dto.note,
    });
    await this.repositories.meetings.save(meeting, meta);
    const view = meeting.view()!;
    await this.views.meetings.put(meeting.id, view);
    return view;
  }
}
