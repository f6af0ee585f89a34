import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Collection, Connection } from 'mongoose';
import {
  BoothBookingDoc,
  COLLECTIONS,
  DistributorDoc,
  FairDoc,
  FairMeetingDoc,
  MouDoc,
  OrderDoc,
  ProducerDoc,
  ProductDoc,
  SourcingMatchesDoc,
  SourcingRequestDoc,
} from '../read-models/collections';

/** Typed handles on the read-model collections, and the look-ups several views share. */
@Injectable()
export class ReadModels {
  readonly producers: Collection<ProducerDoc>;
  readonly products: Collection<ProductDoc>;
  readonly distributors: Collection<DistributorDoc>;
  readonly sourcingRequests: Collection<SourcingRequestDoc>;
  readonly sourcingMatches: Collection<SourcingMatchesDoc>;
  readonly orders: Collection<OrderDoc>;
  readonly mous: Collection<MouDoc>;
  readonly fairs: Collection<FairDoc>;
  readonly boothBookings: Collection<BoothBookingDoc>;
  readonly fairMeetings: Collection<FairMeetingDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.producers = connection.collection(COLLECTIONS.producers);
    this.products = connection.collection(COLLECTIONS.products);
    this.distributors = connection.collection(COLLECTIONS.distributors);
    this.sourcingRequests = connection.collection(COLLECTIONS.sourcingRequests);
    this.sourcingMatches = connection.collection(COLLECTIONS.sourcingMatches);
    this.orders = connection.collection(COLLECTIONS.orders);
    this.mous = connection.collection(COLLECTIONS.mous);
    this.fairs = connection.collection(COLLECTIONS.fairs);
    this.boothBookings = connection.collection(COLLECTIONS.boothBookings);
    this.fairMeetings = connection.collection(COLLECTIONS.fairMeetings);
  }

  /** Names of producers (legal name) and distributors by id, for the ids given. */
  async partyNames(
    producerIds: string[],
    distributorIds: string[],
  ): Promise<{ producers: Map<string, string>; distributors: Map<string, string> }> {
    const [producers, distributors] = await Promise.all([
      producerIds.length === 0
        ? []
        : this.producers
            .find({ _id: { $in: [...new Set(producerIds)] } }, { projection: { legalName: 1 } })
            .toArray(),
      distributorIds.length === 0
        ? []
        : this.distributors
            .find({ _id: { $in: [...new Set(distributorIds)] } }, { projection: { name: 1 } })
            .toArray(),
    ]);
    return {
      producers: new Map(producers.map((p) => [p._id, p.legalName])),
      distributors: new Map(distributors.map((d) => [d._id, d.name])),
    };
  }
}
