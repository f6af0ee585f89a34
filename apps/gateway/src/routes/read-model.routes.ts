import type { Type } from '@nestjs/common';
import {
  CatalogueProduct,
  ExpiringCertificate,
  FairBoard,
  MouProgress,
  ObligationItem,
  OrderItem,
  ProducerBooking,
  ProductView,
  ProgrammeFigures,
  ProjectionStatus,
  RebuildJob,
  RebuildStarted,
  SourcingRequestItem,
} from '@ocop/contracts/responses';
import { anyone, organiserOfFair, ownOrganisation } from '../forwarding/access-rules';
import { GatewayRoute } from '../forwarding/gateway-route';
import {
  BookingsQuery,
  CatalogueQuery,
  ExpiringCertificatesQuery,
  MousQuery,
  ObligationsQuery,
  OrdersQuery,
  PageQuery,
  ProducerProductsQuery,
  SourcingRequestsQuery,
} from '@ocop/contracts';

const ownProducer = ownOrganisation('producerId');
const ownDistributor = ownOrganisation('distributorId');
const staff = { officer: anyone, admin: anyone };

const producerView = (
  what: string,
  summary: string,
  query: typeof PageQuery,
  response: Type<object>,
): GatewayRoute => ({
  service: 'query',
  tag: 'producer views',
  method: 'GET',
  path: `/producers/:producerId/${what}`,
  summary,
  query,
  response,
  list: 'page',
  access: { producer: ownProducer, ...staff },
  notFound: 'producer :producerId not found',
});

const distributorView = (
  what: string,
  summary: string,
  query: typeof PageQuery,
  response: Type<object>,
): GatewayRoute => ({
  service: 'query',
  tag: 'distributor views',
  method: 'GET',
  path: `/distributors/:distributorId/${what}`,
  summary,
  query,
  response,
  list: 'page',
  access: { distributor: ownDistributor, ...staff },
  notFound: 'distributor :distributorId not found',
});

/** The read models of the query service, built only from events (they may trail by a moment). */
export const READ_MODEL_ROUTES: GatewayRoute[] = [
  producerView(
    'products',
    'My products and certificates, with days to expiry',
    ProducerProductsQuery,
    ProductView,
  ),
  producerView('bookings', 'My booth bookings', BookingsQuery, ProducerBooking),
  producerView(
    'mous',
    'My MOUs: status, counterpart, targets, delivered and % per product',
    MousQuery,
    MouProgress,
  ),
  producerView(
    'obligations',
    'My MOU obligations (?status=overdue|open|met)',
    ObligationsQuery,
    ObligationItem,
  ),
  producerView('orders', 'My orders (?status=)', OrdersQuery, OrderItem),
  distributorView(
    'sourcing-requests',
    'My sourcing requests with their current matches',
    SourcingRequestsQuery,
    SourcingRequestItem,
  ),
  distributorView('orders', 'My orders by status (?status=)', OrdersQuery, OrderItem),
  distributorView('mous', 'My MOUs and their progress', MousQuery, MouProgress),
  {
    service: 'query',
    tag: 'officer views',
    method: 'GET',
    path: '/fairs/:fairId/board',
    response: FairBoard,
    summary:
      "A fair's board: booths by type, bookings, check-ins, meetings, MOUs signed there and their fulfilment, orders that followed (its organiser)",
    access: { officer: organiserOfFair, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    service: 'query',
    tag: 'officer views',
    method: 'GET',
    path: '/programme/figures',
    response: ProgrammeFigures,
    summary:
      "The programme's figures: certified products by stars, group, district and producer kind; expiring certificates; MOUs per month and fair; modern-channel share",
    access: staff,
    notFound: 'not found',
  },
  {
    service: 'query',
    tag: 'officer views',
    method: 'GET',
    path: '/programme/expiring-certificates',
    response: ExpiringCertificate,
    list: 'page',
    summary: 'Certificates expiring within ?days= (default 90)',
    query: ExpiringCertificatesQuery,
    access: staff,
    notFound: 'not found',
  },
  {
    service: 'query',
    tag: 'catalogue',
    method: 'GET',
    path: '/catalogue/products',
    response: CatalogueProduct,
    list: 'page',
    summary:
      'Search certified products by name (with or without diacritics), filter by group, stars, province, district, craft village, valid certificate',
    query: CatalogueQuery,
    access: { producer: anyone, distributor: anyone, ...staff },
    notFound: 'not found',
  },
  {
    service: 'query',
    tag: 'admin',
    method: 'GET',
    path: '/admin/projections',
    response: ProjectionStatus,
    list: 'array',
    summary:
      'Each read model: generation, events applied and rebuild state (admin); lag is on /metrics',
    access: { admin: anyone },
    notFound: 'not found',
  },
  {
    service: 'query',
    tag: 'admin',
    method: 'GET',
    path: '/admin/projections/:name',
    response: ProjectionStatus,
    summary: "One read model's generation, events applied and rebuild progress (admin)",
    access: { admin: anyone },
    notFound: 'projection :name not found',
  },
  {
    service: 'query',
    tag: 'admin',
    method: 'POST',
    path: '/admin/projections/:name/rebuild',
    accepted: true,
    response: RebuildStarted,
    summary:
      'Rebuild one read model (or `all`) from the start of the topics, as a job; answers its jobId (admin)',
    access: { admin: anyone },
    notFound: 'projection :name not found',
  },
  {
    service: 'query',
    tag: 'admin',
    method: 'GET',
    path: '/admin/projections/rebuilds/:jobId',
    response: RebuildJob,
    summary: "A rebuild job's state and progress, per projection for `all` (admin)",
    access: { admin: anyone },
    notFound: 'rebuild :jobId not found',
  },
];
