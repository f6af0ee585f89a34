import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { ConsoleLayout } from '../components/layouts/console-layout';
import { PageLoading } from '../components/page-state';
import { useSession } from '../lib/session';
import { ROUTES_BY_ROLE } from './routes-by-role';

// Chunks of their own, like every page: the form library the login needs is not in the first
// download of a signed-in person's page, nor the 404 picture in anyone's.
const LoginPage = lazy(() =>
  import('../features/auth/login-page').then((module) => ({ default: module.LoginPage })),
);
const NotFoundPage = lazy(() =>
  import('../components/not-found-page').then((module) => ({ default: module.NotFoundPage })),
);

/** The signed-in role's workspace inside the layout; without a session, the login page first. */
function Workspace() {
  const current = useSession();
  const location = useLocation();
  if (!current) {
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return (
    <ConsoleLayout routes={ROUTES_BY_ROLE[current.user.role]}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ConsoleLayout>
  );
}

/** A path renders only for a role that has it: another role's URL is not found. */
function RolePage({ path }: { path: string }) {
  const current = useSession();
  const route = current && ROUTES_BY_ROLE[current.user.role].find((r) => r.path === path);
  if (!route) return <NotFoundPage />;
  const Page = route.page;
  return <Page />;
}

const paths = [
  ...new Set(
    Object.values(ROUTES_BY_ROLE)
      .flat()
      .map((route) => route.path),
  ),
];

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    element: <Workspace />,
    children: [
      ...paths.map((path) => ({ path, element: <RolePage path={path} /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
