import { ConflictException } from '@nestjs/common';
import { CommandMetadata, EventCatalog, EventEnvelope, SYSTEM_ACTOR } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import {
  AggregateRepository,
  commitId,
  ConcurrencyError,
  EVENT_STORE_LAYOUTS,
  executeCommand,
  MongoEventStore,
  SnapshotStore,
} from '@ocop/event-sourcing';
import { ledgerCatalog, NotEnoughStock, StockLedger } from '@ocop/testing';
import { realServers } from './real-servers';

const meta: CommandMetadata = { correlationId: 'test', actor: SYSTEM_ACTOR };

describe('the MongoDB event store on the real MongoDB-wire server', () => {
  let servers: Awaited<ReturnType<typeof realServers>>;
  let catalog: EventCatalog;
  let store: MongoEventStore;
  let aggregateType: string;
  let repository: AggregateRepository<StockLedger>;

  beforeAll(async () => {
    servers = await realServers();
    aggregateType = `ledger-${servers.run}`;
    catalog = ledgerCatalog(aggregateType);
    store = new MongoEventStore(servers.connection, catalog);
    await store.ensureIndexes();
    repository = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
  });

  afterAll(() => servers.close());

  async function openLedger(): Promise<string> {
    const id = randomUUID();
    await executeCommand(repository, id, meta, (ledger) => ledger.open('HTX Bát Tràng'));
    return id;
  }

  it('lets exactly one of 50 concurrent appends at the same expected version win', async () => {
    const id = await openLedger();

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        store.append(
          { aggregateId: id, aggregateType, expectedVersion: 1 },
          [{ type: 'StockAdded', payload: { sku: `bowl-${i}`, quantity: 1 } }],
          meta,
        ),
      ),
    );

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    lost.forEach((r) => expect(r.reason).toBeInstanceOf(ConcurrencyError));
    expect((await store.load(id)).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('with the retrying command helper, all 50 concurrent valid commands succeed and the stream has no gaps', async () => {
    const id = await openLedger();

    await Promise.all(
      Array.from({ length: 50 }, () =>
        executeCommand(repository, id, meta, (ledger) => ledger.add('vase', 2), { retries: 100 }),
      ),
    );

    const events = await store.load(id);
    expect(events.map((e) => e.aggregateVersion)).toEqual(
      Array.from({ length: 51 }, (_, i) => i + 1),
    );
    expect((await repository.load(id)).stockOf('vase')).toBe(100);
  });

  it('re-checks the rules on every retry: of 50 concurrent removals from a stock of 30, exactly 30 succeed', async () => {
    const id = await openLedger();
    await executeCommand(repository, id, meta, (ledger) => ledger.add('tea', 30));

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        executeCommand(repository, id, meta, (ledger) => ledger.remove('tea', 1), { retries: 100 }),
      ),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(30);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(20);
    refused.forEach((r) => expect(r.reason).toBeInstanceOf(NotEnoughStock));
    expect((await repository.load(id)).stockOf('tea')).toBe(0);
  });

  it('answers 409 to the commands that still lose the race once their retries are spent', async () => {
    const id = await openLedger();

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        executeCommand(repository, id, meta, (ledger) => ledger.add('rice', 1), { retries: 0 }),
      ),
    );

    const won = results.filter((r) => r.status === 'fulfilled').length;
    const conflicts = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toBeGreaterThanOrEqual(1);
    expect(conflicts.length).toBeGreaterThanOrEqual(1);
    expect(won + conflicts.length).toBe(20);
    conflicts.forEach((r) => {
      expect(r.reason).toBeInstanceOf(ConflictException);
      expect((r.reason as ConflictException).getStatus()).toBe(409);
    });
    expect((await repository.load(id)).stockOf('rice')).toBe(won);
    expect((await store.load(id)).map((e) => e.aggregateVersion)).toEqual(
      Array.from({ length: won + 1 }, (_, i) => i + 1),
    );
  });

  it('refuses to store an event whose payload breaks its schema', async () => {
    await expect(
      store.append(
        { aggregateId: randomUUID(), aggregateType, expectedVersion: 0 },
        [{ type: 'StockAdded', payload: { sku: '', quantity: -1 } }],
        meta,
      ),
    ).rejects.toThrow(
      /invalid StockAdded: sku should not be empty; quantity must not be less than 1/,
    );
  });

  it('reads a v1 event stored before a schema change as v2, through its upcaster, without rewriting it', async () => {
    const id = randomUUID();
    const v1 = {
      eventId: randomUUID(),
      type: 'StockAdded',
      schemaVersion: 1,
      aggregateType,
      aggregateId: id,
      aggregateVersion: 1,
      occurredAt: '2021-06-01T08:00:00.000Z',
      correlationId: 'history',
      causationId: null,
      actor: SYSTEM_ACTOR,
      payload: { sku: 'silk-scarf', qty: 7 },
    };
    await servers.connection.collection('event_commits').insertOne({
      _id: commitId(id, 1) as never,
      aggregateId: id,
      aggregateType,
      aggregateVersion: 1,
      lastVersion: 1,
      events: [v1],
      storedAt: new Date(),
      published: true,
    });

    const [read] = await store.load(id);

    expect(read).toMatchObject({ schemaVersion: 2, payload: { sku: 'silk-scarf', quantity: 7 } });
    expect((await repository.load(id)).stockOf('silk-scarf')).toBe(7);
    const stored = await servers.connection
      .collection('event_commits')
      .findOne({ aggregateId: id });
    expect(stored?.events[0]).toMatchObject({ schemaVersion: 1, payload: { qty: 7 } });
  });

  it('loads from a snapshot plus the events after it, to the same state as a full replay', async () => {
    const snapshots = new SnapshotStore(servers.connection);
    const withSnapshots = new AggregateRepository(
      store,
      (id) => new StockLedger(aggregateType, id),
      {
        snapshots,
        snapshotEvery: 10,
        cacheSize: 0, // else the second load would come from memory, not from the snapshot
      },
    );
    const id = randomUUID();
    await executeCommand(withSnapshots, id, meta, (ledger) => ledger.open('HTX Vạn Phúc'));
    for (let i = 0; i < 24; i++) {
      await executeCommand(withSnapshots, id, meta, (ledger) => ledger.add('silk', i + 1));
    }

    expect(await snapshots.latest(aggregateType, id)).toMatchObject({ version: 20 });
    expect(await snapshots.latest('another-type', id)).toBeNull();
    const fromSnapshot = await withSnapshots.load(id);
    const fromHistory = await repository.load(id);
    expect(fromSnapshot.version).toBe(25);
    expect(fromSnapshot.snapshot()).toEqual(fromHistory.snapshot());
    expect(fromSnapshot.stockOf('silk')).toBe((24 * 25) / 2);
  });

  it('reads a cached aggregate up to date when another process appended to it', async () => {
    const here = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const elsewhere = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const id = randomUUID();
    await executeCommand(here, id, meta, (ledger) => ledger.open('HTX gốm Bát Tràng'));
    await executeCommand(here, id, meta, (ledger) => ledger.add('bowl', 5));
    expect((await here.load(id)).stockOf('bowl')).toBe(5); // now cached here

    await executeCommand(elsewhere, id, meta, (ledger) => ledger.remove('bowl', 2));

    const seen = await here.load(id);
    expect(seen.version).toBe(3);
    expect(seen.stockOf('bowl')).toBe(3);
    // A decision on a stale copy loses the race and is taken again on the current state.
    const stale = await elsewhere.load(id);
    await executeCommand(here, id, meta, (ledger) => ledger.remove('bowl', 3));
    stale.remove('bowl', 3);
    await expect(elsewhere.save(stale, meta)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(
      executeCommand(elsewhere, id, meta, (ledger) => ledger.remove('bowl', 1), { retries: 0 }),
    ).rejects.toBeInstanceOf(NotEnoughStock);
    expect((await elsewhere.load(id)).snapshot()).toEqual((await repository.load(id)).snapshot());
  });

  it('decides a command on the cached state without reading the store, yet a stale cache never wins', async () => {
    const here = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const elsewhere = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const id = randomUUID();
    await executeCommand(here, id, meta, (ledger) => ledger.open('HTX mây tre Phú Vinh'));
    await executeCommand(here, id, meta, (ledger) => ledger.add('basket', 5));
    const reads = jest.spyOn(store, 'load');
    try {
      await executeCommand(here, id, meta, (ledger) => ledger.add('basket', 1));
      expect(reads).not.toHaveBeenCalled();

      // Appended elsewhere: the cached decision is refused by the store and taken again on what
      // the store holds, without spending one of the command's retries.
      await executeCommand(elsewhere, id, meta, (ledger) => ledger.remove('basket', 4));
      reads.mockClear();
      await executeCommand(here, id, meta, (ledger) => ledger.remove('basket', 1), { retries: 0 });
      expect(reads).toHaveBeenCalledTimes(1);

      // A refusal on a stale cached state is checked against the store before it is answered.
      await executeCommand(elsewhere, id, meta, (ledger) => ledger.add('basket', 10));
      reads.mockClear();
      await executeCommand(here, id, meta, (ledger) => ledger.remove('basket', 11), { retries: 0 });
      expect(reads).toHaveBeenCalledTimes(1);
      await expect(
        executeCommand(here, id, meta, (ledger) => ledger.remove('basket', 1), { retries: 0 }),
      ).rejects.toBeInstanceOf(NotEnoughStock);
    } finally {
      reads.mockRestore();
    }
    const fresh = await repository.load(id);
    expect(fresh.stockOf('basket')).toBe(0);
    expect(fresh.version).toBe(7);
  });

  it('decides a likely new aggregate without reading the store, and again when it was not new', async () => {
    const here = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const fresh = randomUUID();
    const existing = await openLedger();
    const reads = jest.spyOn(store, 'load');
    try {
      await executeCommand(here, fresh, meta, (ledger) => ledger.open('HTX chè Tân Cương'), {
        likelyNew: true,
      });
      expect(reads).not.toHaveBeenCalled();

      // Not new after all: the empty state's append is refused, and the command is decided on
      // the stored stream instead, where a second opening breaks the rules.
      await expect(
        executeCommand(here, existing, meta, (ledger) => ledger.open('HTX khác'), {
          likelyNew: true,
          retries: 0,
        }),
      ).rejects.toThrow(`ledger ${existing} is already open`);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
    const other = randomUUID();
    await executeCommand(here, other, meta, (ledger) => ledger.open('HTX lụa'));
    await executeCommand(repository, other, meta, (ledger) => ledger.add('lụa', 2));
    // Appended elsewhere since: the empty state loses, the stored one decides.
    await executeCommand(
      new AggregateRepository(store, (id) => new StockLedger(aggregateType, id)),
      other,
      meta,
      (ledger) => ledger.add('lụa', 1),
      { likelyNew: true, retries: 0 },
    );
    expect((await repository.load(fresh)).version).toBe(1);
    expect((await repository.load(existing)).version).toBe(1);
    const stored = await repository.load(other);
    expect(stored.version).toBe(3);
    expect(stored.stockOf('lụa')).toBe(3);
  });

  it('answers a fact that stays true from the cache, and reads the store while it is false', async () => {
    const here = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const elsewhere = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
    const id = await openLedger();
    const stocked = (ledger: StockLedger) => ledger.stockOf('gốm') > 0;
    const reads = jest.spyOn(store, 'load');
    try {
      expect(await here.hasBecome(id, stocked)).toBe(false);
      expect(reads).toHaveBeenCalledTimes(1);

      // Became true elsewhere: a cached "not yet" is never the answer.
      await executeCommand(elsewhere, id, meta, (ledger) => ledger.add('gốm', 2));
      reads.mockClear();
      expect(await here.hasBecome(id, stocked)).toBe(true);
      expect(reads).toHaveBeenCalledTimes(1);

      reads.mockClear();
      expect(await here.hasBecome(id, stocked)).toBe(true);
      expect(reads).not.toHaveBeenCalled();
      expect(await here.hasBecome(randomUUID(), stocked)).toBe(false);
    } finally {
      reads.mockRestore();
    }
  });

  it('keeps a cached copy apart from the aggregate it hands out', async () => {
    const cached = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id), {
      cacheSize: 1,
    });
    const id = await openLedger();
    await executeCommand(cached, id, meta, (ledger) => ledger.add('lụa', 4));
    const changedButNotSaved = await cached.load(id);
    changedButNotSaved.add('lụa', 100);
    expect((await cached.load(id)).stockOf('lụa')).toBe(4);
    // With room for one aggregate, another one evicts it; it is then read from the store again.
    const other = await openLedger();
    await cached.load(other);
    expect((await cached.load(id)).stockOf('lụa')).toBe(4);
  });

  it('keys each commit by stream and first version, and reads a stream from any version', async () => {
    const id = await openLedger();
    await store.append(
      { aggregateId: id, aggregateType, expectedVersion: 1 },
      [
        { type: 'StockAdded', payload: { sku: 'lụa', quantity: 1 } },
        { type: 'StockAdded', payload: { sku: 'lụa', quantity: 2 } },
        { type: 'StockAdded', payload: { sku: 'lụa', quantity: 3 } },
      ],
      meta,
    );
    await executeCommand(repository, id, meta, (ledger) => ledger.add('lụa', 4));

    const ids = await servers.connection
      .collection('event_commits')
      .find({ aggregateId: id })
      .map((doc) => doc._id as unknown as string)
      .toArray();
    expect(ids.sort()).toEqual([commitId(id, 1), commitId(id, 2), commitId(id, 5)]);
    for (const after of [0, 1, 2, 3, 4, 5]) {
      expect((await store.load(id, after)).map((e) => e.aggregateVersion)).toEqual(
        [1, 2, 3, 4, 5].filter((v) => v > after),
      );
    }
    expect(await store.isPublishedThrough(id, 4)).toBe(false);
    expect(await store.isPublishedThrough(id, 3)).toBeUndefined();
    await store.markPublished([commitId(id, 1), commitId(id, 2)]);
    expect(await store.isPublishedThrough(id, 4)).toBe(true);
    expect(await store.isPublishedThrough(id, 5)).toBe(false);
  });

  it("stores a commit's events as one JSON text, and reads commits stored as an array too", async () => {
    const name = `commits_text_${servers.run}`;
    const textStore = new MongoEventStore(servers.connection, catalog, name);
    await textStore.ensureIndexes();
    const id = randomUUID();
    const at = (version: number) => ({ aggregateId: id, aggregateType, expectedVersion: version });
    const [opened] = await textStore.append(
      at(0),
      [{ type: 'LedgerOpened', payload: { producer: 'HTX Vạn Phúc' } }],
      meta,
    );
    // A commit as every store held it before: its events an array of documents.
    await servers.connection.collection(name).insertOne({
      _id: commitId(id, 2) as never,
      aggregateId: id,
      aggregateType,
      aggregateVersion: 2,
      lastVersion: 2,
      events: [
        {
          ...opened,
          eventId: randomUUID(),
          type: 'StockAdded',
          schemaVersion: catalog.definition('StockAdded').schemaVersion,
          aggregateVersion: 2,
          payload: { sku: 'khăn lụa', quantity: 5 },
        },
      ],
      storedAt: new Date(),
      published: false,
    });
    await textStore.append(
      at(2),
      [{ type: 'StockAdded', payload: { sku: 'khăn lụa', quantity: 7 } }],
      meta,
    );

    const raw = await servers.connection
      .collection(name)
      .findOne({ _id: commitId(id, 3) as never });
    expect(typeof raw?.eventsJson).toBe('string');
    expect(raw?.events).toBeUndefined();
    const quantities = (events: EventEnvelope[]) =>
      events.map((e) => [e.aggregateVersion, (e.payload as { quantity?: number }).quantity]);
    const expected = [
      [1, undefined],
      [2, 5],
      [3, 7],
    ];
    expect(quantities(await textStore.load(id))).toEqual(expected);
    const unpublished = await textStore.unpublished(10);
    expect(quantities(unpublished.flatMap((commit) => commit.events))).toEqual(expected);
    const all: EventEnvelope[] = [];
    for await (const commit of textStore.all()) all.push(...commit.events);
    expect(quantities(all)).toEqual(expected);
    expect(await textStore.isPublishedThrough(id, 2)).toBe(false);
    await textStore.markPublished(unpublished.map((commit) => commit._id));
    expect(await textStore.isPublishedThrough(id, 3)).toBe(true);
  });

  it('finds unpublished commits through their markers, not by reading the whole store', async () => {
    const name = `commits_marked_${servers.run}`;
    const markedStore = new MongoEventStore(servers.connection, catalog, name);
    await markedStore.ensureIndexes();
    const markers = servers.connection.collection(`${name}_unpublished`);
    const legacyId = randomUUID();
    const legacyCommit = (aggregateId: string) => ({
      _id: commitId(aggregateId, 1) as never,
      aggregateId,
      aggregateType,
      aggregateVersion: 1,
      lastVersion: 1,
      eventsJson: '[]',
      // Older than what is appended next, even within one millisecond.
      storedAt: new Date(Date.now() - 1_000),
      published: false,
    });
    // Stored before markers existed: found by query until none is left.
    await servers.connection.collection(name).insertOne(legacyCommit(legacyId));
    const id = randomUUID();
    await markedStore.append(
      { aggregateId: id, aggregateType, expectedVersion: 0 },
      [{ type: 'LedgerOpened', payload: { producer: 'HTX Bát Tràng' } }],
      meta,
    );
    expect(await markers.countDocuments({ _id: commitId(id, 1) as never })).toBe(1);
    const first = await markedStore.unpublished(10);
    expect(first.map((commit) => commit.aggregateId)).toEqual([legacyId, id]);
    await markedStore.markPublished(first.map((commit) => commit._id));
    expect(await markers.countDocuments({})).toBe(0);
    expect(await markedStore.unpublished(10)).toEqual([]);

    // From now on only markers are read: a commit without one is not looked for (a restarted
    // store, too, keeps that finding).
    await servers.connection.collection(name).insertOne(legacyCommit(randomUUID()));
    const restarted = new MongoEventStore(servers.connection, catalog, name);
    expect(await markedStore.unpublished(10)).toEqual([]);
    expect(await restarted.unpublished(10)).toEqual([]);

    // A marker whose commit never came: kept while its append may still be on the way, cleared
    // after a minute.
    const recent = randomUUID();
    const old = randomUUID();
    await markers.insertMany([
      { _id: commitId(recent, 1) as never, storedAt: new Date() },
      { _id: commitId(old, 1) as never, storedAt: new Date(Date.now() - 120_000) },
    ]);
    expect(await restarted.unpublished(10)).toEqual([]);
    expect((await markers.find({}).toArray()).map((m) => m._id)).toEqual([commitId(recent, 1)]);
  });

  it('reads a store written before commits were keyed by stream (by query)', async () => {
    const name = `legacy_commits_${servers.run}`;
    const writer = new MongoEventStore(servers.connection, catalog, name);
    const id = randomUUID();
    await writer.append(
      { aggregateId: id, aggregateType, expectedVersion: 0 },
      [{ type: 'LedgerOpened', payload: { producer: 'HTX Ngũ Xã' } }],
      meta,
    );
    await writer.append(
      { aggregateId: id, aggregateType, expectedVersion: 1 },
      [{ type: 'StockAdded', payload: { sku: 'đồng', quantity: 3 } }],
      meta,
    );
    // Commits as they were stored before: each with a random _id.
    const commits = servers.connection.collection(name);
    for (const commit of await commits.find({}).toArray()) {
      await commits.deleteOne({ _id: commit._id });
      await commits.insertOne({ ...commit, _id: randomUUID() as never });
    }

    const legacy = new MongoEventStore(servers.connection, catalog, name);
    expect((await legacy.load(id)).map((e) => e.type)).toEqual(['LedgerOpened', 'StockAdded']);
    expect((await legacy.load(id, 1)).map((e) => e.aggregateVersion)).toEqual([2]);
  });

  it("keeps what it found of a store's layout, so the next process reads it without a scan", async () => {
    const name = `keyed_commits_${servers.run}`;
    const first = new MongoEventStore(servers.connection, catalog, name);
    const id = randomUUID();
    await first.append(
      { aggregateId: id, aggregateType, expectedVersion: 0 },
      [{ type: 'LedgerOpened', payload: { producer: 'HTX Đường Lâm' } }],
      meta,
    );
    expect(await first.load(id)).toHaveLength(1);
    const layouts = servers.connection.collection(EVENT_STORE_LAYOUTS);
    expect(await layouts.findOne({ _id: `${name}:commit-ids` as never })).not.toBeNull();

    // A commit with a random _id now (which a keyed store never holds) would turn a scan's finding
    // around: the next store reads by commitId all the same, so it kept the first finding.
    const stray = randomUUID();
    const [opened] = await first.load(id);
    await servers.connection.collection(name).insertOne({
      _id: randomUUID() as never,
      aggregateId: stray,
      aggregateType,
      aggregateVersion: 1,
      lastVersion: 1,
      events: [{ ...opened, aggregateId: stray }],
      storedAt: new Date(),
      published: true,
    });
    const next = new MongoEventStore(servers.connection, catalog, name);
    expect((await next.load(id)).map((e) => e.type)).toEqual(['LedgerOpened']);
    expect(await next.load(stray)).toEqual([]);
  });

  it('reads the id of another aggregate type as an empty stream', async () => {
    const id = await openLedger();
    expect(await store.load(id, 0, aggregateType)).toHaveLength(1);
    expect(await store.load(id, 0, 'purchase-order')).toEqual([]);
  });
});
