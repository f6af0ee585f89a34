import { Page, PageQuery, pageStart, SortOrder } from '@ocop/contracts';
import { Collection, mongo } from 'mongoose';

/** A page straight from a collection: filter, sort (ties broken by _id), skip and limit. */
export async function collectionPage<D extends mongo.Document, T>(
  collection: Collection<D>,
  filter: mongo.Filter<D>,
  sortField: string,
  order: SortOrder,
  query: PageQuery,
  view: (doc: D) => T,
): Promise<Page<T>> {
  const direction = order === 'asc' ? 1 : -1;
  const sort: mongo.Sort = { [sortField]: direction, _id: direction };
  const [docs, total] = await Promise.all([
    collection.find(filter).sort(sort).skip(pageStart(query)).limit(query.limit).toArray(),
    collection.countDocuments(filter),
  ]);
  return {
    items: docs.map((doc) => view(doc as D)),
    page: query.page,
    limit: query.limit,
    total,
  };
}

type SortKey = string | number | null | undefined;

function compareKeys(a: SortKey, b: SortKey): number {
  // Missing values first, as MongoDB sorts null before anything else.
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** A page of items worked out in memory (lists computed from several read models). */
export function memoryPage<T>(
  items: T[],
  key: (item: T) => SortKey,
  tieBreak: (item: T) => string,
  order: SortOrder,
  query: PageQuery,
): Page<T> {
  const direction = order === 'asc' ? 1 : -1;
  const sorted = [...items].sort(
    (a, b) => direction * (compareKeys(key(a), key(b)) || compareKeys(tieBreak(a), tieBreak(b))),
  );
  const start = pageStart(query);
  return {
    items: sorted.slice(start, start + query.limit),
    page: query.page,
    limit: query.limit,
    total: items.length,
  };
}
