import {
  Distributor,
  Order,
  OrderPlacement,
  SourcingRequest,
} from '../responses/distributors.response';
import { CancelOrderDto } from '../../../distributors/src/commands/cancel-order/cancel-order.dto';
import { PlaceOrderDto } from '../../../distributors/src/commands/place-order/place-order.dto';
import { PublishSourcingRequestDto } from '../../../distributors/src/commands/publish-sourcing-request/publish-sourcing-request.dto';
import { RegisterDistributorDto } from '../../../distributors/src/commands/register-distributor/register-distributor.dto';
import { ShipOrderDto } from '../../../distributors/src/commands/ship-order/ship-order.dto';
import { UpdateSourcingRequestDto } from '../../../distributors/src/commands/update-sourcing-request/update-sourcing-request.dto';
import { anyone, ownOrganisation, partyOf } from '../forwarding/access-rules';
import { GatewayRoute } from '../forwarding/gateway-route';

const distributors = { service: 'distributors' } as const;
const ownRequest = partyOf('distributors', '/sourcing-requests/:requestId');
const orderParty = partyOf('distributors', '/orders/:orderId');

/** Distributors, their sourcing requests and purchase orders, owned by the distributors service. */
export const DISTRIBUTOR_ROUTES: GatewayRoute[] = [
  {
    ...distributors,
    tag: 'distributors',
    method: 'POST',
    path: '/distributors',
    status: 201,
    response: Distributor,
    summary:
      'Register a distributor: a retail chain, e-commerce platform, showroom or wholesaler (officer, admin)',
    body: RegisterDistributorDto,
    access: { officer: anyone, admin: anyone },
    notFound: 'distributor not found',
  },
  {
    ...distributors,
    tag: 'distributors',
    method: 'GET',
    path: '/distributors/:distributorId',
    response: Distributor,
    summary: 'A distributor',
    access: {
      distributor: ownOrganisation('distributorId'),
      producer: anyone,
      officer: anyone,
      admin: anyone,
    },
    notFound: 'distributor :distributorId not found',
  },
  {
    ...distributors,
    tag: 'sourcing requests',
    method: 'POST',
    path: '/sourcing-requests',
    status: 201,
    response: SourcingRequest,
    summary: 'Publish a sourcing request: what the buyer wants, how much, by when',
    body: PublishSourcingRequestDto,
    access: { distributor: anyone, admin: anyone },
    notFound: 'distributor not found',
  },
  {
    ...distributors,
    tag: 'sourcing requests',
    method: 'GET',
    path: '/sourcing-requests/:requestId',
    response: SourcingRequest,
    summary: 'A sourcing request',
    access: { distributor: ownRequest, officer: anyone, admin: anyone },
    notFound: 'sourcing request :requestId not found',
  },
  {
    ...distributors,
    tag: 'sourcing requests',
    method: 'PATCH',
    path: '/sourcing-requests/:requestId',
    response: SourcingRequest,
    summary: 'Change an open sourcing request',
    body: UpdateSourcingRequestDto,
    access: { distributor: ownRequest, admin: anyone },
    notFound: 'sourcing request :requestId not found',
  },
  {
    ...distributors,
    tag: 'sourcing requests',
    method: 'POST',
    path: '/sourcing-requests/:requestId/close',
    response: SourcingRequest,
    summary: 'Close a sourcing request',
    access: { distributor: ownRequest, admin: anyone },
    notFound: 'sourcing request :requestId not found',
  },
  {
    ...distributors,
    tag: 'orders',
    method: 'POST',
    path: '/orders',
    response: OrderPlacement,
    summary:
      'Place a purchase order; answered 202: the producer reserves capacity, poll the Location until confirmed or rejected',
    body: PlaceOrderDto,
    access: { distributor: anyone, admin: anyone },
    accepted: true,
    notFound: 'distributor not found',
  },
  {
    ...distributors,
    tag: 'orders',
    method: 'GET',
    path: '/orders/:orderId',
    response: Order,
    summary: 'A purchase order and its status',
    access: { distributor: orderParty, producer: orderParty, officer: anyone, admin: anyone },
    notFound: 'order :orderId not found',
  },
  {
    ...distributors,
    tag: 'orders',
    method: 'POST',
    path: '/orders/:orderId/ship',
    response: Order,
    summary: 'Record that a confirmed order was shipped (its producer)',
    body: ShipOrderDto,
    access: { producer: orderParty, admin: anyone },
    notFound: 'order :orderId not found',
  },
  {
    ...distributors,
    tag: 'orders',
    method: 'POST',
    path: '/orders/:orderId/deliver',
    response: Order,
    summary: 'Record that a shipped order was delivered (its buyer)',
    access: { distributor: orderParty, admin: anyone },
    notFound: 'order :orderId not found',
  },
  {
    ...distributors,
    tag: 'orders',
    method: 'POST',
    path: '/orders/:orderId/cancel',
    response: Order,
    summary: 'Cancel an order before it ships (its buyer)',
    body: CancelOrderDto,
    access: { distributor: orderParty, admin: anyone },
    notFound: 'order :orderId not found',
  },
];
