import { EventDefinition } from './event-catalog';

/* The trade-fairs service's events: fairs, booth bookings and B2B meetings. */

export const FAIR_EVENTS: EventDefinition[] = [];
