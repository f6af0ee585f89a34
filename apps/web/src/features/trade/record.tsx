import type { ReactNode } from 'react';
import { NotFoundPage } from '../../components/not-found-page';
import { Loading } from '../../components/page-state';
import type { Loaded } from '../../lib/use-api';

/**
 * A record the URL names: the API answers 404 for one that does not exist or belongs to another
 * party, and the console then shows its not-found page, as for any unknown URL.
 */
export function RecordLoading<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  if (loaded.error && !loaded.data && [403, 404].includes(loaded.error.status)) {
    return <NotFoundPage />;
  }
  return <Loading loaded={loaded}>{children}</Loading>;
}

/** A page's one heading. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 style={{ fontSize: 24, margin: 0, fontWeight: 600 }}>{children}</h1>;
}
