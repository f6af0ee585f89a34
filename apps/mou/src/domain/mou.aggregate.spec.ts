import {
  InvalidStateError,
  NotFoundError,
  RuleViolationError,
} from '@ocop/common/errors/domain-errors';
import { Actor, EventEnvelope, integrationEventCatalog, SYSTEM_ACTOR } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import { endOfDay, startOfDay } from './calendar';
import { Delivery, Mou, NewMou, PartyRef, SignatureInput } from './mou.aggregate';
import { isCalendarDay, vietnamDay } from '@ocop/contracts/shared/calendar';

// 10:00 in Hà Nội on 1 September 2025.
const now = new Date('2025-09-01T03:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

const distributorId = randomUUID();
const coop = randomUUID();
const farm = randomUUID();
const fairId = randomUUID();
const tea = randomUUID();
const honey = randomUUID();
const jam = randomUUID();

const newMou = (overrides: Partial<NewMou> = {}, terms: Partial<NewMou['terms']> = {}): NewMou => ({
  distributorId,
  producerIds: [coop, farm],
  fairId,
  title: ' MOU tiêu thụ chè và mật ong ',
  ...overrides,
  terms: {
    products: [tea],
    productGroups: ['food'],
    targets: [
      { productId: tea, quantity: 500, unit: 'kg' },
      { productId: honey, quantity: 200, unit: 'lít ' },
    ],
    priceTerms: {
      text: 'giá cố định cả kỳ',
      unitPrices: [{ productId: tea, unitPriceVnd: 350_000 }],
    },
    startDate: '2025-09-01',
    endDate: '2025-12-31',
    obligations: [
      { kind: 'delivery', description: 'first delivery by', dueDate: '2025-09-30', quantity: 50 },
      { kind: 'action', description: 'shelf space in 10 stores', dueDate: '2025-10-15' },
    ],
    ...terms,
  },
});

const parties: PartyRef[] = [
  { partyType: 'distributor', partyId: distributorId },
  { partyType: 'producer', partyId: coop },
  { partyType: 'producer', partyId: farm },
];

const signature = (party: PartyRef, extra: Partial<SignatureInput> = {}): SignatureInput => ({
  ...party,
  signedBy: 'Nguyễn Văn An',
  onBehalfOf: 'Giám đốc',
  ...extra,
});

const raised = (mou: Mou) => mou.uncommitted().map((event) => event.type);
const payloads = (mou: Mou, type: string) =>
  mou
    .uncommitted()
    .filter((event) => event.type === type)
    .map((event) => event.payload);

function drafted(overrides?: Partial<NewMou>, terms?: Partial<NewMou['terms']>): Mou {
  const mou = new Mou(randomUUID());
  mou.draft(newMou(overrides, terms), now);
  mou.markCommitted();
  return mou;
}

function proposed(terms?: Partial<NewMou['terms']>): Mou {
  const mou = drafted({}, terms);
  mou.propose();
  mou.markCommitted();
  return mou;
}

function active(terms?: Partial<NewMou['terms']>): Mou {
  const mou = proposed(terms);
  parties.forEach((party) => mou.sign(signature(party), SYSTEM_ACTOR, now));
  mou.markCommitted();
  return mou;
}

let orderCount = 0;
const delivery = (lines: Delivery['lines'], extra: Partial<Delivery> = {}): Delivery => ({
  orderId: randomUUID(),
  distributorId,
  producerId: coop,
  deliveredAt: later(++orderCount % 5).toISOString(),
  lines,
  ...extra,
});
const noGroups = () => undefined;

describe('Vietnam calendar days', () => {
  it('runs a day from 00:00 to 24:00 at UTC+07:00 and knows real dates', () => {
    expect(startOfDay('2025-09-01').toISOString()).toBe('2025-08-31T17:00:00.000Z');
    expect(endOfDay('2025-12-31').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(vietnamDay(new Date('2025-08-31T17:30:00.000Z'))).toBe('2025-09-01');
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-9-1')).toBe(false);
  });
});

describe('drafting an MOU', () => {
  it('drafts version 1 with its terms completed: target products covered, obligations numbered', () => {
    const mou = new Mou(randomUUID());
    mou.draft(newMou(), now);
    expect(raised(mou)).toEqual(['MouDrafted']);
    expect(mou.uncommitted()[0].payload).toEqual({
      distributorId,
      producerIds: [coop, farm],
      fairId,
      title: 'MOU tiêu thụ chè và mật ong',
      version: 1,
      terms: {
        products: [tea, honey],
        productGroups: ['food'],
        targets: [
          { productId: tea, quantity: 500, unit: 'kg' },
          { productId: honey, quantity: 200, unit: 'lít' },
        ],
        priceTerms: {
          text: 'giá cố định cả kỳ',
          unitPrices: [{ productId: tea, unitPriceVnd: 350_000 }],
        },
        startDate: '2025-09-01',
        endDate: '2025-12-31',
        obligations: [
          {
            obligationId: 'o1',
            kind: 'delivery',
            description: 'first delivery by',
            dueDate: '2025-09-30',
            quantity: 50,
          },
          {
            obligationId: 'o2',
            kind: 'action',
            description: 'shelf space in 10 stores',
            dueDate: '2025-10-15',
          },
        ],
      },
    });
    expect(mou.view()).toMatchObject({
      status: 'drafted',
      fairId,
      versionInForce: null,
      pendingVersion: { version: 1, state: 'drafted', awaitingSignatures: parties },
      targets: [
        { productId: tea, quantity: 500, unit: 'kg', delivered: 0, percent: 0, met: false },
        { productId: honey, quantity: 200, unit: 'lít', delivered: 0, percent: 0, met: false },
      ],
      parties,
    });
  });

  it('refuses terms that break the rules, naming the rule', () => {
    const mou = new Mou(randomUUID());
    const attempt =
      (overrides: Partial<NewMou>, terms: Partial<NewMou['terms']> = {}) =>
      () =>
        mou.draft(newMou(overrides, terms), now);
    expect(attempt({ producerIds: [] })).toThrow(
      new RuleViolationError('an MOU needs at least one producer'),
    );
    expect(attempt({ producerIds: [distributorId] })).toThrow(
      /both the distributor and a producer/,
    );
    expect(attempt({}, { targets: [] })).toThrow(/at least one target/);
    expect(
      attempt(
        {},
        {
          targets: [
            { productId: tea, quantity: 1, unit: 'kg' },
            { productId: tea, quantity: 2, unit: 'kg' },
          ],
        },
      ),
    ).toThrow(`product ${tea} has more than one target`);
    expect(attempt({}, { priceTerms: {} })).toThrow(/priceTerms need a text, unit prices/);
    expect(
      attempt({}, { priceTerms: { unitPrices: [{ productId: jam, unitPriceVnd: 1 }] } }),
    ).toThrow(/priceTerms.unitPrices.0: product .* is not covered/);
    expect(attempt({}, { startDate: '2025-12-01', endDate: '2025-11-30' })).toThrow(
      'endDate 2025-11-30 is before startDate 2025-12-01',
    );
    expect(attempt({}, { startDate: '2025-06-01', endDate: '2025-08-31' })).toThrow(
      'the period ended on 2025-08-31; today is 2025-09-01',
    );
    expect(attempt({}, { endDate: '2025-02-30' })).toThrow(
      'endDate 2025-02-30 is not a calendar day',
    );
    expect(
      attempt({}, { obligations: [{ kind: 'action', description: 'x', dueDate: '2026-01-05' }] }),
    ).toThrow('obligations.0.dueDate 2026-01-05 is outside the period 2025-09-01 to 2025-12-31');
    expect(
      attempt({}, { obligations: [{ kind: 'delivery', description: 'x', dueDate: '2025-10-01' }] }),
    ).toThrow(/obligations.0.quantity: a delivery obligation needs the volume/);
    expect(
      attempt(
        {},
        {
          obligations: [{ kind: 'action', description: 'x', dueDate: '2025-10-01', quantity: 3 }],
        },
      ),
    ).toThrow(/an action obligation is met by a party's word/);
    expect(mou.uncommitted()).toHaveLength(0);
  });

  it('lets a producer or distributor draft only an MOU it is a party to', () => {
    const draft = (actor: Actor) => () => new Mou(randomUUID()).draft(newMou(), now, actor);
    expect(draft({ id: farm, role: 'producer' })).not.toThrow();
    expect(draft({ id: distributorId, role: 'distributor' })).not.toThrow();
    expect(draft({ id: 'officer-7', role: 'officer' })).not.toThrow();
    expect(draft({ id: coop, role: 'distributor' })).toThrow(
      `distributor ${coop} cannot draft an MOU it is not a party to`,
    );
    const mou = drafted();
    expect(() => mou.requireActorIsParty({ id: jam, role: 'producer' })).toThrow(
      new RuleViolationError(`producer ${jam} is not a party to MOU ${mou.id}`),
    );
    expect(() => mou.requireActorIsParty({ id: coop, role: 'producer' })).not.toThrow();
    expect(() => mou.requireActorIsParty({ id: 'admin', role: 'admin' })).not.toThrow();
  });

  it('drafts once', () => {
    const mou = drafted();
    expect(() => mou.draft(newMou(), now)).toThrow(InvalidStateError);
  });
});

describe('proposing and signing', () => {
  it('collects one MouSigned per party and activates with the last one', () => {
    const mou = drafted();
    expect(() => mou.sign(signature(parties[0]), SYSTEM_ACTOR, now)).toThrow(
      /it is a draft; propose it first \(current state: drafted\)/,
    );
    mou.propose();
    expect(raised(mou)).toEqual(['MouProposed']);
    mou.markCommitted();

    expect(mou.sign(signature(parties[1]), SYSTEM_ACTOR, now)).toEqual({
      version: 1,
      activated: false,
      fulfilled: false,
    });
    expect(mou.sign(signature(parties[0]), SYSTEM_ACTOR, later(1))).toMatchObject({
      activated: false,
    });
    expect(mou.view()).toMatchObject({
      status: 'proposed',
      pendingVersion: { state: 'awaiting-signatures', awaitingSignatures: [parties[2]] },
    });
    expect(mou.sign(signature(parties[2]), SYSTEM_ACTOR, later(2))).toMatchObject({
      version: 1,
      activated: true,
    });
    expect(raised(mou)).toEqual(['MouSigned', 'MouSigned', 'MouSigned', 'MouActivated']);
    expect(payloads(mou, 'MouSigned')[0]).toEqual({
      version: 1,
      partyType: 'producer',
      partyId: coop,
      signedBy: 'Nguyễn Văn An',
      onBehalfOf: 'Giám đốc',
      signedAt: now.toISOString(),
    });
    expect(payloads(mou, 'MouActivated')[0]).toEqual({
      version: 1,
      activatedAt: later(2).toISOString(),
      startDate: '2025-09-01',
      endDate: '2025-12-31',
    });
    const view = mou.view()!;
    expect(view).toMatchObject({
      status: 'active',
      pendingVersion: null,
      activeSince: later(2).toISOString(),
      versionInForce: { version: 1, state: 'in-force', awaitingSignatures: [] },
    });
    expect(view.versionInForce!.signatures).toHaveLength(3);
  });

  it('lets only parties sign, each only for itself and once per version', () => {
    const mou = proposed();
    const stranger = { partyType: 'producer' as const, partyId: randomUUID() };
    expect(() => mou.sign(signature(stranger), SYSTEM_ACTOR, now)).toThrow(
      new RuleViolationError(
        `producer ${stranger.partyId} is not a party to MOU ${mou.id}; only its parties sign it`,
      ),
    );
    const farmUser: Actor = { id: farm, role: 'producer' };
    expect(() => mou.sign(signature(parties[1]), farmUser, now)).toThrow(
      /producer .* cannot sign for producer .*: a party signs only for itself/,
    );
    expect(() => mou.sign(signature(parties[0]), { id: farm, role: 'producer' }, now)).toThrow(
      RuleViolationError,
    );
    mou.sign(signature(parties[2]), farmUser, now);
    expect(() => mou.sign(signature(parties[2]), SYSTEM_ACTOR, now)).toThrow(
      /signed version 1 of MOU .* already/,
    );
    expect(() => mou.sign(signature(parties[1], { version: 2 }), SYSTEM_ACTOR, now)).toThrow(
      /version 1 is the one awaiting signatures/,
    );
    expect(() => mou.sign(signature(parties[1], { signedBy: '  ' }), SYSTEM_ACTOR, now)).toThrow(
      RuleViolationError,
    );
  });

  it('answers 409-style errors naming the state for commands that do not fit it', () => {
    const mou = active();
    expect(() => mou.propose()).toThrow(
      new InvalidStateError(`cannot propose MOU ${mou.id}: only a drafted MOU allows it`, 'active'),
    );
    expect(() => mou.sign(signature(parties[0]), SYSTEM_ACTOR, now)).toThrow(
      /no amendment awaits signatures \(current state: active\)/,
    );
    mou.terminate('nhà phân phối ngừng kinh doanh');
    mou.markCommitted();
    for (const command of [
      () => mou.terminate('again'),
      () => mou.amend({ endDate: '2026-01-31' }, undefined, now),
      () => mou.sign(signature(parties[0]), SYSTEM_ACTOR, now),
      () => mou.meetObligation('o2', undefined, now),
    ]) {
      expect(command).toThrow(/current state: terminated/);
    }
    expect(() => new Mou(randomUUID()).propose()).toThrow(NotFoundError);
  });
});

describe('recording deliveries', () => {
  it('counts covered lines once per order, keeps progress and meets delivery obligations', () => {
    const mou = active();
    const first = delivery([
      { productId: tea, quantity: 60 },
      { productId: jam, quantity: 5 },
    ]);
    expect(mou.recordDelivery(first, noGroups)).toEqual({
      counted: true,
      lines: [{ productId: tea, quantity: 60 }],
      fulfilled: false,
    });
    expect(raised(mou)).toEqual(['MouFulfilmentRecorded', 'ObligationMet']);
    expect(payloads(mou, 'ObligationMet')[0]).toEqual({
      version: 1,
      obligationId: 'o1',
      by: 'deliveries',
      metAt: first.deliveredAt,
      late: false,
    });
    expect(mou.recordDelivery(first, noGroups)).toMatchObject({
      counted: false,
      reason: 'already-counted',
    });
    // Another event id, same order: still once.
    expect(
      mou.recordDelivery({ ...first, deliveredAt: later(3).toISOString() }, noGroups),
    ).toMatchObject({
      reason: 'already-counted',
    });
    expect(mou.view()).toMatchObject({
      targets: [
        { productId: tea, delivered: 60, percent: 12, met: false },
        { productId: honey, delivered: 0, percent: 0, met: false },
      ],
      obligations: [
        { obligationId: 'o1', status: 'met', delivered: 60, metBy: 'deliveries', late: false },
        { obligationId: 'o2', status: 'open', delivered: null },
      ],
      countedOrders: 1,
    });
  });

  it('counts products of a covered group as producers registered them', () => {
    const mou = active();
    const outcome = mou.recordDelivery(delivery([{ productId: jam, quantity: 7 }]), (id) =>
      id === jam ? 'food' : undefined,
    );
    expect(outcome).toMatchObject({ counted: true, lines: [{ productId: jam, quantity: 7 }] });
    expect(
      mou.recordDelivery(delivery([{ productId: jam, quantity: 7 }]), () => 'handicraft'),
    ).toMatchObject({ counted: false, reason: 'no-covered-product' });
  });

  it('ignores orders of another distributor, even to one of its producers', () => {
    const mou = active();
    const lines = [{ productId: tea, quantity: 1 }];
    const other = randomUUID();
    expect(mou.recordDelivery(delivery(lines, { distributorId: other }), noGroups)).toEqual({
      counted: false,
      reason: 'distributor-not-a-party',
      detail: `distributor ${other} is not the distributor of MOU ${mou.id}`,
    });
    expect(raised(mou)).toEqual([]);
    // A delivery that names no distributor (orders delivered before it was published) is
    // checked on its producer only; one that names the MOU's own distributor records it.
    const older = { ...delivery(lines), distributorId: undefined };
    expect(mou.recordDelivery(older, noGroups)).toMatchObject({ counted: true });
    expect(payloads(mou, 'MouFulfilmentRecorded')[0]).not.toHaveProperty('distributorId');
    mou.markCommitted();
    expect(mou.recordDelivery(delivery(lines), noGroups)).toMatchObject({ counted: true });
    expect(payloads(mou, 'MouFulfilmentRecorded')[0]).toMatchObject({ distributorId });
  });

  it('ignores other producers, deliveries outside the active period, and MOUs not active', () => {
    const mou = active();
    const lines = [{ productId: tea, quantity: 1 }];
    expect(
      mou.recordDelivery(delivery(lines, { producerId: randomUUID() }), noGroups),
    ).toMatchObject({
      reason: 'producer-not-a-party',
    });
    expect(
      mou.recordDelivery(delivery(lines, { deliveredAt: later(-1).toISOString() }), noGroups),
    ).toMatchObject({ reason: 'outside-period' });
    expect(
      mou.recordDelivery(delivery(lines, { deliveredAt: '2025-12-31T17:00:00.000Z' }), noGroups),
    ).toMatchObject({ reason: 'outside-period' });
    expect(
      mou.recordDelivery(delivery(lines, { deliveredAt: '2025-12-31T16:59:59.000Z' }), noGroups),
    ).toMatchObject({ counted: true });
    expect(proposed().recordDelivery(delivery(lines), noGroups)).toMatchObject({
      reason: 'mou-not-active',
    });
    expect(new Mou(randomUUID()).recordDelivery(delivery(lines), noGroups)).toMatchObject({
      reason: 'unknown-mou',
    });
  });

  it('is fulfilled once every target is met, and then counts nothing more', () => {
    const mou = active();
    mou.recordDelivery(delivery([{ productId: tea, quantity: 500 }]), noGroups);
    mou.markCommitted();
    const last = delivery([{ productId: honey, quantity: 250 }], { producerId: farm });
    expect(mou.recordDelivery(last, noGroups)).toMatchObject({ counted: true, fulfilled: true });
    expect(raised(mou)).toEqual(['MouFulfilmentRecorded', 'MouFulfilled']);
    expect(payloads(mou, 'MouFulfilled')[0]).toEqual({
      version: 1,
      fulfilledAt: last.deliveredAt,
      totals: [
        { productId: tea, quantity: 500 },
        { productId: honey, quantity: 250 },
      ],
    });
    expect(mou.view()).toMatchObject({
      status: 'fulfilled',
      fulfilledAt: last.deliveredAt,
      targets: [
        { productId: tea, percent: 100, met: true },
        { productId: honey, delivered: 250, percent: 125, met: true },
      ],
    });
    expect(mou.recordDelivery(delivery([{ productId: tea, quantity: 1 }]), noGroups)).toMatchObject(
      {
        reason: 'mou-not-active',
      },
    );
    expect(mou.expireAt(later(200))).toBe('ended');
  });
});

describe('amending', () => {
  it('keeps the version in force counting until every party signed the new one', () => {
    const mou = active();
    mou.recordDelivery(delivery([{ productId: tea, quantity: 100 }]), noGroups);
    mou.markCommitted();

    const version = mou.amend(
      { targets: [{ productId: tea, quantity: 300, unit: 'kg' }], endDate: '2026-03-31' },
      'mở rộng thời hạn',
      later(5),
    );
    expect(version).toBe(2);
    expect(payloads(mou, 'MouAmended')[0]).toMatchObject({
      version: 2,
      basedOn: 1,
      reason: 'mở rộng thời hạn',
      changes: ['targets', 'endDate'],
      terms: { products: [tea, honey], endDate: '2026-03-31' },
    });
    mou.markCommitted();
    expect(mou.view()).toMatchObject({
      status: 'active',
      versionInForce: { version: 1, state: 'in-force' },
      pendingVersion: { version: 2, state: 'awaiting-signatures', awaitingSignatures: parties },
      targets: [
        { productId: tea, quantity: 500 },
        { productId: honey, quantity: 200 },
      ],
    });

    // Still version 1's terms: the honey target counts, deliveries are recorded under version 1.
    mou.recordDelivery(delivery([{ productId: honey, quantity: 10 }]), noGroups);
    expect(payloads(mou, 'MouFulfilmentRecorded')[0]).toMatchObject({ version: 1 });
    mou.markCommitted();

    mou.sign(signature(parties[0]), SYSTEM_ACTOR, later(6));
    mou.sign(signature(parties[1]), SYSTEM_ACTOR, later(6));
    expect(mou.view()!.versionInForce!.version).toBe(1);
    const outcome = mou.sign(signature(parties[2]), SYSTEM_ACTOR, later(7));
    expect(outcome).toEqual({ version: 2, activated: true, fulfilled: false });
    expect(payloads(mou, 'MouActivated')[0]).toMatchObject({ version: 2, previousVersion: 1 });
    mou.markCommitted();
    expect(mou.view()).toMatchObject({
      versionInForce: { version: 2, state: 'in-force' },
      pendingVersion: null,
      targets: [{ productId: tea, quantity: 300, delivered: 100 }],
      versions: [
        { version: 1, state: 'superseded', basedOn: null },
        { version: 2, state: 'in-force', basedOn: 1 },
      ],
      activeSince: expect.any(String),
    });
  });

  it('is fulfilled at activation when the new targets are met already', () => {
    const mou = active();
    mou.recordDelivery(delivery([{ productId: tea, quantity: 120 }]), noGroups);
    mou.amend({ targets: [{ productId: tea, quantity: 100, unit: 'kg' }] }, undefined, now);
    mou.markCommitted();
    parties.forEach((party) => mou.sign(signature(party), SYSTEM_ACTOR, later(1)));
    // o1 (50 delivered by 30 September) was met under version 1 and is carried over unchanged.
    expect(raised(mou).slice(-2)).toEqual(['MouActivated', 'MouFulfilled']);
    expect(payloads(mou, 'MouActivated')[0]).toMatchObject({
      version: 2,
      previousVersion: 1,
      carriedObligations: [
        { obligationId: 'o1', previousObligationId: 'o1' },
        { obligationId: 'o2', previousObligationId: 'o2' },
      ],
    });
    expect(mou.status).toBe('fulfilled');
  });

  it('carries obligations the amendment leaves unchanged, met or overdue, into the new version', () => {
    const mou = active();
    mou.meetObligation('o2', undefined, now);
    mou.amend(
      {
        obligations: [
          {
            kind: 'delivery',
            description: 'first delivery by',
            dueDate: '2025-10-31',
            quantity: 50,
          },
          { kind: 'action', description: 'shelf space in 10 stores', dueDate: '2025-10-15' },
        ],
      },
      undefined,
      now,
    );
    mou.markCommitted();
    parties.forEach((party) => mou.sign(signature(party), SYSTEM_ACTOR, later(1)));
    expect(payloads(mou, 'MouActivated')[0]).toMatchObject({
      carriedObligations: [{ obligationId: 'o2', previousObligationId: 'o2' }],
    });
    expect(mou.view()!.obligations).toMatchObject([
      { obligationId: 'o1', dueDate: '2025-10-31', status: 'open' },
      { obligationId: 'o2', status: 'met', metBy: 'party' },
    ]);
  });

  it('replaces an unsigned version, signatures and all; a draft stays a draft', () => {
    const mou = proposed();
    mou.sign(signature(parties[0]), SYSTEM_ACTOR, now);
    mou.amend({ priceTerms: { text: 'giá theo thị trường' } }, undefined, now);
    mou.markCommitted();
    expect(mou.view()).toMatchObject({
      status: 'proposed',
      versionInForce: null,
      pendingVersion: { version: 2, signatures: [], awaitingSignatures: parties },
      versions: [
        { version: 1, state: 'replaced' },
        { version: 2, state: 'awaiting-signatures' },
      ],
    });
    const draft = drafted();
    draft.amend({ productGroups: [] }, undefined, now);
    expect(draft.view()).toMatchObject({ status: 'drafted', pendingVersion: { state: 'drafted' } });
  });

  it('refuses an amendment that changes nothing or breaks the terms rules', () => {
    const mou = active();
    expect(() => mou.amend({}, undefined, now)).toThrow(/nothing to amend/);
    expect(() => mou.amend({ endDate: '2025-12-31' }, undefined, now)).toThrow(
      'the amendment changes nothing in version 1',
    );
    expect(() => mou.amend({ endDate: '2025-08-01' }, undefined, now)).toThrow(RuleViolationError);
  });
});

describe('obligations', () => {
  it('reports an unmet obligation overdue once its due day is over, once', () => {
    const mou = active();
    const dueAt = endOfDay('2025-10-15');
    expect(mou.markOverdue(1, 'o2', new Date(dueAt.getTime() - 1))).toBe('not-due');
    expect(mou.markOverdue(1, 'o2', dueAt)).toBe('overdue');
    expect(payloads(mou, 'ObligationOverdue')[0]).toEqual({
      version: 1,
      obligationId: 'o2',
      kind: 'action',
      description: 'shelf space in 10 stores',
      dueDate: '2025-10-15',
    });
    expect(mou.markOverdue(1, 'o2', dueAt)).toBe('already-overdue');
    expect(mou.stillOverdue(1, 'o2')).toBe(true);
    expect(mou.view()!.obligations[1]).toMatchObject({ status: 'overdue', reportedOverdue: true });

    mou.meetObligation('o2', 'đã bố trí kệ', later(50));
    expect(payloads(mou, 'ObligationMet')[0]).toMatchObject({ by: 'party', late: true });
    expect(mou.stillOverdue(1, 'o2')).toBe(false);
    expect(mou.view()!.obligations[1]).toMatchObject({
      status: 'met',
      reportedOverdue: true,
      note: 'đã bố trí kệ',
    });
    expect(() => mou.meetObligation('o2', undefined, now)).toThrow(/was met already/);
  });

  it('does nothing for a met obligation, another version, or an MOU that ended', () => {
    const mou = active();
    mou.recordDelivery(delivery([{ productId: tea, quantity: 50 }]), noGroups);
    expect(mou.markOverdue(1, 'o1', later(100))).toBe('met');
    expect(mou.markOverdue(2, 'o1', later(100))).toBe('not-in-force');
    expect(mou.markOverdue(1, 'o9', later(100))).toBe('unknown-obligation');
    expect(proposed().markOverdue(1, 'o2', later(100))).toBe('not-in-force');
    mou.terminate('hết nhu cầu');
    expect(mou.markOverdue(1, 'o2', later(100))).toBe('ended');
  });

  it('meets a delivery obligation only by deliveries', () => {
    const mou = active();
    expect(() => mou.meetObligation('o1', undefined, now)).toThrow(
      /delivery obligation: it is met when recorded deliveries reach 50/,
    );
    expect(() => mou.meetObligation('o7', undefined, now)).toThrow(NotFoundError);
    expect(() => proposed().meetObligation('o2', undefined, now)).toThrow(
      /current state: proposed/,
    );
  });
});

describe('expiry', () => {
  it('expires at the end of the end date of the version in force; early or twice, nothing', () => {
    const mou = active();
    const end = endOfDay('2025-12-31');
    expect(mou.expireAt(new Date(end.getTime() - 1))).toBe('not-due');
    expect(mou.expireAt(end)).toBe('expired');
    expect(payloads(mou, 'MouExpired')[0]).toEqual({
      version: 1,
      endDate: '2025-12-31',
      expiredAt: end.toISOString(),
      previousStatus: 'active',
    });
    expect(mou.expireAt(end)).toBe('ended');
  });

  it('goes by the version in force while an amendment with another end date awaits signatures', () => {
    const mou = active();
    mou.amend({ endDate: '2026-06-30' }, undefined, now);
    expect(mou.governingVersion!.terms.endDate).toBe('2025-12-31');
    expect(mou.expireAt(endOfDay('2025-12-31'))).toBe('expired');
    expect(mou.view()).toMatchObject({
      status: 'expired',
      pendingVersion: null,
      versions: [
        { version: 1, state: 'in-force' },
        { version: 2, state: 'lapsed' },
      ],
    });
  });

  it('expires a proposal nobody finished signing at the end of its period', () => {
    const mou = proposed();
    expect(mou.expireAt(endOfDay('2025-12-31'))).toBe('expired');
    expect(payloads(mou, 'MouExpired')[0]).toMatchObject({ previousStatus: 'proposed' });
  });
});

describe('replay', () => {
  it('rebuilds the same state from its events and from a snapshot; every payload fits the contract', () => {
    const catalog = integrationEventCatalog();
    const history: EventEnvelope[] = [];
    const mou = new Mou(randomUUID());
    const commit = () => {
      mou.uncommitted().forEach((event) => {
        // What the event store checks before it appends.
        catalog.checkPayload(event.type, event.payload);
        history.push({
          eventId: randomUUID(),
          type: event.type,
          schemaVersion: 1,
          aggregateType: 'mou',
          aggregateId: mou.id,
          aggregateVersion: history.length + 1,
          occurredAt: now.toISOString(),
          correlationId: 'test',
          causationId: null,
          actor: SYSTEM_ACTOR,
          payload: JSON.parse(JSON.stringify(event.payload)) as Record<string, unknown>,
        });
      });
      mou.markCommitted();
    };
    mou.draft(newMou(), now);
    commit();
    mou.propose();
    commit();
    parties.forEach((party) => mou.sign(signature(party), SYSTEM_ACTOR, now));
    commit();
    mou.recordDelivery(delivery([{ productId: tea, quantity: 70 }]), noGroups);
    mou.markOverdue(1, 'o2', endOfDay('2025-10-15'));
    commit();
    mou.amend({ endDate: '2026-02-28' }, 'gia hạn', now);
    parties.forEach((party) => mou.sign(signature(party), SYSTEM_ACTOR, later(1)));
    commit();
    mou.meetObligation('o2', 'xong', later(50));
    mou.amend({ targets: [{ productId: tea, quantity: 80, unit: 'kg' }] }, undefined, later(50));
    mou.sign(signature(parties[0]), SYSTEM_ACTOR, later(51));
    commit();
    expect(history.map((event) => event.type)).toEqual([
      'MouDrafted',
      'MouProposed',
      'MouSigned',
      'MouSigned',
      'MouSigned',
      'MouActivated',
      'MouFulfilmentRecorded',
      'ObligationMet',
      'ObligationOverdue',
      'MouAmended',
      'MouSigned',
      'MouSigned',
      'MouSigned',
      'MouActivated',
      'ObligationMet',
      'MouAmended',
      'MouSigned',
    ]);

    const again = new Mou(mou.id);
    again.replay(history);
    expect(again.view()).toEqual(mou.view());
    expect(again.version).toBe(history.length);

    // A snapshot goes through MongoDB as a document: only JSON values survive.
    const restored = new Mou(mou.id);
    restored.restoreSnapshot(JSON.parse(JSON.stringify(mou.snapshot())), mou.version);
    expect(restored.view()).toEqual(mou.view());
    restored.expireAt(endOfDay('2026-02-28'));
    expect(restored.uncommitted().map((event) => event.type)).toEqual(['MouExpired']);
  });
});
