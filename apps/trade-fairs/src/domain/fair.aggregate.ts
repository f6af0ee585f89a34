import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  EventOf,
  FAIR_AGGREGATE_TYPES,
  FairEvents,
  FairKind,
  FairPhaseChanged,
  FairRescheduled,
  FairScheduled,
  FairStatus,
  FairTrigger,
} from '@ocop/events';
import {
  checkScheduleOrder,
  checkSlotLayout,
  FAIR_PHASES,
  fairDays,
  FairSchedule,
  normalizeSchedule,
  phaseOf,
  SCHEDULE_FIELDS,
  ScheduleField,
  SlotLayout,
  slotCount,
  slotsPerDay,
  SlotTimes,
  slotTimes,
  statusDueAt,
  statusRank,
} from './fair-schedule';

/** Việt Nam keeps UTC+7 all year; the default for a fair's meeting-slot hours. */
export const VIETNAM_UTC_OFFSET = '+07:00';

export interface BoothType {
  code: string;
  name: string;
  count: number;
  priceVnd: number;
}

export interface NewFair extends FairSchedule {
  kind: FairKind;
  name: string;
  organiserId: string;
  venue: string;
  province: string;
  boothTypes: BoothType[];
  meetingSlots?: Omit<SlotLayout, 'utcOffset'> & { utcOffset?: string };
}

export interface FairPhaseRecord {
  status: FairStatus;
  trigger: FairTrigger;
  effectiveAt: string;
}

interface FairState {
  profile?: Omit<FairScheduled, keyof FairSchedule>;
  schedule?: FairSchedule;
  status: FairStatus;
  phases: FairPhaseRecord[];
}

export interface FairView extends FairSchedule {
  fairId: string;
  kind: FairKind;
  name: string;
  organiserId: string;
  venue: string;
  province: string;
  status: FairStatus;
  boothTypes: BoothType[];
  meetingSlots: (SlotLayout & { days: string[]; slotsPerDay: number; slotCount: number }) | null;
  /** How the fair got to its status: each step, its trigger and the time it counts from. */
  phases: FairPhaseRecord[];
  version: number;
}

/** The event that takes a fair into each status after `scheduled`. */
export const PHASE_EVENTS: Record<Exclude<FairStatus, 'scheduled'>, keyof FairEvents> = {
  'booking-open': 'FairBookingOpened',
  'booking-closed': 'FairBookingClosed',
  'in-progress': 'FairOpened',
  closed: 'FairClosed',
};

const PHASE_OF_EVENT = Object.fromEntries(
  Object.entries(PHASE_EVENTS).map(([status, type]) => [type, status as FairStatus]),
);

const ACTIONS: Record<Exclude<FairStatus, 'scheduled'>, string> = {
  'booking-open': 'open booking of',
  'booking-closed': 'close booking of',
  'in-progress': 'start',
  closed: 'close',
};

/** What rescheduling changed, and the schedule before, so its jobs can be moved. */
export interface RescheduleResult {
  changed: ScheduleField[];
  previous: FairSchedule;
}

/**
 * A trade fair, OCOP product week, exhibition or B2B matchmaking session: its venue, dates,
 * booth types and meeting slots, and its lifecycle. Bookings, attendees and meetings are separate
 * aggregates (see the contract): this stream only changes when the officer or the schedule acts.
 */
export class Fair extends AggregateRoot<FairEvents, FairState> {
  private state: FairState = { status: 'scheduled', phases: [] };

  constructor(id: string) {
    super(FAIR_AGGREGATE_TYPES.fair, id);
  }

  get isScheduled(): boolean {
    return this.state.profile !== undefined;
  }

  get status(): FairStatus {
    return this.state.status;
  }

  get schedule(): FairSchedule | undefined {
    return this.state.schedule ? { ...this.state.schedule } : undefined;
  }

  get slotLayout(): SlotLayout | undefined {
    return this.state.profile?.meetingSlots ? { ...this.state.profile.meetingSlots } : undefined;
  }

  boothType(code: string): BoothType | undefined {
    const type = this.state.profile?.boothTypes.find((t) => t.code === code);
    return type ? { ...type } : undefined;
  }

