import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@ocop/common';
import { DistributorKind, ProducerEvents, TypedEnvelope } from '@ocop/events';
import { Collection, Connection, mongo } from 'mongoose';
import { CertificateStatus, CertifiedProduct, KnownProducer } from '../domain/eligibility';

interface Versioned {
  _id: string;
  /** The producer's (or distributor's) stream version of the last event applied here. */
  version: number;
}

type ProducerDoc = Versioned & { legalName: string; active: boolean };
type ProductDoc = Versioned & Omit<CertifiedProduct, 'productId'>;
type DistributorDoc = Versioned & { name: string; kind: DistributorKind };

export interface KnownDistributor {
  distributorId: string;
  name: string;
  kind: DistributorKind;
}

/**
 * What this service knows of producers and distributors, only from their events: producers and
 * whether they are active, each product's current OCOP certificate and its status, registered
 * distributors. Every write is guarded by the source stream's version, so a redelivered or
 * replayed event changes nothing and an older event never overwrites a newer one.
 */
@Injectable()
export class EligibilityView {
  private readonly producers: Collection<ProducerDoc>;
  private readonly products: Collection<ProductDoc>;
  private readonly distributors: Collection<DistributorDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.producers = connection.collection<ProducerDoc>('known_producers');
    this.products = connection.collection<ProductDoc>('certified_products');
    this.distributors = connection.collection<DistributorDoc>('known_distributors');
  }

  /** Applies one of producers' events (the envelope's aggregate is the producer). */
  async applyProducerEvent(event: TypedEnvelope<keyof ProducerEvents>): Promise<void> {
    const producerId = event.aggregateId;
    const version = event.aggregateVersion;
    switch (event.type) {
      case 'ProducerRegistered': {
        const payload = event.payload;
        await this.write(this.producers, producerId, version, {
          legalName: payload.legalName,
          active: true,
        });
        break;
      }
      case 'ProducerDeactivated':
        await this.write(this.producers, producerId, version, { active: false }, false);
        break;
      case 'ProductCertified':
      case 'ProductReRated': {
        const payload = event.payload;
        await this.write(this.products, payload.productId, version, {
          producerId,
          decisionNumber: payload.decisionNumber,
          stars: payload.stars,
          expiresOn: payload.expiresOn.slice(0, 10),
          status: 'valid',
        });
        break;
      }
      case 'CertificationExpired':
      case 'CertificationRevoked': {
        const payload = event.payload;
        const status: CertificateStatus =
          event.type === 'CertificationExpired' ? 'expired' : 'revoked';
        // Only the decision it names: an older decision ending after a re-rating changes nothing.
        await this.products.updateOne(
          {
            _id: payload.productId,
            producerId,
            decisionNumber: payload.decisionNumber,
            version: { $lt: version },
          },
          { $set: { status, version } },
        );
        break;
      }
    }
  }

  async applyDistributorRegistered(event: TypedEnvelope<'DistributorRegistered'>): Promise<void> {
    const payload = event.payload;
    await this.write(this.distributors, event.aggregateId, event.aggregateVersion, {
      name: payload.name,
      kind: payload.kind,
    });
  }

  async producer(producerId: string): Promise<KnownProducer | undefined> {
    const doc = await this.producers.findOne({ _id: producerId });
    return doc ? { producerId, legalName: doc.legalName, active: doc.active } : undefined;
  }

  async productsById(productIds: readonly string[]): Promise<Map<string, CertifiedProduct>> {
    const docs = await this.products.find({ _id: { $in: [...productIds] } }).toArray();
    return new Map(docs.map((doc) => [doc._id, this.product(doc)]));
  }

  async productsOf(producerId: string): Promise<CertifiedProduct[]> {
    return (await this.products.find({ producerId }).toArray()).map((doc) => this.product(doc));
  }

  async distributor(distributorId: string): Promise<KnownDistributor | undefined> {
    const doc = await this.distributors.findOne({ _id: distributorId });
    return doc ? { distributorId, name: doc.name, kind: doc.kind } : undefined;
  }

  private product(doc: ProductDoc): CertifiedProduct {
    return {
      productId: doc._id,
      producerId: doc.producerId,
      decisionNumber: doc.decisionNumber,
      stars: doc.stars,
      expiresOn: doc.expiresOn,
      status: doc.status,
    };
  }

  /** Sets `fields` unless a later event was applied already; creates the document if `upsert`. */
  private async write<D extends Versioned>(
    collection: Collection<D>,
    id: string,
    version: number,
    fields: Partial<Omit<D, '_id' | 'version'>>,
    upsert = true,
  ): Promise<void> {
    try {
      await collection.updateOne(
        { _id: id, version: { $lt: version } } as mongo.Filter<D>,
        // The driver's update types cannot follow a generic D's fields; `fields` is typed against D.
        { $set: { ...fields, version } as unknown as Partial<D> },
        { upsert },
      );
    } catch (error) {
      // The upsert found the document at a later version: this event is older; nothing to do.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
