import {
  InvalidStateError,
  NotFoundError,
  RuleViolationError,
} from '@ocop/common/errors/domain-errors';
import { MAX_PRODUCERS } from '@ocop/contracts/mou/limits';
import { vietnamDay } from '@ocop/contracts/shared/calendar';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  Actor,
  AGGREGATE_TYPES,
  EventOf,
  MouActivated,
  MouAmended,
  MouDrafted,
  MouEvents,
  MouExpired,
  MouFulfilled,
  MouFulfilmentRecorded,
  MouObligation,
  MouPartyType,
  MouProposed,
  MouSigned,
  MouStatus,
  MouTerminated,
  MouTerms,
  ObligationMet,
  ObligationOverdue,
  ProductGroup,
  SYSTEM_ACTOR,
} from '@ocop/events';
import { endOfDay, startOfDay } from './calendar';
import {
  changedFields,
  normaliseTerms,
  TERMS_FIELDS,
  TermsChanges,
  TermsInput,
  termsAsInput,
} from './mou-terms';

const ENDED: readonly MouStatus[] = ['fulfilled', 'expired', 'terminated'];
type OpenStatus = 'drafted' | 'proposed' | 'active';

export interface NewMou {
  distributorId: string;
  producerIds: string[];
  fairId?: string;
  title?: string;
  terms: TermsInput;
}

export interface PartyRef {
  partyType: MouPartyType;
  partyId: string;
}

export interface SignatureInput extends PartyRef {
  signedBy: string;
  onBehalfOf: string;
  /** When given, the version the signer read: signing fails if another one awaits signatures. */
  version?: number;
}

export interface Signature extends PartyRef {
  signedBy: string;
  onBehalfOf: string;
  signedAt: string;
}

/**
 * drafted: not yet put to the parties; awaiting-signatures: proposed, collecting signatures;
 * in-force: signed by all, the terms that count; superseded: was in force, replaced by a later
 * signed version; replaced: never fully signed, replaced by a later amendment; lapsed: never fully
 * signed when the MOU ended.
 */
export type VersionState =
  'drafted' | 'awaiting-signatures' | 'in-force' | 'superseded' | 'replaced' | 'lapsed';

interface ObligationRecord extends MouObligation {
  overdue: boolean;
  met?: { at: string; by: ObligationMet['by']; note?: string; late: boolean };
}

interface VersionRecord {
  version: number;
  basedOn?: number;
  reason?: string;
  terms: MouTerms;
  state: VersionState;
  signatures: Signature[];
  activatedAt?: string;
  obligations: ObligationRecord[];
}

interface Volume {
  productId: string;
  quantity: number;
}

interface MouState {
  status?: MouStatus;
  distributorId?: string;
  producerIds: string[];
  fairId?: string;
  title?: string;
  versions: VersionRecord[];
  inForce?: number;
  pending?: number;
  /** When the MOU first became active: deliveries before it do not count. */
  activeSince?: string;
  /** Delivered volume per product, over every counted order. */
  delivered: Volume[];
  /** Orders already counted, so a redelivered or duplicated OrderDelivered counts once. */
  orders: string[];
  fulfilledAt?: string;
  expiredAt?: string;
  terminationReason?: string;
}

/** An OrderDelivered that names this MOU. */
export interface Delivery {
  orderId: string;
  /** The order's distributor; absent only in deliveries of orders from before it was published. */
  distributorId?: string;
  producerId: string;
  deliveredAt: string;
  lines: Volume[];
}

export const IGNORED_DELIVERY_REASONS = [
  'unknown-mou',
  'already-counted',
  'mou-not-active',
  'distributor-not-a-party',
  'producer-not-a-party',
  'outside-period',
  'no-covered-product',
] as const;
export type IgnoredDeliveryReason = (typeof IGNORED_DELIVERY_REASONS)[number];

/** What a delivery did; one that does not count raises no event and says why. */
export type DeliveryOutcome =
  | { counted: true; lines: Volume[]; fulfilled: boolean }
  | { counted: false; reason: IgnoredDeliveryReason; detail: string };

