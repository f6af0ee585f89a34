import { DeduplicatingSink, insertAbsent } from '@ocop/event-sourcing';
import { realServers } from './real-servers';
import { testEnvelope } from './test-envelope';

const envelope = (type: string) =>
  testEnvelope({ type, aggregateType: 'ledger', aggregateId: 'ledger-1', aggregateVersion: 1 });

describe('the deduplicating sink of reactions, on the real MongoDB-wire server', () => {
  let servers: Awaited<ReturnType<typeof realServers>>;

  beforeAll(async () => {
    servers = await realServers();
  });

  afterAll(() => servers.close());

  const recorded = () =>
    servers.connection
      .collection<{ _id: string }>('processed_events')
      .find({})
      .toArray()
      .then((docs) => docs.map((doc) => doc._id).sort());

  it('records the events it handled in one write, and skips them when they come again', async () => {
    const ran: string[] = [];
    const sink = new DeduplicatingSink(servers.connection, `group-${servers.run}`, (event) => {
      ran.push(event.eventId);
      const firstTry = ran.filter((id) => id === event.eventId).length === 1;
      return event.type === 'Fails' && firstTry
        ? Promise.reject(new Error('the first attempt fails'))
        : Promise.resolve();
    });
    const [first, failing, last] = [
      envelope('StockAdded'),
      envelope('Fails'),
      envelope('StockAdded'),
    ];
    const batch = [first, failing, last];

    await expect(sink.apply(batch)).rejects.toThrow('the first attempt fails');
    // What ran before the failure is recorded; the failed one and the rest are not.
    expect(await recorded()).toEqual([`group-${servers.run}:${first.eventId}`]);

    await sink.apply(batch); // the consumer retries the whole batch
    expect(ran).toEqual([first.eventId, failing.eventId, failing.eventId, last.eventId]);
    expect(await recorded()).toEqual(
      [first, failing, last].map((event) => `group-${servers.run}:${event.eventId}`).sort(),
    );

    await sink.apply(batch); // redelivered once more: nothing runs
    expect(ran).toHaveLength(4);
  });

  it('inserts only the absent documents of a batch, leaving those already there unchanged', async () => {
    const inbox = servers.connection.collection<{ _id: string; text: string }>(
      `inbox_${servers.run}`,
    );
    await insertAbsent(inbox, [{ _id: 'a', text: 'first' }]);
    await insertAbsent(inbox, [
      { _id: 'a', text: 'second' },
      { _id: 'b', text: 'second' },
      { _id: 'c', text: 'second' },
    ]);
    await insertAbsent(inbox, [{ _id: 'c', text: 'third' }]);
    expect(await inbox.find({}).sort({ _id: 1 }).toArray()).toEqual([
      { _id: 'a', text: 'first' },
      { _id: 'b', text: 'second' },
      { _id: 'c', text: 'second' },
    ]);
  });
});
