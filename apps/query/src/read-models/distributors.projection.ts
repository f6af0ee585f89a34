import { foldVietnamese } from '@ocop/common';
import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { COLLECTIONS } from './collections';
import { create } from './writes';

/**
 * Distributors by kind and name: the distributors list officers browse, MOU counterparts and the
 * programme's modern-channel figure.
 */
export const distributorsProjection: Projection<TypedEnvelope<'DistributorRegistered'>> = {
  name: 'distributors',
  handles: ['DistributorRegistered'],
  collections: [COLLECTIONS.distributors],
  project(event): ProjectionWrite[] {
    const p = event.payload;
    return create(COLLECTIONS.distributors, event, event.aggregateId, {
      kind: p.kind,
      name: p.name,
      nameFolded: foldVietnamese(p.name).trim(),
      registrationNumber: p.registrationNumber,
      channels: p.channels,
      provincesServed: p.provincesServed,
      registeredAt: event.occurredAt,
    });
  },
};