export interface SignOutcome {
  version: number;
  activated: boolean;
  fulfilled: boolean;
}

export type ExpiryOutcome = 'expired' | 'unknown' | 'ended' | 'not-due';
export type OverdueOutcome =
  | 'overdue'
  | 'unknown'
  | 'ended'
  | 'not-in-force'
  | 'unknown-obligation'
  | 'met'
  | 'already-overdue'
  | 'not-due';

export interface VersionView {
  version: number;
  state: VersionState;
  basedOn: number | null;
  reason: string | null;
  terms: MouTerms;
  signatures: Signature[];
  awaitingSignatures: PartyRef[];
  activatedAt: string | null;
}

export interface TargetProgress {
  productId: string;
  quantity: number;
  unit: string;
  delivered: number;
  /** delivered / target, in per cent with one decimal; above 100 when delivered beyond it. */
  percent: number;
  met: boolean;
}

export interface ObligationView extends MouObligation {
  status: 'open' | 'met' | 'overdue';
  /** Reported overdue (ObligationOverdue) at some point, even if met late since. */
  reportedOverdue: boolean;
  /** delivery obligations: the volume counted towards it so far. */
  delivered: number | null;
  metAt: string | null;
  metBy: ObligationMet['by'] | null;
  note: string | null;
  late: boolean | null;
}

export interface MouView {
  mouId: string;
  title: string | null;
  status: MouStatus;
  distributorId: string;
  producerIds: string[];
  parties: PartyRef[];
  fairId: string | null;
  versionInForce: VersionView | null;
  pendingVersion: VersionView | null;
  /** Progress against the targets of the version in force (of the pending one before activation). */
  targets: TargetProgress[];
  /** The obligations of the version in force (of the pending one before activation). */
  obligations: ObligationView[];
  delivered: Volume[];
  countedOrders: number;
  activeSince: string | null;
  fulfilledAt: string | null;
  expiredAt: string | null;
  terminationReason: string | null;
  versions: { version: number; state: VersionState; basedOn: number | null }[];
  /** The aggregate's version (events so far). */
  version: number;
}

const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];
const percent = (delivered: number, target: number) =>
  Math.round((delivered * 1_000) / target) / 10;

/**
 * A memorandum of understanding on sales cooperation between one distributor and one or more
 * producers. drafted → proposed → (each party signs) → active → fulfilled | expired; terminated
 * with a reason from any state before those. Its terms are versioned: an amendment is a new version
 * that needs every signature again, while the version in force keeps counting until then.
 */
export class Mou extends AggregateRoot<MouEvents, MouState> {
  private state: MouState = { producerIds: [], versions: [], delivered: [], orders: [] };

  constructor(id: string) {
    super(AGGREGATE_TYPES.mou, id);
  }

  get isDrafted(): boolean {
    return this.state.status !== undefined;
  }

  get status(): MouStatus | undefined {
    return this.state.status;
  }

  get hasEnded(): boolean {
    return this.state.status !== undefined && ENDED.includes(this.state.status);
  }

  /** The version in force, if any. */
  get versionInForce(): VersionRecord | undefined {
    return this.versionRecord(this.state.inForce);
  }

  /** The version awaiting signatures (or the draft), if any. */
  get pendingVersion(): VersionRecord | undefined {
    return this.versionRecord(this.state.pending);
  }

  /** A version's terms, for the jobs to schedule (expiry at its end, obligation deadlines). */
  terms(version: number): MouTerms | undefined {
    return this.versionRecord(version)?.terms;
  }

  /** The version whose end date ends the MOU: the one in force, or the latest before activation. */
  get governingVersion(): VersionRecord | undefined {
    return this.state.status === 'active' ? this.versionInForce : this.latestVersion;
  }

  parties(): PartyRef[] {
    if (!this.state.distributorId) return [];
    return [
      { partyType: 'distributor', partyId: this.state.distributorId },
      ...this.state.producerIds.map((partyId) => ({ partyType: 'producer' as const, partyId })),
    ];
  }

