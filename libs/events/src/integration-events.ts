import { DISTRIBUTOR_EVENTS } from './distributor.events';
import { EventCatalog, EventDefinition } from './event-catalog';
import { FAIR_EVENTS } from './fair.events';
import { MATCHING_EVENTS } from './matching.events';
import { MOU_EVENTS } from './mou.events';
import { PRODUCER_EVENTS } from './producer.events';

/**
 * Every integration event of the product, in one list: each service's events are defined in
 * `<service>.events.ts` beside this file and added here.
 */
export const INTEGRATION_EVENTS: EventDefinition[] = [
  ...PRODUCER_EVENTS,
  ...DISTRIBUTOR_EVENTS,
  ...FAIR_EVENTS,
  ...MOU_EVENTS,
  ...MATCHING_EVENTS,
];

export function integrationEventCatalog(): EventCatalog {
  return new EventCatalog(INTEGRATION_EVENTS);
}
