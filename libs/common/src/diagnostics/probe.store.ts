import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection, mongo } from 'mongoose';
import { PROBE_COLLECTION, ProbeRecord } from './probe';

const DUPLICATE_KEY = 11000;

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
      if (!(error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      await upsert();
    }
  }

  async find(probeId: string): Promise<ProbeRecord | null> {
    return this.collection.findOne({ probeId }, { projection: { _id: 0 } });
  }
}
