export * from './envelope';
export * from './event-catalog';
export * from './integration-events';
export * from './parse-envelope';
export * from './topics';
