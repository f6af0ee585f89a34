import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { isDuplicateKeyError } from '../errors/duplicate-key';
import { PROBE_COLLECTION, ProbeRecord } from './probe';

@Injectable()
export class ProbeStore implements OnModuleInit {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get collection() {
    return this.connection.collection<ProbeRecord>(PROBE_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    await this.collection.createIndex({ probeId: 1 }, { unique: true });
  }

  /**
   * Upsert, so a redelivered message or a retried job leaves one record. The Kafka message and the
   * job may arrive together: the unique index lets one insert win and the other retries as an update.
   */
  async record(probeId: string, fields: Omit<ProbeRecord, 'probeId'>): Promise<void> {
    const upsert = () =>
      this.collection.updateOne({ probeId }, { $set: { probeId, ...fields } }, { upsert: true });
    try {
      await upsert();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await upsert();
    }
  }

  async find(probeId: string): Promise<ProbeRecord | null> {
    return this.collection.findOne({ probeId }, { projection: { _id: 0 } });
  }
}
