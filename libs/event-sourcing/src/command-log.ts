import { Collection, Connection } from 'mongoose';

/**
 * Where a keyed command tried to append on one aggregate: `_id` is `<commandId>@<aggregateId>`,
 * `commitIds` the commit ids of its attempts (a race lost to another command makes another).
 */
interface CommandLogEntry {
  _id: string;
  commitIds: string[];
  storedAt: Date;
}

/**
 * Which commits a keyed command may have made, so a retry finds whether it ran, with two `_id`
 * lookups instead of a walk through the aggregate's stream. An attempt is noted before its commit
 * is stored: a noted commit that is absent, or holds another command, is an attempt that failed,
 * and every commit the command made is noted. FerretDB has no TTL index: entries are forgotten by
 * a job (COMMAND_LOG_RETENTION_QUEUE) long after any client retries.
 */
export class CommandLog {
  private readonly entries: Collection<CommandLogEntry>;

  constructor(connection: Connection, eventStoreCollection: string) {
    this.entries = connection.collection<CommandLogEntry>(`${eventStoreCollection}_commands`);
  }

  async noteAttempt(commandId: string, aggregateId: string, commitId: string): Promise<void> {
    await this.entries.updateOne(
      { _id: entryId(commandId, aggregateId) },
      { $addToSet: { commitIds: commitId }, $setOnInsert: { storedAt: new Date() } },
      { upsert: true },
    );
  }

  async ensureIndexes(): Promise<void> {
    await this.entries.createIndex({ storedAt: 1 });
  }

  /** Forgets the entries noted before `cutoff`; answers how many. */
  async forgetBefore(cutoff: Date): Promise<number> {
    const { deletedCount } = await this.entries.deleteMany({ storedAt: { $lt: cutoff } });
    return deletedCount;
  }

  /** The commit ids the command's attempts on the aggregate would have had (none for a new command). */
  async attempts(commandId: string, aggregateId: string): Promise<string[]> {
    const entry = await this.entries.findOne({ _id: entryId(commandId, aggregateId) });
    return entry?.commitIds ?? [];
  }
}

function entryId(commandId: string, aggregateId: string): string {
  return `${commandId}@${aggregateId}`;
}
