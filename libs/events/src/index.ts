// Payload classes use class-transformer's @Type, which reads design-time metadata.
import 'reflect-metadata';

export * from './envelope';
export * from './event-catalog';
export * from './event-types';
export * from './integration-events';
export * from './is-omittable';
export * from './parse-envelope';
export * from './topics';
export * from './distributor.events';
export * from './fair.events';
export * from './matching.events';
export * from './mou.events';
export * from './producer.events';
export * from './shared-payloads';
export * from './vocabulary';
