import { Projection } from '@ocop/event-sourcing';

/** The read models this service builds from events; each service issue adds its own here. */
export const READ_MODELS: Projection[] = [];
