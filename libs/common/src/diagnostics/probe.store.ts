import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { PROBE_COLLECTION, ProbeRecord } from './probe';

@Injectable()
export class ProbeStore {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get collection() {
    return this.connection.collection<ProbeRecord>(PROBE_COLLECTION);
  }

  /** Upsert, so a redelivered message or a retried job leaves one record. */
  async record(probeId: string, fields: Omit<ProbeRecord, 'probeId'>): Promise<void> {
    await this.collection.updateOne(
      { probeId },
      { $set: { probeId, ...fields } },
      { upsert: true },
    );
  }

  async find(probeId: string): Promise<ProbeRecord | null> {
    return this.collection.findOne({ probeId }, { projection: { _id: 0 } });
  }
}
