import { EventOf, SYSTEM_ACTOR } from '@ocop/events';
import { AggregateRoot } from './aggregate-root';

interface BoothEvents {
  BoothsStocked: { count: number };
  BoothBooked: Record<string, never>;
}

class Booths extends AggregateRoot<BoothEvents, { free: number }> {
  private free = 0;

  constructor(id: string) {
    super('fair', id);
  }

  stock(count: number) {
    this.raise('BoothsStocked', { count });
  }

  book() {
    if (this.free === 0) throw new Error('sold out');
    this.raise('BoothBooked', {});
  }

  get remaining() {
    return this.free;
  }

  snapshot() {
    return { free: this.free };
  }

  protected restore(state: { free: number }) {
    this.free = state.free;
  }

  protected apply(event: EventOf<BoothEvents>) {
    if (event.type === 'BoothsStocked') this.free += event.payload.count;
    if (event.type === 'BoothBooked') this.free -= 1;
  }
}

const event = (type: string, version: number, payload = {}) => ({
  eventId: `e${version}`,
  type,
  schemaVersion: 1,
  aggregateType: 'fair',
  aggregateId: 'f',
  aggregateVersion: version,
  occurredAt: new Date().toISOString(),
  correlationId: 'c',
  causationId: null,
  actor: SYSTEM_ACTOR,
  payload,
});

describe('AggregateRoot', () => {
  it('changes state only through applied events, and counts new ones as pending', () => {
    const fair = new Booths('f');
    fair.stock(1);
    fair.book();

    expect(fair.remaining).toBe(0);
    expect(fair.uncommitted().map((e) => e.type)).toEqual(['BoothsStocked', 'BoothBooked']);
    expect(fair.loadedVersion).toBe(0);
    expect(fair.version).toBe(2);
    expect(() => fair.book()).toThrow('sold out');
    expect(fair.uncommitted()).toHaveLength(2);
  });

  it('replays history in order and refuses a gap', () => {
    const fair = new Booths('f');
    fair.replay([event('BoothsStocked', 1, { count: 3 }), event('BoothBooked', 2)]);

    expect(fair.remaining).toBe(2);
    expect(fair.loadedVersion).toBe(2);
    expect(() => fair.replay([event('BoothBooked', 4)])).toThrow('expected version 3, got 4');
  });

  it('restores from a snapshot at its version', () => {
    const fair = new Booths('f');
    fair.restoreSnapshot({ free: 7 }, 12);
    fair.book();

    expect(fair.remaining).toBe(6);
    expect(fair.loadedVersion).toBe(12);
    fair.markCommitted();
    expect(fair.loadedVersion).toBe(13);
    expect(fair.uncommitted()).toHaveLength(0);
  });
});
