import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { TypedEnvelope, MouTerms } from '@ocop/events';
import { COLLECTIONS, MouVersionDoc } from './collections';
import { change, create } from './writes';

const MOUS = COLLECTIONS.mous;

function versionDoc(terms: MouTerms): MouVersionDoc {
  return {
    targets: terms.targets.map((t) => ({
      productId: t.productId,
      quantity: t.quantity,
      unit: t.unit,
    })),
    obligations: terms.obligations.map((o) => ({
      obligationId: o.obligationId,
      kind: o.kind,
      description: o.description,
      dueDate: o.dueDate,
      ...(o.productId !== undefined ? { productId: o.productId } : {}),
      ...(o.quantity !== undefined ? { quantity: o.quantity } : {}),
    })),
    startDate: terms.startDate,
    endDate: terms.endDate,
  };
}

/**
 * MOUs with their parties, fair, status, the targets and obligations of every version, the
 * deliveries counted against them (one entry per order, so counting one twice is impossible) and
 * what happened to each obligation. Progress and obligation status are worked out when read
 * (domain/mou-progress.ts), from the version in force.
 */
export const mousProjection: Projection<
  TypedEnvelope<
    | 'MouDrafted'
    | 'MouProposed'
    | 'MouActivated'
    | 'MouAmended'
    | 'MouFulfilmentRecorded'
    | 'MouFulfilled'
    | 'MouExpired'
    | 'MouTerminated'
    | 'ObligationOverdue'
    | 'ObligationMet'
  >
> = {
  name: 'mous',
  handles: [
    'MouDrafted',
    'MouProposed',
    'MouActivated',
    'MouAmended',
    'MouFulfilmentRecorded',
    'MouFulfilled',
    'MouExpired',
    'MouTerminated',
    'ObligationOverdue',
    'ObligationMet',
  ],
  collections: [MOUS],
  project(event): ProjectionWrite[] {
    const at = event.occurredAt;
    const id = { _id: event.aggregateId };
    switch (event.type) {
      case 'MouDrafted': {
        const p = event.payload;
        return create(MOUS, event, event.aggregateId, {
          title: p.title ?? null,
          distributorId: p.distributorId,
          producerIds: p.producerIds,
          fairId: p.fairId ?? null,
          status: 'drafted',
          signedAt: null,
          draftedAt: at,
          updatedAt: at,
          latestVersion: p.version,
          inForce: null,
          versions: { [`v${p.version}`]: versionDoc(p.terms) },
          carried: {},
          deliveries: {},
          obligationState: {},
        });
      }
      case 'MouProposed':
        return [change(MOUS, event, id, { status: 'proposed', updatedAt: at })];
      case 'MouAmended': {
        const p = event.payload;
        return [
          change(MOUS, event, id, {
            latestVersion: p.version,
            [`versions.v${p.version}`]: versionDoc(p.terms),
            updatedAt: at,
          }),
        ];
      }
      case 'MouActivated': {
        const p = event.payload;
        return [
          // Signed when every party signed the first time: later activations (amendments) keep it.
          // Written first and unstamped, so the change after it still passes the version check.
          change(
            MOUS,
            event,
            { _id: event.aggregateId, signedAt: null },
            { signedAt: p.activatedAt },
            { stamp: false },
          ),
          change(MOUS, event, id, {
            status: 'active',
            inForce: p.version,
            [`carried.v${p.version}`]: {
              previousVersion: p.previousVersion ?? null,
              obligations: (p.carriedObligations ?? []).map((c) => ({
                obligationId: c.obligationId,
                previousObligationId: c.previousObligationId,
              })),
            },
            updatedAt: at,
          }),
        ];
      }
      case 'MouFulfilmentRecorded': {
        const p = event.payload;
        // Counted only for an order of the MOU's own parties (mou records no other; this holds
        // even if one were recorded): the filter matches no document otherwise.
        const parties = {
          producerIds: p.producerId,
          ...(p.distributorId ? { distributorId: p.distributorId } : {}),
        };
        return [
          change(
            MOUS,
            event,
            { ...id, ...parties },
            {
              [`deliveries.${p.orderId}`]: {
                producerId: p.producerId,
                deliveredAt: p.deliveredAt,
                lines: p.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
              },
              updatedAt: at,
            },
          ),
        ];
      }
      case 'ObligationOverdue': {
        const p = event.payload;
        return [
          change(MOUS, event, id, {
            [`obligationState.v${p.version}-${p.obligationId}.overdue`]: true,
            updatedAt: at,
          }),
        ];
      }
      case 'ObligationMet': {
        const p = event.payload;
        return [
          change(MOUS, event, id, {
            [`obligationState.v${p.version}-${p.obligationId}.met`]: {
              at: p.metAt,
              by: p.by,
              late: p.late,
            },
            updatedAt: at,
          }),
        ];
      }
      case 'MouFulfilled': {
        const p = event.payload;
        return [
          change(MOUS, event, id, {
            status: 'fulfilled',
            fulfilledAt: p.fulfilledAt,
            updatedAt: at,
          }),
        ];
      }
      case 'MouExpired': {
        const p = event.payload;
        return [
          change(MOUS, event, id, { status: 'expired', expiredAt: p.expiredAt, updatedAt: at }),
        ];
      }
      case 'MouTerminated':
        return [change(MOUS, event, id, { status: 'terminated', terminatedAt: at, updatedAt: at })];
      default:
        return [];
    }
  },
};
