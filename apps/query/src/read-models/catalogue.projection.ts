import { foldVietnamese } from '@ocop/common';
import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import {
  CertificationExpired,
  CertificationRevoked,
  EventEnvelope,
  ProducerRegistered,
  ProducerUpdated,
  ProductCertified,
  ProductRegistered,
  SupplyCapacityChanged,
} from '@ocop/events';
import { COLLECTIONS } from './collections';
import { change, create } from './writes';

const { producers, products } = COLLECTIONS;

/**
 * Producers (OCOP subjects: kind, name, where they are) and their products with certificate and
 * stars, from the producers service's events. Both are the producer aggregate's, so each document
 * follows one ordered stream.
 */
export const catalogueProjection: Projection = {
  name: 'catalogue',
  handles: [
    'ProducerRegistered',
    'ProducerUpdated',
    'ProducerDeactivated',
    'ProductRegistered',
    'ProductCertified',
    'ProductReRated',
    'CertificationExpired',
    'CertificationRevoked',
    'SupplyCapacityChanged',
  ],
  collections: [producers, products],
  project(event: EventEnvelope): ProjectionWrite[] {
    const at = event.occurredAt;
    switch (event.type) {
      case 'ProducerRegistered': {
        const p = event.payload as unknown as ProducerRegistered;
        return create(producers, event, event.aggregateId, {
          kind: p.kind,
          legalName: p.legalName,
          province: p.province,
          district: p.district,
          commune: p.commune,
          craftVillage: p.craftVillage ?? null,
          active: true,
          registeredAt: at,
          updatedAt: at,
        });
      }
      case 'ProducerUpdated': {
        const p = event.payload as unknown as ProducerUpdated;
        const set: Record<string, unknown> = { updatedAt: at };
        for (const field of ['legalName', 'province', 'district', 'commune'] as const) {
          if (p[field] !== undefined) set[field] = p[field];
        }
        // An empty craft village takes the producer out of one.
        if (p.craftVillage !== undefined) set.craftVillage = p.craftVillage || null;
        return [change(producers, event, { _id: event.aggregateId }, set)];
      }
      case 'ProducerDeactivated':
        return [
          change(producers, event, { _id: event.aggregateId }, { active: false, updatedAt: at }),
        ];
      case 'ProductRegistered': {
        const p = event.payload as unknown as ProductRegistered;
        return create(products, event, p.productId, {
          producerId: event.aggregateId,
          name: p.name,
          nameFolded: foldVietnamese(p.name),
          group: p.group,
          subgroup: p.subgroup,
          unit: p.unit,
          priceMinVnd: p.priceMinVnd,
          priceMaxVnd: p.priceMaxVnd,
          monthlyCapacity: p.monthlyCapacity,
          qrCode: p.qrCode,
          photoUrls: p.photoUrls ?? [],
          stars: null,
          certificate: null,
          registeredAt: at,
          updatedAt: at,
        });
      }
      case 'ProductCertified':
      case 'ProductReRated': {
        const p = event.payload as unknown as ProductCertified;
        return [
          change(
            products,
            event,
            { _id: p.productId },
            {
              stars: p.stars,
              certificate: {
                decisionNumber: p.decisionNumber,
                level: p.level,
                issuedOn: p.issuedOn,
                expiresOn: p.expiresOn,
                status: 'valid',
              },
              updatedAt: at,
            },
          ),
        ];
      }
      case 'CertificationExpired':
      case 'CertificationRevoked': {
        const p = event.payload as unknown as CertificationExpired | CertificationRevoked;
        // Only the certificate it names: a later re-certification is not undone by an old one.
        return [
          change(
            products,
            event,
            { _id: p.productId, 'certificate.decisionNumber': p.decisionNumber },
            {
              'certificate.status': event.type === 'CertificationExpired' ? 'expired' : 'revoked',
              updatedAt: at,
            },
          ),
        ];
      }
      case 'SupplyCapacityChanged': {
        const p = event.payload as unknown as SupplyCapacityChanged;
        return [
          change(
            products,
            event,
            { _id: p.productId },
            { monthlyCapacity: p.monthlyCapacity, updatedAt: at },
          ),
        ];
      }
      default:
        return [];
    }
  },
};
