import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@ocop/common';
import { EventEnvelope, MouDrafted, MouStatus } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { KnownMou } from '../domain/order-under-mou';

interface KnownMouDoc {
  _id: string;
  distributorId: string;
  producerIds: string[];
  status: MouStatus;
  /** The MOU stream's version of the last event applied here. */
  version: number;
}

/** The status each of the mou service's lifecycle events leaves an MOU in. */
const STATUS_AFTER: Record<string, MouStatus> = {
  MouProposed: 'proposed',
  MouActivated: 'active',
  MouFulfilled: 'fulfilled',
  MouExpired: 'expired',
  MouTerminated: 'terminated',
};

/** The mou service's events this view is built from. */
export const MOU_VIEW_EVENTS = ['MouDrafted', ...Object.keys(STATUS_AFTER)] as const;

/**
 * What distributors knows of MOUs, only from the mou service's events: each MOU's parties (fixed
 * when drafted) and its status, so an order under an MOU can be checked without calling mou. Writes
 * are guarded by the MOU stream's version: a redelivered or replayed event changes nothing and an
 * older one never overwrites a newer one.
 */
@Injectable()
export class MouView {
  private readonly mous: Collection<KnownMouDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.mous = connection.collection<KnownMouDoc>('known_mous');
  }

  async apply(event: EventEnvelope): Promise<void> {
    if (event.type === 'MouDrafted') {
      const drafted = event.payload as unknown as MouDrafted;
      await this.write(
        event,
        {
          distributorId: drafted.distributorId,
          producerIds: drafted.producerIds,
          status: 'drafted',
        },
        true,
      );
      return;
    }
    const status = STATUS_AFTER[event.type];
    // A later event whose MouDrafted never arrived has no parties to record: nothing to write.
    if (status) await this.write(event, { status }, false);
  }

  async find(mouId: string): Promise<KnownMou | undefined> {
    const doc = await this.mous.findOne({ _id: mouId });
    return doc
      ? {
          mouId,
          distributorId: doc.distributorId,
          producerIds: doc.producerIds,
          status: doc.status,
        }
      : undefined;
  }

  private async write(
    event: EventEnvelope,
    fields: Partial<Omit<KnownMouDoc, '_id' | 'version'>>,
    upsert: boolean,
  ): Promise<void> {
    try {
      await this.mous.updateOne(
        { _id: event.aggregateId, version: { $lt: event.aggregateVersion } },
        { $set: { ...fields, version: event.aggregateVersion } },
        { upsert },
      );
    } catch (error) {
      // The upsert found the MOU at a later version: this event is older; nothing to do.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
