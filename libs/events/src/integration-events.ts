import { EventCatalog, EventDefinition } from './event-catalog';

/**
 * Every integration event of the product, in one list: each service's events are added here, one
 * file per event type under libs/events/src/<aggregate>/, as the services are built.
 */
export const INTEGRATION_EVENTS: EventDefinition[] = [];

export function integrationEventCatalog(): EventCatalog {
  return new EventCatalog(INTEGRATION_EVENTS);
}