  /** True once the fair has started (or the clock says it should have). */
  hasStarted(now: Date): boolean {
    return (
      statusRank(this.state.status) >= statusRank('in-progress') ||
      (this.state.schedule !== undefined &&
        Date.parse(this.state.schedule.startsAt) <= now.getTime())
    );
  }

  scheduleFair(input: NewFair, now: Date): void {
    if (this.isScheduled) {
      throw new InvalidStateError(`fair ${this.id} is scheduled already`, this.state.status);
    }
    const schedule = normalizeSchedule(input);
    checkScheduleOrder(schedule);
    const problems: string[] = [];
    if (Date.parse(schedule.bookingClosesAt) <= now.getTime()) {
      problems.push(`bookingClosesAt ${schedule.bookingClosesAt} must be in the future`);
    }
    const codes = input.boothTypes.map((type) => type.code);
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
    if (twice.length > 0) problems.push(`booth type ${twice[0]} is listed more than once`);
    if (input.boothTypes.length === 0 && !input.meetingSlots) {
      problems.push('a fair needs booth types, meeting slots or both');
    }
    if (input.kind === 'b2b-matchmaking' && !input.meetingSlots) {
      problems.push('a b2b-matchmaking session needs meetingSlots');
    }
    if (problems.length > 0) throw new RuleViolationError(problems.join('; '));
    const meetingSlots = input.meetingSlots
      ? { ...input.meetingSlots, utcOffset: input.meetingSlots.utcOffset ?? VIETNAM_UTC_OFFSET }
      : undefined;
    if (meetingSlots) checkSlotLayout(meetingSlots);
    const payload: FairScheduled = {
      kind: input.kind,
      name: input.name.trim(),
      organiserId: input.organiserId.trim(),
      venue: input.venue.trim(),
      province: input.province.trim(),
      ...schedule,
      boothTypes: input.boothTypes.map((type) => ({
        code: type.code,
        name: type.name.trim(),
        count: type.count,
        priceVnd: type.priceVnd,
      })),
      ...(meetingSlots ? { meetingSlots } : {}),
    };
    this.raise('FairScheduled', payload);
  }

  /**
   * Moves any of the four times that have not come yet: a time whose step the fair has taken is
   * history. New times must be in the future and keep the schedule's order; a fair with meeting
   * slots keeps its number of days (its slots, and so its meetings, move with it).
   */
  reschedule(changes: Partial<FairSchedule>, now: Date): RescheduleResult {
    const previous = this.requireScheduled();
    if (this.state.status === 'closed') {
      throw new InvalidStateError(`cannot reschedule fair ${this.id}: it is closed`, 'closed');
    }
    const moved = SCHEDULE_FIELDS.filter((field) => changes[field] !== undefined);
    const next = normalizeSchedule({
      ...previous,
      ...Object.fromEntries(moved.map((field) => [field, changes[field]])),
    });
    const changed = SCHEDULE_FIELDS.filter((field) => next[field] !== previous[field]);
    for (const field of changed) {
      if (statusRank(this.state.status) >= statusRank(phaseOf(field))) {
        throw new InvalidStateError(
          `cannot move ${field} of fair ${this.id}: that step has been taken`,
          this.state.status,
        );
      }
    }
    const past = changed.filter((field) => Date.parse(next[field]) <= now.getTime());
    if (past.length > 0) {
      throw new RuleViolationError(
        past.map((field) => `${field} ${next[field]} must be in the future`).join('; '),
      );
    }
    checkScheduleOrder(next);
    const layout = this.slotLayout;
    if (layout) {
      const before = fairDays(previous, layout.utcOffset).length;
      const after = fairDays(next, layout.utcOffset).length;
      if (before !== after) {
        throw new RuleViolationError(
          `fair ${this.id} has meeting slots over ${before} day(s); a new schedule must keep ${before} day(s), not ${after}`,
        );
      }
    }
    if (changed.length > 0) this.raise('FairRescheduled', next satisfies FairRescheduled);
    return { changed, previous };
  }

