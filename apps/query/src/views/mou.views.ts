import { Injectable } from '@nestjs/common';
import { MouStatus } from '@ocop/events';
import { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
import { mouProgress } from '../domain/mou-progress';
import { MouDoc } from '../read-models/collections';
import { ReadModels } from './read-models.service';

export interface MouItem {
  mouId: string;
  title: string | null;
  status: MouStatus;
  /** The party asked about when a producer asks; else the first producer. */
  producerId: string;
  producerIds: string[];
  distributorId: string;
  /** The distributor's name for a producer; the producers' names (comma-separated) for a distributor. */
  counterpartName: string | null;
  fairId: string | null;
  signedAt: string | null;
  draftedAt: string;
  updatedAt: string;
  version: number;
  products: {
    productId: string;
    unit: string;
    targetQuantity: number;
    deliveredQuantity: number;
    percent: number;
  }[];
  overallPercent: number;
  overdueObligations: number;
}

/** MOUs with their progress, for a producer, a distributor or a fair. */
@Injectable()
export class MouViews {
  constructor(private readonly models: ReadModels) {}

  async docs(filter: Filter<MouDoc>): Promise<MouDoc[]> {
    return this.models.mous.find(filter).toArray();
  }

  async items(docs: MouDoc[], viewer: { producerId?: string }): Promise<MouItem[]> {
    const names = await this.models.partyNames(
      docs.flatMap((d) => d.producerIds ?? []),
      docs.map((d) => d.distributorId),
    );
    return docs.map((doc) => {
      const progress = mouProgress(doc);
      const counterpartName = viewer.producerId
        ? (names.distributors.get(doc.distributorId) ?? null)
        : doc.producerIds.some((id) => names.producers.has(id))
          ? doc.producerIds.map((id) => names.producers.get(id) ?? id).join(', ')
          : null;
      return {
        mouId: doc._id,
        title: doc.title ?? null,
        status: doc.status,
        producerId: viewer.producerId ?? doc.producerIds[0],
        producerIds: doc.producerIds,
        distributorId: doc.distributorId,
        counterpartName,
        fairId: doc.fairId ?? null,
        signedAt: doc.signedAt ?? null,
        draftedAt: doc.draftedAt,
        updatedAt: doc.updatedAt,
        version: progress.version,
        products: progress.products,
        overallPercent: progress.overallPercent,
        overdueObligations: progress.overdueObligations,
      };
    });
  }
}
