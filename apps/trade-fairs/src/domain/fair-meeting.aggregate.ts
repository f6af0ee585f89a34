import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  EventOf,
  FAIR_AGGREGATE_TYPES,
  FairMeetingEvents,
  MeetingAbsentee,
  MeetingCancelled,
  MeetingDeclined,
  MeetingHeld,
  MeetingMissed,
  MeetingPartiesPayload,
  MeetingParty,
  MeetingRequested,
  MeetingScheduled,
} from '@ocop/events';
import type { MeetingStatus } from '@ocop/contracts/trade-fairs/statuses';
import { SlotTimes } from './fair-schedule';

export interface NewMeetingRequest {
  fairId: string;
  producerId: string;
  distributorId: string;
  requestedBy: MeetingParty;
  offeredSlots: number[];
  note?: string;
}

interface MeetingState {
  request?: MeetingRequested;
  status?: MeetingStatus;
  scheduled?: {
    slot: number;
    table: number;
    startsAt: string;
    endsAt: string;
    acceptedBy: MeetingParty;
  };
  declined?: { by: MeetingParty; reason: string | null };
  cancelled?: { by: MeetingParty; reason: string };
  absent?: MeetingAbsentee;
}

export interface FairMeetingView {
  meetingId: string;
  fairId: string;
  producerId: string;
  distributorId: string;
  requestedBy: MeetingParty;
  offeredSlots: number[];
  note: string | null;
  status: MeetingStatus;
  slot: number | null;
  table: number | null;
  startsAt: string | null;
  endsAt: string | null;
  acceptedBy: MeetingParty | null;
  declinedBy: MeetingParty | null;
  declineReason: string | null;
  cancelledBy: MeetingParty | null;
  cancellationReason: string | null;
  absent: MeetingAbsentee | null;
  version: number;
}

const other = (party: MeetingParty): MeetingParty =>
  party === 'producer' ? 'distributor' : 'producer';

/**
 * A B2B meeting between a producer and a distributor at a fair: one side requests it offering
 * slots, the other accepts one (MeetingScheduled, with a table) or declines; either side may cancel
 * it before it takes place; afterwards it is recorded as held or missed (a no-show). That a party
 * has one meeting per slot and a table one meeting per slot is enforced by the slot claims taken
 * before MeetingScheduled is stored (see infrastructure/meeting-claims.ts).
 */
export class FairMeeting extends AggregateRoot<FairMeetingEvents, MeetingState> {
  private state: MeetingState = {};

  constructor(id: string) {
    super(FAIR_AGGREGATE_TYPES.fairMeeting, id);
  }

  get isRequested(): boolean {
    return this.state.request !== undefined;
  }

  get status(): MeetingStatus | undefined {
    return this.state.status;
  }

  get fairId(): string | undefined {
    return this.state.request?.fairId;
  }

  get parties(): { producerId: string; distributorId: string } | undefined {
    const request = this.state.request;
    return request
      ? { producerId: request.producerId, distributorId: request.distributorId }
      : undefined;
  }

  /** The slot and table of a scheduled (or held, or missed) meeting. */
  get booked(): { slot: number; table: number } | undefined {
    const scheduled = this.state.scheduled;
    return scheduled ? { slot: scheduled.slot, table: scheduled.table } : undefined;
  }

  request(input: NewMeetingRequest): void {
    if (this.isRequested) {
      throw new InvalidStateError(`meeting ${this.id} exists already`, this.state.status);
    }
    const offeredSlots = [...new Set(input.offeredSlots)].sort((a, b) => a - b);
    if (offeredSlots.length === 0) {
      throw new RuleViolationError('a meeting request offers at least one slot');
    }
    const note = input.note?.trim();
    this.raise('MeetingRequested', {
      fairId: input.fairId,
      producerId: input.producerId,
      distributorId: input.distributorId,
      requestedBy: input.requestedBy,
      offeredSlots,
      ...(note ? { note } : {}),
    } satisfies MeetingRequested);
  }

  /** Throws unless `by` may accept `slot` now: the other side, a slot that was offered. */
  checkAccept(by: MeetingParty, slot: number): void {
    const request = this.requireStatus('accept', ['requested']);
    if (by === request.requestedBy) {
      throw new RuleViolationError(
        `the ${by} requested meeting ${this.id}; only the ${other(by)} can accept it`,
      );
    }
    if (!request.offeredSlots.includes(slot)) {
      throw new RuleViolationError(
        `slot ${slot} was not offered for meeting ${this.id} (offered: ${request.offeredSlots.join(', ')})`,
      );
    }
  }

  accept(by: MeetingParty, times: SlotTimes, table: number): void {
    this.checkAccept(by, times.slot);
    this.raise('MeetingScheduled', {
      ...this.partiesPayload(),
      acceptedBy: by,
      slot: times.slot,
      table,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
    } satisfies MeetingScheduled);
  }