  isParty(party: PartyRef): boolean {
    return this.parties().some(
      (p) => p.partyType === party.partyType && p.partyId === party.partyId,
    );
  }

  /**
   * A producer or a distributor (as the gateway names the caller) acts only on MOUs it is a party
   * to; officers, admins and the system act on any.
   */
  requireActorIsParty(actor: Actor): void {
    if (actor.role !== 'producer' && actor.role !== 'distributor') return;
    if (!this.isParty({ partyType: actor.role, partyId: actor.id })) {
      throw new RuleViolationError(`${actor.role} ${actor.id} is not a party to MOU ${this.id}`);
    }
  }

  draft(mou: NewMou, now: Date, actor: Actor = SYSTEM_ACTOR): void {
    if (this.isDrafted) {
      throw new InvalidStateError(`MOU ${this.id} is drafted already`, this.state.status);
    }
    const drafter = actor.role === 'producer' || actor.role === 'distributor' ? actor : undefined;
    if (
      drafter &&
      !(drafter.role === 'distributor'
        ? drafter.id === mou.distributorId
        : mou.producerIds.includes(drafter.id))
    ) {
      throw new RuleViolationError(
        `${drafter.role} ${drafter.id} cannot draft an MOU it is not a party to`,
      );
    }
    const producerIds = distinct(mou.producerIds);
    if (producerIds.length === 0) {
      throw new RuleViolationError('an MOU needs at least one producer');
    }
    if (producerIds.length > MAX_PRODUCERS) {
      throw new RuleViolationError(`an MOU has at most ${MAX_PRODUCERS} producers`);
    }
    if (producerIds.includes(mou.distributorId)) {
      throw new RuleViolationError(
        `${mou.distributorId} cannot be both the distributor and a producer of the MOU`,
      );
    }
    const title = mou.title?.trim();
    const payload: MouDrafted = {
      distributorId: mou.distributorId,
      producerIds,
      ...(mou.fairId ? { fairId: mou.fairId } : {}),
      ...(title ? { title } : {}),
      version: 1,
      terms: normaliseTerms(mou.terms, vietnamDay(now)),
    };
    this.raise('MouDrafted', payload);
  }

  /** Puts the draft to the parties: from now on each of them may sign it. */
  propose(): void {
    this.requireStatus('propose', ['drafted']);
    this.raise('MouProposed', { version: this.state.pending! } satisfies MouProposed);
  }