  /**
   * What the lifecycle jobs do: takes every step whose time has come by `asOf`, each counting from
   * its configured time. Safe to run any number of times, late, or after the officer went ahead.
   */
  advanceBySchedule(asOf: Date): FairStatus[] {
    const schedule = this.state.schedule;
    if (!schedule) return [];
    const target = statusDueAt(schedule, asOf);
    return this.stepTo(target, 'schedule', (status) => {
      const phase = FAIR_PHASES.find((p) => p.status === status)!;
      return schedule[phase.at];
    });
  }

  /** The officer moves the fair on early (to `target`, through any step in between). */
  advanceByOfficer(target: Exclude<FairStatus, 'scheduled'>, now: Date): FairStatus[] {
    this.requireScheduled();
    if (statusRank(this.state.status) >= statusRank(target)) {
      throw new InvalidStateError(
        `cannot ${ACTIONS[target]} fair ${this.id}: it is past that step`,
        this.state.status,
      );
    }
    return this.stepTo(target, 'officer', () => now.toISOString());
  }

  slot(slot: number): SlotTimes {
    const layout = this.slotLayout;
    if (!layout || !this.state.schedule) {
      throw new RuleViolationError(`fair ${this.id} has no meeting slots`);
    }
    return slotTimes(this.state.schedule, layout, slot);
  }

  view(): FairView | undefined {
    const { profile, schedule } = this.state;
    if (!profile || !schedule) return undefined;
    const layout = profile.meetingSlots;
    return {
      fairId: this.id,
      kind: profile.kind,
      name: profile.name,
      organiserId: profile.organiserId,
      venue: profile.venue,
      province: profile.province,
      status: this.state.status,
      ...schedule,
      boothTypes: profile.boothTypes.map((type) => ({ ...type })),
      meetingSlots: layout
        ? {
            ...layout,
            days: fairDays(schedule, layout.utcOffset),
            slotsPerDay: slotsPerDay(layout),
            slotCount: slotCount(schedule, layout),
          }
        : null,
      phases: this.state.phases.map((phase) => ({ ...phase })),
      version: this.version,
    };
  }

  private stepTo(
    target: FairStatus,
    trigger: FairTrigger,
    effectiveAt: (status: FairStatus) => string,
  ): FairStatus[] {
    const reached: FairStatus[] = [];
    for (const phase of FAIR_PHASES) {
      if (statusRank(phase.status) <= statusRank(this.state.status)) continue;
      if (statusRank(phase.status) > statusRank(target)) break;
      const status = phase.status as Exclude<FairStatus, 'scheduled'>;
      this.raise(PHASE_EVENTS[status], {
        trigger,
        effectiveAt: effectiveAt(status),
      } satisfies FairPhaseChanged);
      reached.push(status);
    }
    return reached;
  }

  private requireScheduled(): FairSchedule {
    if (!this.state.schedule) throw new RuleViolationError(`fair ${this.id} is not scheduled`);
    return { ...this.state.schedule };
  }

  snapshot(): FairState {
    return structuredClone(this.state);
  }

  protected restore(state: FairState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<FairEvents>): void {
    switch (type) {
      case 'FairScheduled': {
        const event = payload;
        const { bookingOpensAt, bookingClosesAt, startsAt, endsAt, ...profile } = event;
        this.state = {
          profile: {
            ...profile,
            boothTypes: profile.boothTypes.map((t) => ({ ...t })),
            ...(profile.meetingSlots ? { meetingSlots: { ...profile.meetingSlots } } : {}),
          },
          schedule: { bookingOpensAt, bookingClosesAt, startsAt, endsAt },
          status: 'scheduled',
          phases: [],
        };
        break;
      }
      case 'FairRescheduled': {
        const event = payload;
        this.state.schedule = {
          bookingOpensAt: event.bookingOpensAt,
          bookingClosesAt: event.bookingClosesAt,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
        };
        break;
      }
      default: {
        const status = PHASE_OF_EVENT[type];
        if (status) {
          const event = payload;
          this.state.status = status;
          this.state.phases.push({
            status,
            trigger: event.trigger,
            effectiveAt: event.effectiveAt,
          });
        }
      }
    }
  }
}
