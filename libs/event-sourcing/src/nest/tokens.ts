export const EVENT_CATALOG = Symbol('EVENT_CATALOG');
export const REPUBLISH_QUEUE = 'event-store-republish';
export const REBUILD_QUEUE = 'projection-rebuild';
export const PROJECTIONS = Symbol('PROJECTIONS');
export const COMMAND_LOG_RETENTION_QUEUE = 'command-log-retention';