  /**
   * One party signs the version awaiting signatures. Only a party signs, and a producer or a
   * distributor (as the gateway names the caller) only for itself. The last signature activates
   * the version: it is in force from now, replacing the one before.
   */
  sign(input: SignatureInput, actor: Actor, now: Date): SignOutcome {
    const status = this.requireExisting();
    if (status === 'drafted') {
      throw new InvalidStateError(
        `cannot sign MOU ${this.id}: it is a draft; propose it first`,
        status,
      );
    }
    if (this.hasEnded) {
      throw new InvalidStateError(`cannot sign MOU ${this.id}: it has ended`, status);
    }
    const pending = this.pendingVersion;
    if (!pending) {
      throw new InvalidStateError(
        `cannot sign MOU ${this.id}: version ${this.state.inForce} is in force, signed by every party, and no amendment awaits signatures`,
        status,
      );
    }
    if (input.version !== undefined && input.version !== pending.version) {
      throw new InvalidStateError(
        `cannot sign version ${input.version} of MOU ${this.id}: version ${pending.version} is the one awaiting signatures`,
        status,
      );
    }
    const party = { partyType: input.partyType, partyId: input.partyId };
    if (!this.isParty(party)) {
      throw new RuleViolationError(
        `${party.partyType} ${party.partyId} is not a party to MOU ${this.id}; only its parties sign it`,
      );
    }
    if (
      (actor.role === 'producer' || actor.role === 'distributor') &&
      (actor.role !== party.partyType || actor.id !== party.partyId)
    ) {
      throw new RuleViolationError(
        `${actor.role} ${actor.id} cannot sign for ${party.partyType} ${party.partyId}: a party signs only for itself`,
      );
    }
    const earlier = pending.signatures.find(
      (s) => s.partyType === party.partyType && s.partyId === party.partyId,
    );
    if (earlier) {
      throw new InvalidStateError(
        `${party.partyType} ${party.partyId} signed version ${pending.version} of MOU ${this.id} already, at ${earlier.signedAt}`,
        status,
      );
    }
    const signedBy = input.signedBy.trim();
    const onBehalfOf = input.onBehalfOf.trim();
    if (!signedBy || !onBehalfOf) {
      throw new RuleViolationError(
        'a signature names who signed (signedBy) and for whom (onBehalfOf)',
      );
    }
    this.raise('MouSigned', {
      version: pending.version,
      ...party,
      signedBy,
      onBehalfOf,
      signedAt: now.toISOString(),
    } satisfies MouSigned);

    const unsigned = this.awaiting(pending);
    if (unsigned.length > 0) {
      return { version: pending.version, activated: false, fulfilled: false };
    }
    const previous = this.versionInForce;
    const carriedObligations = previous
      ? pending.obligations.flatMap((obligation) => {
          const same = previous.obligations.find((o) => sameObligation(o, obligation));
          return same
            ? [{ obligationId: obligation.obligationId, previousObligationId: same.obligationId }]
            : [];
        })
      : [];
    this.raise('MouActivated', {
      version: pending.version,
      ...(previous ? { previousVersion: previous.version } : {}),
      ...(carriedObligations.length > 0 ? { carriedObligations } : {}),
      activatedAt: now.toISOString(),
      startDate: pending.terms.startDate,
      endDate: pending.terms.endDate,
    } satisfies MouActivated);
    const fulfilled = this.settle(now);
    return { version: pending.version, activated: true, fulfilled };
  }

  /**
   * Makes a new version from the latest one (the one awaiting signatures, else the one in force)
   * with `changes` applied. It needs every signature again; a version in force stays in force
   * meanwhile, an unsigned one it replaces is dropped with its signatures. A draft stays a draft.
   */
  amend(changes: TermsChanges, reason: string | undefined, now: Date): number {
    const status = this.requireExisting();
    if (this.hasEnded) {
      throw new InvalidStateError(`cannot amend MOU ${this.id}: it has ended`, status);
    }
    const given = TERMS_FIELDS.filter((field) => changes[field] !== undefined);
    if (given.length === 0) {
      throw new RuleViolationError(
        `nothing to amend: give at least one of ${TERMS_FIELDS.join(', ')}`,
      );
    }
    const base = this.latestVersion!;
    const merged: TermsInput = { ...termsAsInput(base.terms) };
    given.forEach((field) => Object.assign(merged, { [field]: changes[field] }));
    const terms = normaliseTerms(merged, vietnamDay(now));
    const changed = changedFields(base.terms, terms);
    if (changed.length === 0) {
      throw new RuleViolationError(`the amendment changes nothing in version ${base.version}`);
    }
    const version = Math.max(...this.state.versions.map((v) => v.version)) + 1;
    const text = reason?.trim();
    this.raise('MouAmended', {
      version,
      basedOn: base.version,
      ...(text ? { reason: text } : {}),
      changes: changed,
      terms,
    } satisfies MouAmended);
    return version;
  }

  terminate(reason: string): void {
    const status = this.requireStatus('terminate', ['drafted', 'proposed', 'active']);
    const text = reason.trim();
    if (!text) throw new RuleViolationError('a termination needs a reason');
    this.raise('MouTerminated', {
      reason: text,
      previousStatus: status as OpenStatus,
    } satisfies MouTerminated);
  }

