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
const ProducerHome = lazy(() => import('../features/workspaces/producer-home'));
const DistributorHome = lazy(() => import('../features/workspaces/distributor-home'));
const AdminHome = lazy(() => import('../features/workspaces/admin-home'));

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
  producer: [{ path: '/', page: ProducerHome, nav: 'nav.products' }],
  distributor: [{ path: '/', page: DistributorHome, nav: 'nav.catalogue' }],
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
