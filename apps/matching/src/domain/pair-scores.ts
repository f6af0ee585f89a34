import { CandidatePair } from './meeting-schedule';
import {
  combine,
  Demand,
  distanceFit,
  matchFactors,
  Place,
  RankedProduct,
  round4,
} from './ranking';

/** A producer at a fair with the products it can talk about there. */
export interface FairProducer {
  producerId: string;
  products: RankedProduct[];
}

/** A distributor at a fair: where it sells and what it is sourcing now. */
export interface FairDistributor {
  distributorId: string;
  provincesServed: Place[];
  openDemands: Demand[];
}

/**
 * How well a producer and a distributor would use a meeting, 0..1. What the distributor is
 * sourcing counts most: the best ranking score of the producer's products against its open
 * requests. Without a fitting request the pair still has a profile score (stars, track record,
 * whether the distributor sells where the producer is), halved so that a real fit always wins.
 */
export function pairScore(
  producer: FairProducer,
  distributor: FairDistributor,
  today: string,
  month: string,
): number {
  let best = 0;
  for (const product of producer.products) {
    for (const demand of distributor.openDemands) {
      const factors = matchFactors(product, demand, today, month);
      if (factors) best = Math.max(best, combine(factors));
    }
    const served = distributor.provincesServed.reduce(
      (nearest, province) => Math.max(nearest, distanceFit(product.producer.place, province)),
      0,
    );
    const profile =
      0.4 * ((product.stars - 2) / 3) + 0.3 * product.producer.trackRecord + 0.3 * served;
    best = Math.max(best, 0.5 * profile);
  }
  return round4(best);
}

export function candidatePairs(
  producers: FairProducer[],
  distributors: FairDistributor[],
  today: string,
  month: string,
): CandidatePair[] {
  return producers.flatMap((producer) =>
    distributors
      .map((distributor) => ({
        producerId: producer.producerId,
        distributorId: distributor.distributorId,
        score: pairScore(producer, distributor, today, month),
      }))
      .filter((pair) => pair.score > 0),
  );
}
