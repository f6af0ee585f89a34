import { GatewayRoute } from '../forwarding/gateway-route';
import { DISTRIBUTOR_ROUTES } from './distributor.routes';
import { FAIR_ROUTES } from './fair.routes';
import { MATCHING_ROUTES } from './matching.routes';
import { MOU_ROUTES } from './mou.routes';
import { PRODUCER_ROUTES } from './producer.routes';
import { READ_MODEL_ROUTES } from './read-model.routes';

/** Every public command and query route the gateway forwards to a service. */
export const GATEWAY_ROUTES: GatewayRoute[] = [
  ...PRODUCER_ROUTES,
  ...DISTRIBUTOR_ROUTES,
  ...FAIR_ROUTES,
  ...MOU_ROUTES,
  ...MATCHING_ROUTES,
  ...READ_MODEL_ROUTES,
];
