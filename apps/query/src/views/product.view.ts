import { certificateOn } from '../domain/certificate';
import { ProducerDoc, ProductDoc } from '../read-models/collections';

/** A product as the producer and the catalogue show it, its certificate as of `today`. */
export function productView(doc: ProductDoc, today: string) {
  const { certificate, daysToExpiry } = certificateOn(doc.certificate, today);
  return {
    productId: doc._id,
    producerId: doc.producerId,
    name: doc.name,
    group: doc.group,
    subgroup: doc.subgroup,
    unit: doc.unit,
    priceMinVnd: doc.priceMinVnd,
    priceMaxVnd: doc.priceMaxVnd,
    monthlyCapacity: doc.monthlyCapacity,
    qrCode: doc.qrCode,
    photoUrls: doc.photoUrls ?? [],
    stars: doc.stars ?? null,
    certificate: certificate
      ? {
          decisionNumber: certificate.decisionNumber,
          level: certificate.level,
          issuedOn: certificate.issuedOn,
          expiresOn: certificate.expiresOn,
          status: certificate.status,
        }
      : null,
    daysToExpiry,
    updatedAt: doc.updatedAt,
  };
}

/** A catalogue entry: the product with where its producer is. */
export function catalogueEntry(doc: ProductDoc, producer: ProducerDoc | undefined, today: string) {
  return {
    ...productView(doc, today),
    producerName: producer?.legalName ?? null,
    producerKind: producer?.kind ?? null,
    province: producer?.province ?? null,
    district: producer?.district ?? null,
    commune: producer?.commune ?? null,
    craftVillage: producer?.craftVillage ?? null,
  };
}
