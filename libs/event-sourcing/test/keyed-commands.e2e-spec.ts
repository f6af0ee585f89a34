import { CommandMetadata, SYSTEM_ACTOR } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import {
  AggregateRepository,
  executeCommand,
  MongoEventStore,
  newAggregateId,
} from '@ocop/event-sourcing';
import { ledgerCatalog, StockLedger } from '@ocop/testing';
import { realServers } from './real-servers';

const keyed = (): CommandMetadata => ({
  correlationId: 'test',
  actor: SYSTEM_ACTOR,
  commandId: randomUUID(),
});

/** A command with an id runs once, however often it is sent: the retry gets the first answer. */
describe('keyed commands on the real MongoDB-wire server', () => {
  let servers: Awaited<ReturnType<typeof realServers>>;
  let store: MongoEventStore;
  let aggregateType: string;
  let repository: AggregateRepository<StockLedger>;
  /** A second process: its own cache, the same store. */
  let otherProcess: AggregateRepository<StockLedger>;

  beforeAll(async () => {
    servers = await realServers();
    aggregateType = `ledger-${servers.run}`;
    store = new MongoEventStore(servers.connection, ledgerCatalog(aggregateType));
    await store.ensureIndexes();
    repository = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    otherProcess = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
  });

  afterAll(() => servers.close());

  async function openLedger(): Promise<string> {
    const id = randomUUID();
    await executeCommand(repository, id, keyed(), (ledger) => ledger.open('HTX Bát Tràng'));
    return id;
  }

  const addVases = (ledger: StockLedger) => {
    ledger.add('vase', 2);
    return ledger.stockOf('vase');
  };

  it('adds once when a keyed command is sent again, in this process or another, and answers as the first time', async () => {
    const id = await openLedger();
    const meta = keyed();

    const first = await executeCommand(repository, id, meta, addVases);
    await executeCommand(repository, id, keyed(), addVases); // another command in between
    const again = await executeCommand(repository, id, meta, addVases);
    const elsewhere = await executeCommand(otherProcess, id, meta, addVases);

    expect(first).toBe(2);
    expect(again).toBe(2);
    expect(elsewhere).toBe(2);
    expect((await repository.load(id)).stockOf('vase')).toBe(4);
    expect(await store.load(id)).toHaveLength(3);
  });

  it('adds once when 10 copies of a keyed command race, while other commands run', async () => {
    const id = await openLedger();
    const meta = keyed();

    const answers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        executeCommand(i % 2 ? repository : otherProcess, id, meta, addVases, { retries: 100 }),
      ),
      ...Array.from({ length: 5 }, () =>
        executeCommand(repository, id, keyed(), addVases, { retries: 100 }),
      ),
    ]);

    expect(new Set(answers.slice(0, 10)).size).toBe(1);
    expect((await repository.load(id)).stockOf('vase')).toBe(12);
    expect(await store.load(id)).toHaveLength(7); // opened, then one add per command
  });

  it('creates an aggregate once: a keyed creation derives its id, and its retry meets the stream it made', async () => {
    const create = async (repo: AggregateRepository<StockLedger>, meta: CommandMetadata) => {
      const id = newAggregateId(meta, 'StockLedger');
      const earlier = await repo.afterCommand(id, meta);
      if (earlier) return { id, replayed: true, stock: earlier.stockOf('vase') };
      const ledger = new StockLedger(aggregateType, id);
      ledger.open('HTX Vạn Phúc');
      ledger.add('vase', 3);
      await repo.save(ledger, meta);
      return { id, replayed: false, stock: ledger.stockOf('vase') };
    };

    const meta = keyed();
    const first = await create(repository, meta);
    const again = await create(otherProcess, meta);
    // Runs that all pass the look: the losers' appends meet the winner's stream and take it.
    const raced = keyed();
    const racing = await Promise.all(
      Array.from({ length: 4 }, (_, i) => create(i % 2 ? repository : otherProcess, raced)),
    );

    expect(first).toEqual({ id: first.id, replayed: false, stock: 3 });
    expect(again).toEqual({ id: first.id, replayed: true, stock: 3 });
    expect(await store.load(first.id)).toHaveLength(2);
    const racedId = newAggregateId(raced, 'StockLedger');
    racing.forEach((answer) => expect(answer).toMatchObject({ id: racedId, stock: 3 }));
    expect(await store.load(racedId)).toHaveLength(2);
    expect(newAggregateId(keyed(), 'StockLedger')).not.toBe(first.id);
    expect(newAggregateId(meta, 'Other')).not.toBe(first.id);
  });

  it('leaves commands without an id as they were: each one runs', async () => {
    const id = await openLedger();
    const plain: CommandMetadata = { correlationId: 'test', actor: SYSTEM_ACTOR };

    await executeCommand(repository, id, plain, addVases);
    await executeCommand(repository, id, plain, addVases);

    expect((await repository.load(id)).stockOf('vase')).toBe(4);
    expect(newAggregateId(plain, 'StockLedger')).not.toBe(newAggregateId(plain, 'StockLedger'));
  });

  // Last: forgetting with a cutoff in the future empties this store's command log.
  it('keeps the command log until its entries are older than the cutoff, then forgets them', async () => {
    const id = await openLedger();
    const meta = keyed();
    await executeCommand(repository, id, meta, addVases);

    expect(await store.forgetCommandsBefore(new Date(Date.now() - 60_000))).toBe(0);
    expect(await executeCommand(otherProcess, id, meta, addVases)).toBe(2);
    expect((await repository.load(id)).stockOf('vase')).toBe(2);

    expect(await store.forgetCommandsBefore(new Date(Date.now() + 1_000))).toBeGreaterThan(0);
    // Forgotten (days after any retry the gateway promises to answer): it runs as a new command.
    expect(await executeCommand(otherProcess, id, meta, addVases)).toBe(4);
  });
});
