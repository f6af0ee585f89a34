import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { EventEnvelope } from './envelope';
import { topicFor } from './topics';

export type PayloadClass = new () => object;
/** Turns a payload of version n into version n + 1. */
export type Upcaster = (payload: Record<string, unknown>) => Record<string, unknown>;

export interface EventDefinition {
  /** Stable wire name, independent of class names: `ProductCertified`. */
  type: string;
  aggregateType: string;
  /** The current schema version; payloads are validated against `payload` at this version. */
  schemaVersion: number;
  payload: PayloadClass;
  /** upcasters[n] turns version n into n + 1, for every n below schemaVersion. */
  upcasters?: Record<number, Upcaster>;
}

/** Definitions at schema version 1 for one aggregate type's events, from wire name -> payload class. */
export function eventDefinitions(
  aggregateType: string,
  payloads: Readonly<Record<string, PayloadClass>>,
): EventDefinition[] {
  return Object.entries(payloads).map(([type, payload]) => ({
    type,
    aggregateType,
    schemaVersion: 1,
    payload,
  }));
}

export class UnknownEventTypeError extends Error {
  override name = 'UnknownEventTypeError';
  constructor(readonly type: unknown) {
    super(`unknown event type ${JSON.stringify(type)}`);
  }
}

export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`invalid ${type}: ${problems.join('; ')}`);
  }
}

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.includes(error.property) ? `${prefix}${message}` : `${path}: ${message}`,
    );
    return [...own, ...describe(error.children ?? [], `${path}.`)];
  });
}

/**
 * The contract between services: every integration event's wire name, aggregate type (so topic),
 * current schema version, payload class and upcasters. Reading an event goes through here, so a
 * consumer only ever sees current, validated payloads.
 */
export class EventCatalog {
  private readonly definitions = new Map<string, EventDefinition>();

  constructor(definitions: EventDefinition[] = []) {
    definitions.forEach((definition) => this.register(definition));
  }

  register(definition: EventDefinition): this {
    if (this.definitions.has(definition.type)) {
      throw new Error(`event type ${definition.type} is defined twice`);
    }
    for (let version = 1; version < definition.schemaVersion; version++) {
      if (!definition.upcasters?.[version]) {
        throw new Error(
          `${definition.type} v${definition.schemaVersion} has no upcaster from v${version}`,
        );
      }
    }
    this.definitions.set(definition.type, definition);
    return this;
  }

  definition(type: unknown): EventDefinition {
    const definition = typeof type === 'string' ? this.definitions.get(type) : undefined;
    if (!definition) throw new UnknownEventTypeError(type);
    return definition;
  }

  topics(): string[] {
    return [...new Set([...this.definitions.values()].map((d) => topicFor(d.aggregateType)))];
  }

  /** Validates a payload about to be stored, at the current schema version. */
  checkPayload(type: string, payload: unknown): void {
    const definition = this.definition(type);
    const instance = plainToInstance(definition.payload, payload);
    const problems =
      typeof payload === 'object' && payload !== null && !Array.isArray(payload)
        ? describe(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }))
        : ['payload must be an object'];
    if (problems.length > 0) throw new InvalidEventError(type, problems);
  }

  /**
   * Brings an envelope read from storage or Kafka to the current schema version of its type and
   * validates the payload. Stored history is never rewritten: this happens on every read.
   */
  read(envelope: EventEnvelope): EventEnvelope {
    const definition = this.definition(envelope.type);
    if (
      !Number.isInteger(envelope.schemaVersion) ||
      envelope.schemaVersion < 1 ||
      envelope.schemaVersion > definition.schemaVersion
    ) {
      throw new InvalidEventError(envelope.type, [
        `schemaVersion ${envelope.schemaVersion} is not between 1 and ${definition.schemaVersion}`,
      ]);
    }
    let payload = envelope.payload;
    for (let version = envelope.schemaVersion; version < definition.schemaVersion; version++) {
      payload = definition.upcasters![version](payload);
    }
    this.checkPayload(envelope.type, payload);
    return { ...envelope, schemaVersion: definition.schemaVersion, payload };
  }
}
