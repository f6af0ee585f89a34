import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../lib/session';

type Page = LazyExoticComponent<ComponentType>;

/** One route of a role's workspace; `nav` puts it in the menu under that label key. */
export interface ConsoleRoute {
  path: string;
  page: Page;
  nav?: string;
}

// Each page is its own chunk: the first page downloads only what it shows.
const OfficerHome = lazy(() => import('../features/home/officer-home'));
const FairsPage = lazy(() => import('../features/fairs/fairs-page'));
const ScheduleFairPage = lazy(() => import('../features/fairs/schedule-fair-page'));
const FairBoardPage = lazy(() => import('../features/fairs/fair-board-page'));
const ProducersPage = lazy(() => import('../features/producers/producers-page'));
const RegisterProducerPage = lazy(() => import('../features/producers/register-producer-page'));
const ProducerPage = lazy(() => import('../features/producers/producer-page'));
const MousPage = lazy(() => import('../features/mous/mous-page'));
const MouPage = lazy(() => import('../features/mous/mou-page'));
const ExportsPage = lazy(() => import('../features/exports/exports-page'));
const AdminHome = lazy(() => import('../features/workspaces/admin-home'));

// The distributor's and the producer's workspaces (issue 20).
const CataloguePage = lazy(() => import('../features/distributor/catalogue-page'));
const CatalogueProductPage = lazy(() => import('../features/distributor/product-page'));
const SourcingPage = lazy(() => import('../features/distributor/sourcing-page'));
const SourcingRequestPage = lazy(() => import('../features/distributor/sourcing-request-page'));
const DistributorFairsPage = lazy(() => import('../features/distributor/fairs-page'));
const DistributorFairPage = lazy(() => import('../features/distributor/fair-page'));
const DistributorMousPage = lazy(() => import('../features/distributor/mous-page'));
const DistributorMouPage = lazy(() => import('../features/distributor/mou-page'));
const DistributorOrdersPage = lazy(() => import('../features/distributor/orders-page'));
const DistributorOrderPage = lazy(() => import('../features/distributor/order-page'));
const ProducerHomePage = lazy(() => import('../features/producer-workspace/home-page'));
const ProducerProductsPage = lazy(() => import('../features/producer-workspace/products-page'));
const QrLabelsPage = lazy(() => import('../features/producer-workspace/labels-page'));
const ProducerFairsPage = lazy(() => import('../features/producer-workspace/fairs-page'));
const ProducerFairPage = lazy(() => import('../features/producer-workspace/fair-page'));
const ProducerMousPage = lazy(() => import('../features/producer-workspace/mous-page'));
const ProducerMouPage = lazy(() => import('../features/producer-workspace/mou-page'));
const ProducerOrdersPage = lazy(() => import('../features/producer-workspace/orders-page'));
const ProducerOrderPage = lazy(() => import('../features/producer-workspace/order-page'));

/** A role decides which routes exist: another role's URL is simply not found. */
export const ROUTES_BY_ROLE: Record<Role, ConsoleRoute[]> = {
  officer: [
    { path: '/', page: OfficerHome, nav: 'nav.home' },
    { path: '/fairs', page: FairsPage, nav: 'nav.fairs' },
    { path: '/fairs/new', page: ScheduleFairPage },
    { path: '/fairs/:fairId', page: FairBoardPage },
    { path: '/producers', page: ProducersPage, nav: 'nav.producers' },
    { path: '/producers/new', page: RegisterProducerPage },
    { path: '/producers/:producerId', page: ProducerPage },
    { path: '/mous', page: MousPage, nav: 'nav.mous' },
    { path: '/mous/:mouId', page: MouPage },
    { path: '/exports', page: ExportsPage, nav: 'nav.exports' },
  ],
  producer: [
    { path: '/', page: ProducerHomePage, nav: 'nav.home' },
    { path: '/products', page: ProducerProductsPage, nav: 'nav.products' },
    { path: '/products/labels', page: QrLabelsPage },
    { path: '/fairs', page: ProducerFairsPage, nav: 'nav.fairs' },
    { path: '/fairs/:fairId', page: ProducerFairPage },
    { path: '/mous', page: ProducerMousPage, nav: 'nav.mous' },
    { path: '/mous/:mouId', page: ProducerMouPage },
    { path: '/orders', page: ProducerOrdersPage, nav: 'trade.nav.orders' },
    { path: '/orders/:orderId', page: ProducerOrderPage },
  ],
  distributor: [
    { path: '/', page: CataloguePage, nav: 'nav.catalogue' },
    { path: '/catalogue/:producerId/:productId', page: CatalogueProductPage },
    { path: '/sourcing', page: SourcingPage, nav: 'trade.nav.sourcing' },
    { path: '/sourcing/:requestId', page: SourcingRequestPage },
    { path: '/fairs', page: DistributorFairsPage, nav: 'nav.fairs' },
    { path: '/fairs/:fairId', page: DistributorFairPage },
    { path: '/mous', page: DistributorMousPage, nav: 'nav.mous' },
    { path: '/mous/:mouId', page: DistributorMouPage },
    { path: '/orders', page: DistributorOrdersPage, nav: 'trade.nav.orders' },
    { path: '/orders/:orderId', page: DistributorOrderPage },
  ],
  admin: [
    { path: '/', page: AdminHome, nav: 'nav.projections' },
    { path: '/fairs', page: FairsPage, nav: 'nav.fairs' },
    { path: '/fairs/:fairId', page: FairBoardPage },
    { path: '/producers', page: ProducersPage, nav: 'nav.producers' },
    { path: '/producers/new', page: RegisterProducerPage },
    { path: '/producers/:producerId', page: ProducerPage },
    { path: '/mous', page: MousPage, nav: 'nav.mous' },
    { path: '/mous/:mouId', page: MouPage },
    { path: '/exports', page: ExportsPage, nav: 'nav.exports' },
  ],
};
