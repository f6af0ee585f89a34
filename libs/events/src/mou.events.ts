import { EventDefinition } from './event-catalog';

/* The mou service's events: the MOU lifecycle from draft to fulfilment. */

export const MOU_EVENTS: EventDefinition[] = [];
