import { Collection, Connection } from 'mongoose';
import { isDuplicateKeyError } from '@ocop/common';

interface SnapshotDocument {
  _id: string;
  aggregateType: string;
  version: number;
  state: object;
  takenAt: Date;
}

/** The latest snapshot per aggregate; an older snapshot never replaces a newer one. */
export class SnapshotStore {
  private readonly snapshots: Collection<SnapshotDocument>;

  constructor(connection: Connection, collectionName = 'snapshots') {
    this.snapshots = connection.collection<SnapshotDocument>(collectionName);
  }

  async latest(
    aggregateType: string,
    aggregateId: string,
  ): Promise<{ version: number; state: object } | null> {
    return this.snapshots.findOne({ _id: aggregateId, aggregateType });
  }

  async save(
    aggregateType: string,
    aggregateId: string,
    version: number,
    state: object,
  ): Promise<void> {
    try {
      await this.snapshots.updateOne(
        { _id: aggregateId, version: { $lt: version } },
        { $set: { aggregateType, version, state, takenAt: new Date() } },
        { upsert: true },
      );
    } catch (error) {
      // A newer snapshot is already there (the filter missed it and the upsert hit its _id).
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
