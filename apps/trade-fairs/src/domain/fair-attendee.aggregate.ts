import { DuplicateError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  EventOf,
  FAIR_AGGREGATE_TYPES,
  FairAttendeeEvents,
  FairAttendeeRegistered,
} from '@ocop/events';
import { createHash } from 'node:crypto';

/**
 * The attendee's id is derived from (fair, distributor) as a name-based UUID (version 5 layout),
 * so a distributor registering twice, even at the same moment, lands on one stream and the event
 * store's unique (aggregateId, version) lets only one registration through.
 */
export function attendeeId(fairId: string, distributorId: string): string {
  const hash = createHash('sha1').update(`fair-attendee:${fairId}:${distributorId}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface FairAttendeeView {
  attendeeId: string;
  fairId: string;
  distributorId: string;
  version: number;
}

interface AttendeeState {
  registration?: FairAttendeeRegistered;
}

/** A distributor registered to attend a fair's B2B meetings. */
export class FairAttendee extends AggregateRoot<FairAttendeeEvents, AttendeeState> {
  private state: AttendeeState = {};

  constructor(id: string) {
    super(FAIR_AGGREGATE_TYPES.fairAttendee, id);
  }

  get isRegistered(): boolean {
    return this.state.registration !== undefined;
  }

  register(fairId: string, distributorId: string): void {
    if (this.isRegistered) {
      throw new DuplicateError(
        `distributor ${distributorId} is registered for fair ${fairId} already`,
      );
    }
    if (attendeeId(fairId, distributorId) !== this.id) {
      throw new Error(`attendee ${this.id} is not the one of fair ${fairId} and ${distributorId}`);
    }
    this.raise('FairAttendeeRegistered', {
      fairId,
      distributorId,
    } satisfies FairAttendeeRegistered);
  }

  view(): FairAttendeeView | undefined {
    const registration = this.state.registration;
    if (!registration) return undefined;
    return { attendeeId: this.id, ...registration, version: this.version };
  }

  snapshot(): AttendeeState {
    return structuredClone(this.state);
  }

  protected restore(state: AttendeeState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<FairAttendeeEvents>): void {
    if (type === 'FairAttendeeRegistered') {
      const event = payload;
      this.state.registration = { fairId: event.fairId, distributorId: event.distributorId };
    }
  }
}