  decline(by: MeetingParty, reason?: string): void {
    const request = this.requireStatus('decline', ['requested']);
    if (by === request.requestedBy) {
      throw new RuleViolationError(
        `the ${by} requested meeting ${this.id}; it can cancel the request, not decline it`,
      );
    }
    const text = reason?.trim();
    this.raise('MeetingDeclined', {
      ...this.partiesPayload(),
      declinedBy: by,
      ...(text ? { reason: text } : {}),
    } satisfies MeetingDeclined);
  }

  /** Either side calls it off before it takes place; returns whether it had a slot to free. */
  cancel(by: MeetingParty, reason: string, now: Date): boolean {
    this.requireStatus('cancel', ['requested', 'scheduled']);
    const status = this.state.status;
    const scheduled = this.state.scheduled;
    if (status === 'scheduled' && scheduled && Date.parse(scheduled.startsAt) <= now.getTime()) {
      throw new RuleViolationError(
        `meeting ${this.id} started at ${scheduled.startsAt}; record it as held or missed instead`,
      );
    }
    const text = reason.trim();
    if (text.length === 0) throw new RuleViolationError('a cancellation needs a reason');
    this.raise('MeetingCancelled', {
      ...this.partiesPayload(),
      cancelledBy: by,
      reason: text,
      wasScheduled: status === 'scheduled',
    } satisfies MeetingCancelled);
    return status === 'scheduled';
  }

  recordHeld(now: Date): void {
    const scheduled = this.requireStarted('record as held', now);
    this.raise('MeetingHeld', {
      ...this.partiesPayload(),
      slot: scheduled.slot,
      table: scheduled.table,
    } satisfies MeetingHeld);
  }

  recordMissed(absent: MeetingAbsentee, now: Date): void {
    const scheduled = this.requireStarted('record as missed', now);
    this.raise('MeetingMissed', {
      ...this.partiesPayload(),
      slot: scheduled.slot,
      table: scheduled.table,
      absent,
    } satisfies MeetingMissed);
  }

  view(): FairMeetingView | undefined {
    const { request, status, scheduled, declined, cancelled } = this.state;
    if (!request || !status) return undefined;
    return {
      meetingId: this.id,
      fairId: request.fairId,
      producerId: request.producerId,
      distributorId: request.distributorId,
      requestedBy: request.requestedBy,
      offeredSlots: [...request.offeredSlots],
      note: request.note ?? null,
      status,
      slot: scheduled?.slot ?? null,
      table: scheduled?.table ?? null,
      startsAt: scheduled?.startsAt ?? null,
      endsAt: scheduled?.endsAt ?? null,
      acceptedBy: scheduled?.acceptedBy ?? null,
      declinedBy: declined?.by ?? null,
      declineReason: declined?.reason ?? null,
      cancelledBy: cancelled?.by ?? null,
      cancellationReason: cancelled?.reason ?? null,
      absent: this.state.absent ?? null,
      version: this.version,
    };
  }

  private partiesPayload(): MeetingPartiesPayload {
    const { fairId, producerId, distributorId } = this.state.request!;
    return { fairId, producerId, distributorId };
  }

  private requireStarted(action: string, now: Date) {
    this.requireStatus(action, ['scheduled']);
    const scheduled = this.state.scheduled!;
    if (Date.parse(scheduled.startsAt) > now.getTime()) {
      throw new RuleViolationError(
        `cannot ${action} meeting ${this.id} before its slot starts at ${scheduled.startsAt}`,
      );
    }
    return scheduled;
  }

  private requireStatus(action: string, allowed: readonly MeetingStatus[]): MeetingRequested {
    const status = this.state.status;
    if (!status || !this.state.request) {
      throw new RuleViolationError(`meeting ${this.id} does not exist`);
    }
    if (!allowed.includes(status)) {
      throw new InvalidStateError(
        `cannot ${action} meeting ${this.id}: it is not ${allowed.join(' or ')}`,
        status,
      );
    }
    return this.state.request;
  }

  snapshot(): MeetingState {
    return structuredClone(this.state);
  }

  protected restore(state: MeetingState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<FairMeetingEvents>): void {
    switch (type) {
      case 'MeetingRequested': {
        const event = payload;
        this.state = {
          request: { ...event, offeredSlots: [...event.offeredSlots] },
          status: 'requested',
        };
        break;
      }
      case 'MeetingScheduled': {
        const event = payload;
        this.state.status = 'scheduled';
        this.state.scheduled = {
          slot: event.slot,
          table: event.table,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          acceptedBy: event.acceptedBy,
        };
        break;
      }
      case 'MeetingDeclined': {
        const event = payload;
        this.state.status = 'declined';
        this.state.declined = { by: event.declinedBy, reason: event.reason ?? null };
        break;
      }
      case 'MeetingCancelled': {
        const event = payload;
        this.state.status = 'cancelled';
        this.state.cancelled = { by: event.cancelledBy, reason: event.reason };
        break;
      }
      case 'MeetingHeld':
        this.state.status = 'held';
        break;
      case 'MeetingMissed':
        this.state.status = 'missed';
        this.state.absent = payload.absent;
        break;
    }
  }
}
