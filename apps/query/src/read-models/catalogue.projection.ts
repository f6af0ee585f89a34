import { foldVietnamese } from '@ocop/common';
import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { EventPayload, TypedEnvelope } from '@ocop/events';
import { COLLECTIONS } from './collections';
import { change, create } from './writes';

const { producers, products } = COLLECTIONS;

/**
 * The folded companions (`<field>Folded`) of the producer's name and place fields the event sets,
 * each written with its field, so the registry searches and filters without folding per request.
 */
function foldedPlaceFields(
  p: Partial<
    Pick<EventPayload<'ProducerRegistered'>, 'legalName' | 'district' | 'commune' | 'craftVillage'>
  >,
): Record<string, string | null> {
  const folded: Record<string, string | null> = {};
  for (const field of ['legalName', 'district', 'commune'] as const) {
    const value = p[field];
    if (value !== undefined) folded[`${field}Folded`] = foldVietnamese(value).trim();
  }
  if ('craftVillage' in p) {
    folded.craftVillageFolded = p.craftVillage ? foldVietnamese(p.craftVillage).trim() : null;
  }
  return folded;
}

/**
 * Producers (OCOP subjects: kind, name, where they are) and their products with certificate and
 * stars, from the producers service's events. Both are the producer aggregate's, so each document
 * follows one ordered stream.
 */
export const catalogueProjection: Projection<
  TypedEnvelope<
    | 'ProducerRegistered'
    | 'ProducerUpdated'
    | 'ProducerDeactivated'
    | 'ProductRegistered'
    | 'ProductCertified'
    | 'ProductReRated'
    | 'CertificationExpired'
    | 'CertificationRevoked'
    | 'SupplyCapacityChanged'
  >
> = {
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
  project(event): ProjectionWrite[] {
    const at = event.occurredAt;
    switch (event.type) {
      case 'ProducerRegistered': {
        const p = event.payload;
        return create(producers, event, event.aggregateId, {
          kind: p.kind,
          legalName: p.legalName,
          registrationNumber: p.registrationNumber,
          contact: p.contact,
          province: p.province,
          district: p.district,
          commune: p.commune,
          craftVillage: p.craftVillage ?? null,
          ...foldedPlaceFields({ ...p, craftVillage: p.craftVillage ?? '' }),
          active: true,
          registeredAt: at,
          updatedAt: at,
        });
      }
      case 'ProducerUpdated': {
        const p = event.payload;
        const set: Record<string, unknown> = { updatedAt: at };
        for (const field of ['legalName', 'province', 'district', 'commune'] as const) {
          if (p[field] !== undefined) set[field] = p[field];
        }
        if (p.contact !== undefined) set.contact = p.contact;
        // An empty craft village takes the producer out of one.
        if (p.craftVillage !== undefined) set.craftVillage = p.craftVillage || null;
        Object.assign(set, foldedPlaceFields(p));
        return [change(producers, event, { _id: event.aggregateId }, set)];
      }
      case 'ProducerDeactivated':
        return [
          change(producers, event, { _id: event.aggregateId }, { active: false, updatedAt: at }),
        ];
      case 'ProductRegistered': {
        const p = event.payload;
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
        const p = event.payload;
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
        const p = event.payload;
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
        const p = event.payload;
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
