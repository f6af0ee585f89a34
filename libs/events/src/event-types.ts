import {
  DISTRIBUTOR_EVENT_PAYLOADS,
  PURCHASE_ORDER_EVENT_PAYLOADS,
  SOURCING_REQUEST_EVENT_PAYLOADS,
} from './distributor.events';
import { EventEnvelope } from './envelope';
import { PayloadClass } from './event-catalog';
import {
  BOOTH_BOOKING_EVENT_PAYLOADS,
  FAIR_ATTENDEE_EVENT_PAYLOADS,
  FAIR_EVENT_PAYLOADS,
  FAIR_MEETING_EVENT_PAYLOADS,
} from './fair.events';
import { MEETING_PLAN_EVENT_PAYLOADS, SOURCING_MATCHES_EVENT_PAYLOADS } from './matching.events';
import { MOU_EVENT_PAYLOADS } from './mou.events';
import { PRODUCER_EVENT_PAYLOADS } from './producer.events';

/*
 * The contract at compile time: every event's wire name and its payload's type, derived from the
 * same maps the catalog's definitions are built from, so the two cannot drift apart.
 */

/** Wire name -> payload class, for every integration event. */
export const EVENT_PAYLOADS = {
  ...PRODUCER_EVENT_PAYLOADS,
  ...DISTRIBUTOR_EVENT_PAYLOADS,
  ...SOURCING_REQUEST_EVENT_PAYLOADS,
  ...PURCHASE_ORDER_EVENT_PAYLOADS,
  ...FAIR_EVENT_PAYLOADS,
  ...BOOTH_BOOKING_EVENT_PAYLOADS,
  ...FAIR_ATTENDEE_EVENT_PAYLOADS,
  ...FAIR_MEETING_EVENT_PAYLOADS,
  ...MOU_EVENT_PAYLOADS,
  ...SOURCING_MATCHES_EVENT_PAYLOADS,
  ...MEETING_PLAN_EVENT_PAYLOADS,
} as const;

/** Wire name -> payload type, from wire name -> payload class. */
export type PayloadsOf<C extends Readonly<Record<string, PayloadClass>>> = {
  [T in keyof C]: InstanceType<C[T]>;
};

/** Wire name -> payload type, for every integration event. */
export type IntegrationPayloads = PayloadsOf<typeof EVENT_PAYLOADS>;

/** Every integration event's wire name: `'OrderPlaced' | 'MouSigned' | ...`. */
export type EventType = keyof IntegrationPayloads;

/** The payload an event of type `T` carries: `EventPayload<'OrderPlaced'>` is `OrderPlaced`. */
export type EventPayload<T extends EventType> = IntegrationPayloads[T];

/**
 * An event of one of the types `T` of the payload map `M`, as an aggregate raises and applies it:
 * a union discriminated by `type`, so a `switch (event.type)` gives each case its own payload type.
 */
export type EventOf<M extends object, T extends keyof M & string = keyof M & string> = {
  [K in T]: { type: K; payload: M[K] };
}[T];

/** An integration event of one of the types `T` (all by default), without its envelope. */
export type DomainEvent<T extends EventType = EventType> = EventOf<IntegrationPayloads, T>;

/** An envelope of one of the types `T`, its payload typed by its `type` (discriminated as above). */
export type TypedEnvelope<T extends EventType = EventType> = {
  [K in T]: EventEnvelope<EventPayload<K>> & { type: K };
}[T];

/** Narrows an envelope to the given types (consumers that see several and handle some). */
export function isEventOf<T extends EventType>(
  event: TypedEnvelope,
  ...types: T[]
): event is Extract<TypedEnvelope, { type: T }> {
  return (types as EventType[]).includes(event.type);
}

/** The wire names of a payload map, typed as such (`Object.keys` says `string[]`). */
export function eventTypesOf<M extends Readonly<Record<string, PayloadClass>>>(
  payloads: M,
): (keyof M & string)[] {
  return Object.keys(payloads);
}

/* What each aggregate type's events carry, by wire name: the `Events` of its aggregate class. */
export type ProducerEvents = PayloadsOf<typeof PRODUCER_EVENT_PAYLOADS>;
export type DistributorEvents = PayloadsOf<typeof DISTRIBUTOR_EVENT_PAYLOADS>;
export type SourcingRequestEvents = PayloadsOf<typeof SOURCING_REQUEST_EVENT_PAYLOADS>;
export type PurchaseOrderEvents = PayloadsOf<typeof PURCHASE_ORDER_EVENT_PAYLOADS>;
export type FairEvents = PayloadsOf<typeof FAIR_EVENT_PAYLOADS>;
export type BoothBookingEvents = PayloadsOf<typeof BOOTH_BOOKING_EVENT_PAYLOADS>;
export type FairAttendeeEvents = PayloadsOf<typeof FAIR_ATTENDEE_EVENT_PAYLOADS>;
export type FairMeetingEvents = PayloadsOf<typeof FAIR_MEETING_EVENT_PAYLOADS>;
export type MouEvents = PayloadsOf<typeof MOU_EVENT_PAYLOADS>;
export type SourcingMatchesEvents = PayloadsOf<typeof SOURCING_MATCHES_EVENT_PAYLOADS>;
export type MeetingPlanEvents = PayloadsOf<typeof MEETING_PLAN_EVENT_PAYLOADS>;
