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
  DistributorsQuery,
  ExpiringCertificatesExportQuery,
  ExpiringCertificatesQuery,
  ExportQuery,
  FairBoardExportQuery,
  MousQuery,
  ObligationsQuery,
  OrdersQuery,
  PageQuery,
  ProducerProductsQuery,
  ProducerRegistryExportQuery,
  ProducerRegistryQuery,
  SourcingOpportunitiesQuery,
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

/** An officers' list or figures as a file (XLSX or CSV), with the access rules of its data. */
const exportOf = (
  path: string,
  summary: string,
  query: GatewayRoute['query'],
  access: GatewayRoute['access'],
  notFound = 'not found',
): GatewayRoute => ({
  service: 'query',
  tag: 'exports',
  method: 'GET',
  path,
  summary: `${summary}, as XLSX or CSV (UTF-8 with BOM): ?format=xlsx|csv, ?lang=vi|en`,
  query,
  access,
  download: true,
  notFound,
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
  producerView(
    'sourcing-requests',
    'Open sourcing requests my certified products match, with those matches (?sort=deadline|publishedAt|score)',
    SourcingOpportunitiesQuery,
    SourcingOpportunity,
  ),
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
    path: '/producers',
    summary:
      'The producer registry: search by name or place (with or without diacritics), filter by province, district, commune, craft village, kind, active (?sort=name|district|registeredAt|updatedAt)',
    query: ProducerRegistryQuery,
    access: staff,
    notFound: 'not found',
  },
  {
    service: 'query',
    tag: 'officer views',
    method: 'GET',
    path: '/distributors',
    summary:
      'The distributors: search by name (with or without diacritics), filter by kind (?sort=name|registeredAt)',
    query: DistributorsQuery,
    access: staff,
    notFound: 'not found',
  },
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
  exportOf(
    '/producers/export',
    'The producer registry with the filters and sort of GET /producers',
    ProducerRegistryExportQuery,
    staff,
  ),
  exportOf(
    '/fairs/:fairId/board/export',
    "A fair's bookings, meetings, MOUs signed there and their orders (a sheet each; a CSV has one ?section=, bookings by default) (its organiser)",
    FairBoardExportQuery,
    { officer: organiserOfFair, admin: anyone },
    'fair :fairId not found',
  ),
  exportOf('/programme/figures/export', "The programme's figures", ExportQuery, staff),
  exportOf(
    '/programme/expiring-certificates/export',
    'Certificates expiring within ?days= (default 90), every one',
    ExpiringCertificatesExportQuery,
    staff,
  ),
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
