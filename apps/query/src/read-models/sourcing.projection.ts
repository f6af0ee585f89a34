import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { COLLECTIONS } from './collections';
import { change, create, replace } from './writes';

/** Distributors' sourcing requests, from the distributors service. */
export const sourcingRequestsProjection: Projection<
  TypedEnvelope<'SourcingRequestPublished' | 'SourcingRequestUpdated' | 'SourcingRequestClosed'>
> = {
  name: 'sourcing-requests',
  handles: ['SourcingRequestPublished', 'SourcingRequestUpdated', 'SourcingRequestClosed'],
  collections: [COLLECTIONS.sourcingRequests],
  project(event): ProjectionWrite[] {
    const at = event.occurredAt;
    const id = event.aggregateId;
    switch (event.type) {
      case 'SourcingRequestPublished': {
        const p = event.payload;
        return create(COLLECTIONS.sourcingRequests, event, id, {
          distributorId: p.distributorId,
          group: p.group,
          subgroup: p.subgroup ?? null,
          keywords: p.keywords,
          minStars: p.minStars,
          quantity: p.quantity,
          unit: p.unit,
          targetPriceVnd: p.targetPriceVnd ?? null,
          deliveryProvince: p.deliveryProvince,
          deadline: p.deadline,
          status: 'open',
          closedReason: null,
          publishedAt: at,
          updatedAt: at,
        });
      }
      case 'SourcingRequestUpdated': {
        const p = event.payload;
        const set: Record<string, unknown> = { updatedAt: at };
        for (const field of [
          'keywords',
          'minStars',
          'quantity',
          'targetPriceVnd',
          'deadline',
        ] as const) {
          if (p[field] !== undefined) set[field] = p[field];
        }
        return [change(COLLECTIONS.sourcingRequests, event, { _id: id }, set)];
      }
      case 'SourcingRequestClosed': {
        const p = event.payload;
        return [
          change(
            COLLECTIONS.sourcingRequests,
            event,
            { _id: id },
            { status: 'closed', closedReason: p.reason, updatedAt: at },
          ),
        ];
      }
      default:
        return [];
    }
  },
};

/**
 * The matching service's proposals per sourcing request (its aggregate id is the request's id):
 * each MatchesProposed replaces the list, a MatchWithdrawn takes one product off it. A projection
 * of its own, because the runner's checkpoints are per aggregate id and the two streams share ids.
 */
export const sourcingMatchesProjection: Projection<
  TypedEnvelope<'MatchesProposed' | 'MatchWithdrawn'>
> = {
  name: 'sourcing-matches',
  handles: ['MatchesProposed', 'MatchWithdrawn'],
  collections: [COLLECTIONS.sourcingMatches],
  project(event): ProjectionWrite[] {
    const id = event.aggregateId;
    if (event.type === 'MatchesProposed') {
      const p = event.payload;
      return replace(COLLECTIONS.sourcingMatches, event, id, {
        distributorId: p.distributorId,
        producerIds: [...new Set(p.matches.map((m) => m.producerId))],
        matchesJson: JSON.stringify(
          p.matches.map((m) => ({
            productId: m.productId,
            producerId: m.producerId,
            productName: m.productName,
            score: m.score,
            factors: m.factors,
          })),
        ),
        withdrawn: {},
        proposedAt: event.occurredAt,
      });
    }
    if (event.type === 'MatchWithdrawn') {
      const p = event.payload;
      return [
        change(
          COLLECTIONS.sourcingMatches,
          event,
          { _id: id },
          { [`withdrawn.${p.productId}`]: { reason: p.reason, at: event.occurredAt } },
        ),
      ];
    }
    return [];
  },
};
