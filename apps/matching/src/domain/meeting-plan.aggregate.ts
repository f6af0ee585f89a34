import { InvalidStateError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  AGGREGATE_TYPES,
  EventOf,
  MeetingPlanEvents,
  MeetingPlanProposed,
  MeetingPlanPublished,
  PlannedMeeting,
} from '@ocop/events';

export type MeetingPlanStatus = 'proposed' | 'published';

interface PlanState {
  status?: MeetingPlanStatus;
  proposal?: MeetingPlanProposed;
}

export interface MeetingPlanView {
  fairId: string;
  status: MeetingPlanStatus;
  maxMeetingsPerParty: number;
  meetings: PlannedMeeting[];
  totalScore: number;
  greedyScore: number;
  version: number;
}

/**
 * A fair's B2B meeting plan (id = the fair's id): proposed (again, as often as the officer likes)
 * until it is published; once published it is final, and trade-fairs turns it into meeting
 * requests.
 */
export class MeetingPlan extends AggregateRoot<MeetingPlanEvents, PlanState> {
  private state: PlanState = {};

  constructor(id: string) {
    super(AGGREGATE_TYPES.meetingPlan, id);
  }

  get status(): MeetingPlanStatus | undefined {
    return this.state.status;
  }

  propose(plan: MeetingPlanProposed): void {
    if (this.state.status === 'published') {
      throw new InvalidStateError(
        `the meeting plan of fair ${this.id} is published already`,
        'published',
      );
    }
    this.raise('MeetingPlanProposed', plan);
  }

  publish(): void {
    const proposal = this.state.proposal;
    if (!proposal) {
      throw new InvalidStateError(`no meeting plan has been proposed for fair ${this.id}`);
    }
    if (this.state.status === 'published') {
      throw new InvalidStateError(
        `the meeting plan of fair ${this.id} is published already`,
        'published',
      );
    }
    this.raise('MeetingPlanPublished', {
      meetings: proposal.meetings,
      totalScore: proposal.totalScore,
    } satisfies MeetingPlanPublished);
  }

  view(): MeetingPlanView | undefined {
    const { status, proposal } = this.state;
    if (!status || !proposal) return undefined;
    return { fairId: this.id, status, ...proposal, version: this.version };
  }

  snapshot(): PlanState {
    return structuredClone(this.state);
  }

  protected restore(state: PlanState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<MeetingPlanEvents>): void {
    if (type === 'MeetingPlanProposed') {
      this.state = { status: 'proposed', proposal: payload };
    } else if (type === 'MeetingPlanPublished') {
      this.state.status = 'published';
    }
  }
}
