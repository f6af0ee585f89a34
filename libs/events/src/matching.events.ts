import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EventDefinition, eventDefinitions } from './event-catalog';
import { AGGREGATE_TYPES } from './vocabulary';

/*
 * The matching service's events. It is fed only by other services' events and publishes what it
 * proposes, so the query side (the distributor's sourcing board) and trade-fairs can follow.
 */

/** Each ranking factor scored 0..1, kept so a buyer sees why a product ranks where it does. */
export class MatchFactors {
  @IsNumber() @Min(0) @Max(1) groupFit!: number;
  @IsNumber() @Min(0) @Max(1) keywordFit!: number;
  @IsNumber() @Min(0) @Max(1) stars!: number;
  @IsNumber() @Min(0) @Max(1) capacity!: number;
  @IsNumber() @Min(0) @Max(1) price!: number;
  @IsNumber() @Min(0) @Max(1) distance!: number;
  @IsNumber() @Min(0) @Max(1) trackRecord!: number;
}

export class ProposedMatch {
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @IsString() @IsNotEmpty() productName!: string;
  /** The combined score, 0..1; the list is sorted by it, best first. */
  @IsNumber() @Min(0) @Max(1) score!: number;
  @ValidateNested() @Type(() => MatchFactors) factors!: MatchFactors;
}

/** The request's current top matches; each MatchesProposed replaces the previous list. */
export class MatchesProposed {
  @IsUUID() distributorId!: string;
  @ValidateNested({ each: true }) @Type(() => ProposedMatch) @IsArray() matches!: ProposedMatch[];
}

export const MATCH_WITHDRAWAL_REASONS = [
  'certificate-expired',
  'certificate-revoked',
  'producer-inactive',
] as const;
export type MatchWithdrawalReason = (typeof MATCH_WITHDRAWAL_REASONS)[number];

export class MatchWithdrawn {
  @IsUUID() distributorId!: string;
  @IsUUID() productId!: string;
  @IsUUID() producerId!: string;
  @IsIn(MATCH_WITHDRAWAL_REASONS) reason!: MatchWithdrawalReason;
}

/** One meeting of a fair's plan: a producer and a distributor at a table in a slot. */
export class PlannedMeeting {
  @IsUUID() producerId!: string;
  @IsUUID() distributorId!: string;
  /** The fair's slot number (see trade-fairs' GET /fairs/:fairId/slots). */
  @IsInt() @Min(0) slotId!: number;
  @IsInt() @Min(1) tableNumber!: number;
  /** How well the pair fits, 0..1 (the best of the producer's products for the distributor). */
  @IsNumber() @Min(0) @Max(1) score!: number;
}

/** A schedule of a fair's B2B meetings, proposed to the officer; a new proposal replaces it. */
export class MeetingPlanProposed {
  @IsInt() @Min(1) @Max(16) maxMeetingsPerParty!: number;
  @ValidateNested({ each: true })
  @Type(() => PlannedMeeting)
  @IsArray()
  meetings!: PlannedMeeting[];
  @IsNumber() @Min(0) totalScore!: number;
  /** What a plain greedy schedule would score, for comparison. */
  @IsNumber() @Min(0) greedyScore!: number;
}

/** The officer approved the plan: trade-fairs turns each meeting into a meeting request. */
export class MeetingPlanPublished {
  @ValidateNested({ each: true })
  @Type(() => PlannedMeeting)
  @IsArray()
  meetings!: PlannedMeeting[];
  @IsNumber() @Min(0) totalScore!: number;
}

export const SOURCING_MATCHES_EVENT_PAYLOADS = { MatchesProposed, MatchWithdrawn } as const;
export const MEETING_PLAN_EVENT_PAYLOADS = { MeetingPlanProposed, MeetingPlanPublished } as const;

export const MATCHING_EVENTS: EventDefinition[] = [
  ...eventDefinitions(AGGREGATE_TYPES.sourcingMatches, SOURCING_MATCHES_EVENT_PAYLOADS),
  ...eventDefinitions(AGGREGATE_TYPES.meetingPlan, MEETING_PLAN_EVENT_PAYLOADS),
];
