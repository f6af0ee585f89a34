import { Projection } from '@ocop/event-sourcing';
import { CATALOGUE_MEMORY } from './catalogue-search/catalogue-memory';
import { ProjectionLag } from './metrics/projection-lag';
import { catalogueProjection } from './read-models/catalogue.projection';
import { distributorsProjection } from './read-models/distributors.projection';
import { fairBoardProjection } from './read-models/fair-board.projection';
import { mousProjection } from './read-models/mous.projection';
import { ordersProjection } from './read-models/orders.projection';
import {
  sourcingMatchesProjection,
  sourcingRequestsProjection,
} from './read-models/sourcing.projection';

/** When each projection last applied an event (its lag on /metrics). */
export const PROJECTION_LAG = new ProjectionLag();

/** The read models this service builds from events, each its own consumer group. */
export const READ_MODELS: Projection[] = [
  CATALOGUE_MEMORY.mirror(catalogueProjection),
  distributorsProjection,
  sourcingRequestsProjection,
  sourcingMatchesProjection,
  ordersProjection,
  mousProjection,
  fairBoardProjection,
].map((projection) => PROJECTION_LAG.track(projection));
