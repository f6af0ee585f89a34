import { Connection } from 'mongoose';

export interface CommandStats {
  /** Commands sent (a bulkWrite of 500 updateOne is one `update` command). */
  commands: number;
  /** Statements inside them (updates/deletes of a bulk, documents of an insert). */
  statements: number;
  /** Time from sending to the reply, summed over commands (concurrent ones overlap). */
  ms: number;
}

/**
 * Counts the MongoDB-wire round trips of a connection (driver command monitoring: the connection
 * must be created with monitorCommands: true), per command and collection, so each phase can say
 * where its database time went.
 */
export class MongoMonitor {
  private readonly started = new Map<number, { key: string; statements: number; at: number }>();
  private readonly totals = new Map<string, CommandStats>();

  constructor(connection: Connection, normalize: (collection: string) => string) {
    const client = connection.getClient();
    client.on('commandStarted', (event) => {
      const command = event.command as Record<string, unknown>;
      const target = command[event.commandName];
      const collection = typeof target === 'string' ? normalize(target) : '-';
      const statements = ['updates', 'deletes', 'documents']
        .map((field) => command[field])
        .find(Array.isArray);
      this.started.set(event.requestId, {
        key: `${event.commandName} ${collection}`,
        statements: statements ? statements.length : 1,
        at: Date.now(),
      });
    });
    const finish = (event: { requestId: number; duration: number }) => {
      const begun = this.started.get(event.requestId);
      if (!begun) return;
      this.started.delete(event.requestId);
      const total = this.totals.get(begun.key) ?? { commands: 0, statements: 0, ms: 0 };
      total.commands++;
      total.statements += begun.statements;
      total.ms += event.duration;
      this.totals.set(begun.key, total);
    };
    client.on('commandSucceeded', finish);
    client.on('commandFailed', finish);
  }

  /** Commands sent and not answered yet, oldest first. */
  inFlight(): Array<{ command: string; statements: number; waitingMs: number }> {
    return [...this.started.values()]
      .sort((a, b) => a.at - b.at)
      .map((c) => ({ command: c.key, statements: c.statements, waitingMs: Date.now() - c.at }));
  }

  snapshot(): Map<string, CommandStats> {
    return new Map([...this.totals].map(([key, stats]) => [key, { ...stats }]));
  }

  /** What happened between two snapshots, busiest first. */
  static since(
    before: Map<string, CommandStats>,
    after: Map<string, CommandStats>,
  ): Record<string, CommandStats> {
    const result: Array<[string, CommandStats]> = [];
    for (const [key, now] of after) {
      const was = before.get(key) ?? { commands: 0, statements: 0, ms: 0 };
      if (now.commands === was.commands) continue;
      result.push([
        key,
        {
          commands: now.commands - was.commands,
          statements: now.statements - was.statements,
          ms: Math.round(now.ms - was.ms),
        },
      ]);
    }
    return Object.fromEntries(result.sort((a, b) => b[1].ms - a[1].ms));
  }
}
