import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EventDefinition } from './event-catalog';
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

export const MATCHING_EVENTS: EventDefinition[] = [
  {
    type: 'MatchesProposed',
    aggregateType: AGGREGATE_TYPES.sourcingMatches,
    schemaVersion: 1,
    payload: MatchesProposed,
  },
  {
    type: 'MatchWithdrawn',
    aggregateType: AGGREGATE_TYPES.sourcingMatches,
    schemaVersion: 1,
    payload: MatchWithdrawn,
  },
];
