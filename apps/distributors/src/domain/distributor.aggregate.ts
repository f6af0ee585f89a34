import { InvalidStateError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  AGGREGATE_TYPES,
  DistributorEvents,
  DistributorKind,
  DistributorRegistered,
  EventOf,
} from '@ocop/events';

export interface DistributorProfile {
  kind: DistributorKind;
  name: string;
  registrationNumber: string;
  channels: string[];
  provincesServed: string[];
}

interface DistributorState {
  profile?: DistributorProfile;
}

export interface DistributorView extends DistributorProfile {
  distributorId: string;
  version: number;
}

/** Business registration numbers are compared as written on the certificate: upper case, no spaces. */
export function normalizeRegistrationNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** Trimmed, without blanks, each value once (first spelling wins, compared case-insensitively). */
export function distinctTexts(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLocaleLowerCase('vi');
    if (value.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/** A retail chain, e-commerce platform, OCOP showroom or wholesaler that buys from producers. */
export class Distributor extends AggregateRoot<DistributorEvents, DistributorState> {
  private state: DistributorState = {};

  constructor(id: string) {
    super(AGGREGATE_TYPES.distributor, id);
  }

  /** True once DistributorRegistered is in the stream (an id of another aggregate type is not). */
  get isRegistered(): boolean {
    return this.state.profile !== undefined;
  }

  get registrationNumber(): string | undefined {
    return this.state.profile?.registrationNumber;
  }

  register(profile: DistributorProfile): void {
    if (this.isRegistered) {
      throw new InvalidStateError(`distributor ${this.id} is registered already`, 'registered');
    }
    const payload: DistributorRegistered = {
      kind: profile.kind,
      name: profile.name.trim(),
      registrationNumber: normalizeRegistrationNumber(profile.registrationNumber),
      channels: distinctTexts(profile.channels),
      provincesServed: distinctTexts(profile.provincesServed),
    };
    this.raise('DistributorRegistered', payload);
  }

  view(): DistributorView | undefined {
    const profile = this.state.profile;
    if (!profile) return undefined;
    return {
      distributorId: this.id,
      ...profile,
      channels: [...profile.channels],
      provincesServed: [...profile.provincesServed],
      version: this.version,
    };
  }

  snapshot(): DistributorState {
    return structuredClone(this.state);
  }

  protected restore(state: DistributorState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<DistributorEvents>): void {
    if (type === 'DistributorRegistered') {
      const event = payload;
      this.state.profile = {
        kind: event.kind,
        name: event.name,
        registrationNumber: event.registrationNumber,
        channels: [...event.channels],
        provincesServed: [...event.provincesServed],
      };
    }
  }
}
