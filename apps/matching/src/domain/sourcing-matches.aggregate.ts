import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  AGGREGATE_TYPES,
  EventOf,
  MatchesProposed,
  MatchWithdrawalReason,
  MatchWithdrawn,
  ProposedMatch,
  SourcingMatchesEvents,
} from '@ocop/events';

interface MatchesState {
  distributorId?: string;
  matches: ProposedMatch[];
}

/**
 * What the matching service proposed for one sourcing request (id = the request's id). Proposing
 * the list it already holds, or withdrawing a product it does not hold, raises nothing: that is
 * what makes the reactions that drive it safe to repeat.
 */
export class SourcingMatches extends AggregateRoot<SourcingMatchesEvents, MatchesState> {
  private state: MatchesState = { matches: [] };

  constructor(id: string) {
    super(AGGREGATE_TYPES.sourcingMatches, id);
  }

  get matches(): readonly ProposedMatch[] {
    return this.state.matches;
  }

  get distributorId(): string | undefined {
    return this.state.distributorId;
  }

  holds(productId: string): boolean {
    return this.state.matches.some((match) => match.productId === productId);
  }

  /** Proposes the request's current top list; returns the product ids new to it. */
  propose(distributorId: string, matches: ProposedMatch[]): string[] {
    const same =
      this.exists &&
      this.state.distributorId === distributorId &&
      JSON.stringify(this.state.matches) === JSON.stringify(matches);
    if (same) return [];
    const before = new Set(this.state.matches.map((match) => match.productId));
    this.raise('MatchesProposed', { distributorId, matches } satisfies MatchesProposed);
    return matches.map((match) => match.productId).filter((id) => !before.has(id));
  }

  /** Withdraws a product's match; false when it holds none. */
  withdraw(productId: string, reason: MatchWithdrawalReason): boolean {
    const match = this.state.matches.find((m) => m.productId === productId);
    if (!match || !this.state.distributorId) return false;
    this.raise('MatchWithdrawn', {
      distributorId: this.state.distributorId,
      productId,
      producerId: match.producerId,
      reason,
    } satisfies MatchWithdrawn);
    return true;
  }

  snapshot(): MatchesState {
    return structuredClone(this.state);
  }

  protected restore(state: MatchesState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<SourcingMatchesEvents>): void {
    if (type === 'MatchesProposed') {
      const event = payload;
      this.state = { distributorId: event.distributorId, matches: event.matches };
    } else if (type === 'MatchWithdrawn') {
      const event = payload;
      this.state.matches = this.state.matches.filter((m) => m.productId !== event.productId);
    }
  }
}