  /** A party declares an action obligation of the version in force met. */
  meetObligation(obligationId: string, note: string | undefined, now: Date): void {
    this.requireStatus('meet an obligation of', ['active']);
    const version = this.versionInForce!;
    const obligation = version.obligations.find((o) => o.obligationId === obligationId);
    if (!obligation) {
      throw new NotFoundError(
        `version ${version.version} of MOU ${this.id} has no obligation ${obligationId}`,
      );
    }
    if (obligation.kind === 'delivery') {
      throw new RuleViolationError(
        `obligation ${obligationId} is a delivery obligation: it is met when recorded deliveries reach ${obligation.quantity}`,
      );
    }
    if (obligation.met) {
      throw new InvalidStateError(
        `obligation ${obligationId} of MOU ${this.id} was met already, at ${obligation.met.at}`,
        'met',
      );
    }
    const text = note?.trim();
    this.raise('ObligationMet', {
      version: version.version,
      obligationId,
      by: 'party',
      ...(text ? { note: text } : {}),
      metAt: now.toISOString(),
      late: now >= endOfDay(obligation.dueDate),
    } satisfies ObligationMet);
  }

  /**
   * Counts a delivered order towards the targets, once per order. It counts only when the MOU is
   * active, the order came from its distributor and went to one of its producers (distributors
   * refuses any other order naming it; this holds even if one got through), it was delivered
   * within the period of the version in force (and not before the MOU first became active), and
   * only its lines for covered products (listed, or of a covered group as `groupOf` knows it).
   * Anything else raises nothing and says why. Meeting delivery obligations or every target
   * follows in the same commit.
   */
  recordDelivery(
    delivery: Delivery,
    groupOf: (productId: string) => ProductGroup | undefined,
  ): DeliveryOutcome {
    const ignored = (reason: IgnoredDeliveryReason, detail: string): DeliveryOutcome => ({
      counted: false,
      reason,
      detail,
    });
    const status = this.state.status;
    if (!status) return ignored('unknown-mou', `MOU ${this.id} is unknown here`);
    if (this.state.orders.includes(delivery.orderId)) {
      return ignored('already-counted', `order ${delivery.orderId} was counted already`);
    }
    if (status !== 'active') {
      return ignored('mou-not-active', `MOU ${this.id} is ${status}, not active`);
    }
    if (
      delivery.distributorId !== undefined &&
      delivery.distributorId !== this.state.distributorId
    ) {
      return ignored(
        'distributor-not-a-party',
        `distributor ${delivery.distributorId} is not the distributor of MOU ${this.id}`,
      );
    }
    if (!this.state.producerIds.includes(delivery.producerId)) {
      return ignored(
        'producer-not-a-party',
        `producer ${delivery.producerId} is not a party to MOU ${this.id}`,
      );
    }
    const version = this.versionInForce!;
    const at = new Date(delivery.deliveredAt);
    const from = Math.max(
      startOfDay(version.terms.startDate).getTime(),
      Date.parse(this.state.activeSince!),
    );
    const until = endOfDay(version.terms.endDate).getTime();
    if (Number.isNaN(at.getTime()) || at.getTime() < from || at.getTime() >= until) {
      return ignored(
        'outside-period',
        `delivered at ${delivery.deliveredAt}, outside the active period ${new Date(from).toISOString()} to ${new Date(until).toISOString()}`,
      );
    }
    const covered = (productId: string) => {
      const group = groupOf(productId);
      return (
        version.terms.products.includes(productId) ||
        (group !== undefined && version.terms.productGroups.includes(group))
      );
    };
    const totals = new Map<string, number>();
    delivery.lines
      .filter((line) => covered(line.productId) && line.quantity > 0)
      .forEach((line) =>
        totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity),
      );
    if (totals.size === 0) {
      return ignored(
        'no-covered-product',
        `none of the products of order ${delivery.orderId} is covered by MOU ${this.id}`,
      );
    }
    const lines = [...totals].map(([productId, quantity]) => ({ productId, quantity }));
    this.raise('MouFulfilmentRecorded', {
      orderId: delivery.orderId,
      ...(delivery.distributorId ? { distributorId: delivery.distributorId } : {}),
      producerId: delivery.producerId,
      version: version.version,
      deliveredAt: at.toISOString(),
      lines,
    } satisfies MouFulfilmentRecorded);
    const fulfilled = this.settle(at);
    return { counted: true, lines, fulfilled };
  }

  /**
   * The expiry job, at `dueAt`: expires the MOU if the end date of its governing version (the one
   * in force; the latest before activation) is over by then. Safe to run late, twice, or after the
   * MOU ended; run for an end date that moved later it does nothing ('not-due').
   */
  expireAt(dueAt: Date): ExpiryOutcome {
    const status = this.state.status;
    if (!status) return 'unknown';
    if (this.hasEnded) return 'ended';
    const version = this.governingVersion!;
    const end = endOfDay(version.terms.endDate);
    if (end > dueAt) return 'not-due';
    this.raise('MouExpired', {
      version: version.version,
      endDate: version.terms.endDate,
      expiredAt: end.toISOString(),
      previousStatus: status as OpenStatus,
    } satisfies MouExpired);
    return 'expired';
  }

  /**
   * The obligation deadline job, at `dueAt`: an obligation of the version in force whose due day
   * is over and that is not met is reported overdue, once. Nothing for a met one, an MOU that is
   * not active, or a version not (or no longer) in force.
   */
  markOverdue(version: number, obligationId: string, dueAt: Date): OverdueOutcome {
    const status = this.state.status;
    if (!status) return 'unknown';
    if (this.hasEnded) return 'ended';
    if (status !== 'active' || this.state.inForce !== version) return 'not-in-force';
    const obligation = this.versionInForce!.obligations.find(
      (o) => o.obligationId === obligationId,
    );
    if (!obligation) return 'unknown-obligation';
    if (obligation.met) return 'met';
    if (obligation.overdue) return 'already-overdue';
    if (endOfDay(obligation.dueDate) > dueAt) return 'not-due';
    this.raise('ObligationOverdue', {
      version,
      obligationId,
      kind: obligation.kind,
      description: obligation.description,
      dueDate: obligation.dueDate,
    } satisfies ObligationOverdue);
    return 'overdue';
  }

  /** Whether a reminder about the obligation is still due: overdue, unmet, version in force. */
  stillOverdue(version: number, obligationId: string): boolean {
    if (this.state.status !== 'active' || this.state.inForce !== version) return false;
    const obligation = this.versionInForce!.obligations.find(
      (o) => o.obligationId === obligationId,
    );
    return Boolean(obligation?.overdue && !obligation.met);
  }

  view(): MouView | undefined {
    const s = this.state;
    if (!s.status) return undefined;
    const governing = this.versionInForce ?? this.pendingVersion ?? this.latestVersion!;
    return {
      mouId: this.id,
      title: s.title ?? null,
      status: s.status,
      distributorId: s.distributorId!,
      producerIds: [...s.producerIds],
      parties: this.parties(),
      fairId: s.fairId ?? null,
      versionInForce: this.versionInForce ? this.versionView(this.versionInForce) : null,
      pendingVersion: this.pendingVersion ? this.versionView(this.pendingVersion) : null,
      targets: governing.terms.targets.map((target) => {
        const delivered = this.deliveredOf(target.productId);
        return {
          ...target,
          delivered,
          percent: percent(delivered, target.quantity),
          met: delivered >= target.quantity,
        };
      }),
      obligations: governing.obligations.map((o) => ({
        obligationId: o.obligationId,
        kind: o.kind,
        description: o.description,
        dueDate: o.dueDate,
        ...(o.productId !== undefined ? { productId: o.productId } : {}),
        ...(o.quantity !== undefined ? { quantity: o.quantity } : {}),
        status: o.met ? 'met' : o.overdue ? 'overdue' : 'open',
        reportedOverdue: o.overdue,
        delivered: o.kind === 'delivery' ? this.deliveredOf(o.productId) : null,
        metAt: o.met?.at ?? null,
        metBy: o.met?.by ?? null,
        note: o.met?.note ?? null,
        late: o.met?.late ?? null,
      })),
      delivered: s.delivered.map((volume) => ({ ...volume })),
      countedOrders: s.orders.length,
      activeSince: s.activeSince ?? null,
      fulfilledAt: s.fulfilledAt ?? null,
      expiredAt: s.expiredAt ?? null,
      terminationReason: s.terminationReason ?? null,
      versions: s.versions.map((v) => ({
        version: v.version,
        state: v.state,
        basedOn: v.basedOn ?? null,
      })),
      version: this.version,
    };
  }

  /**
   * After the delivered volume or the version in force changed: delivery obligations that the
   * volume now reaches are met, and when every target is met the MOU is fulfilled.
   */
  private settle(at: Date): boolean {
    const version = this.versionInForce!;
    version.obligations
      .filter(
        (o) => o.kind === 'delivery' && !o.met && this.deliveredOf(o.productId) >= o.quantity!,
      )
      .forEach((o) =>
        this.raise('ObligationMet', {
          version: version.version,
          obligationId: o.obligationId,
          by: 'deliveries',
          metAt: at.toISOString(),
          late: at >= endOfDay(o.dueDate),
        } satisfies ObligationMet),
      );
    const allMet = version.terms.targets.every(
      (target) => this.deliveredOf(target.productId) >= target.quantity,
    );
    if (!allMet) return false;
    this.raise('MouFulfilled', {
      version: version.version,
      fulfilledAt: at.toISOString(),
      totals: this.state.delivered.map((volume) => ({ ...volume })),
    } satisfies MouFulfilled);
    return true;
  }

  /** Delivered volume of one product, or of every counted product when none is named. */
  private deliveredOf(productId?: string): number {
    return this.state.delivered
      .filter((volume) => productId === undefined || volume.productId === productId)
      .reduce((sum, volume) => sum + volume.quantity, 0);
  }

  private awaiting(version: VersionRecord): PartyRef[] {
    return this.parties().filter(
      (party) =>
        !version.signatures.some(
          (s) => s.partyType === party.partyType && s.partyId === party.partyId,
        ),
    );
  }

  private versionView(version: VersionRecord): VersionView {
    return {
      version: version.version,
      state: version.state,
      basedOn: version.basedOn ?? null,
      reason: version.reason ?? null,
      terms: structuredClone(version.terms),
      signatures: version.signatures.map((s) => ({ ...s })),
      awaitingSignatures: this.awaiting(version),
      activatedAt: version.activatedAt ?? null,
    };
  }

  private get latestVersion(): VersionRecord | undefined {
    return this.state.versions[this.state.versions.length - 1];
  }

  private versionRecord(version: number | undefined): VersionRecord | undefined {
    return version === undefined
      ? undefined
      : this.state.versions.find((v) => v.version === version);
  }

  private requireExisting(): MouStatus {
    if (!this.state.status) throw new NotFoundError(`MOU ${this.id} not found`);
    return this.state.status;
  }

  private requireStatus(action: string, allowed: readonly MouStatus[]): MouStatus {
    const status = this.requireExisting();
    if (!allowed.includes(status)) {
      throw new InvalidStateError(
        `cannot ${action} MOU ${this.id}: only a ${allowed.join(', ')} MOU allows it`,
        status,
      );
    }
    return status;
  }

  snapshot(): MouState {
    return structuredClone(this.state);
  }

  protected restore(state: MouState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<MouEvents>): void {
    const s = this.state;
    switch (type) {
      case 'MouDrafted': {
        const event = payload;
        this.state = {
          status: 'drafted',
          distributorId: event.distributorId,
          producerIds: [...event.producerIds],
          ...(event.fairId ? { fairId: event.fairId } : {}),
          ...(event.title ? { title: event.title } : {}),
          versions: [newVersion(event.version, event.terms, 'drafted')],
          pending: event.version,
          delivered: [],
          orders: [],
        };
        break;
      }
      case 'MouProposed': {
        const event = payload;
        s.status = 'proposed';
        this.versionRecord(event.version)!.state = 'awaiting-signatures';
        break;
      }
      case 'MouSigned': {
        const event = payload;
        this.versionRecord(event.version)!.signatures.push({
          partyType: event.partyType,
          partyId: event.partyId,
          signedBy: event.signedBy,
          onBehalfOf: event.onBehalfOf,
          signedAt: event.signedAt,
        });
        break;
      }
      case 'MouActivated': {
        const event = payload;
        const previous = this.versionRecord(s.inForce);
        if (previous) previous.state = 'superseded';
        const version = this.versionRecord(event.version)!;
        (event.carriedObligations ?? []).forEach((carried) => {
          const from = previous?.obligations.find(
            (o) => o.obligationId === carried.previousObligationId,
          );
          const to = version.obligations.find((o) => o.obligationId === carried.obligationId);
          if (!from || !to) return;
          to.overdue = from.overdue;
          if (from.met) to.met = { ...from.met };
        });
        version.state = 'in-force';
        version.activatedAt = event.activatedAt;
        s.inForce = event.version;
        delete s.pending;
        s.status = 'active';
        s.activeSince ??= event.activatedAt;
        break;
      }
      case 'MouAmended': {
        const event = payload;
        const replaced = this.versionRecord(s.pending);
        if (replaced) replaced.state = 'replaced';
        const version = newVersion(
          event.version,
          event.terms,
          s.status === 'drafted' ? 'drafted' : 'awaiting-signatures',
        );
        version.basedOn = event.basedOn;
        if (event.reason) version.reason = event.reason;
        s.versions.push(version);
        s.pending = event.version;
        break;
      }
      case 'MouFulfilmentRecorded': {
        const event = payload;
        s.orders.push(event.orderId);
        event.lines.forEach((line) => {
          const volume = s.delivered.find((v) => v.productId === line.productId);
          if (volume) volume.quantity += line.quantity;
          else s.delivered.push({ productId: line.productId, quantity: line.quantity });
        });
        break;
      }
      case 'ObligationMet': {
        const event = payload;
        const obligation = this.obligation(event.version, event.obligationId);
        if (obligation) {
          obligation.met = {
            at: event.metAt,
            by: event.by,
            ...(event.note ? { note: event.note } : {}),
            late: event.late,
          };
        }
        break;
      }
      case 'ObligationOverdue': {
        const event = payload;
        const obligation = this.obligation(event.version, event.obligationId);
        if (obligation) obligation.overdue = true;
        break;
      }
      case 'MouFulfilled':
        s.status = 'fulfilled';
        s.fulfilledAt = payload.fulfilledAt;
        this.lapsePending();
        break;
      case 'MouExpired':
        s.status = 'expired';
        s.expiredAt = payload.expiredAt;
        this.lapsePending();
        break;
      case 'MouTerminated':
        s.status = 'terminated';
        s.terminationReason = payload.reason;
        this.lapsePending();
        break;
    }
  }

  private obligation(version: number, obligationId: string): ObligationRecord | undefined {
    return this.versionRecord(version)?.obligations.find((o) => o.obligationId === obligationId);
  }

  private lapsePending(): void {
    const pending = this.versionRecord(this.state.pending);
    if (pending) pending.state = 'lapsed';
    delete this.state.pending;
  }
}

/** Same obligation in two versions: same kind, text, due date, product and volume. */
function sameObligation(a: MouObligation, b: MouObligation): boolean {
  return (
    a.kind === b.kind &&
    a.description === b.description &&
    a.dueDate === b.dueDate &&
    a.productId === b.productId &&
    a.quantity === b.quantity
  );
}

function newVersion(version: number, terms: MouTerms, state: VersionState): VersionRecord {
  return {
    version,
    terms: structuredClone(terms),
    state,
    signatures: [],
    obligations: terms.obligations.map((o) => ({ ...o, overdue: false })),
  };
}
