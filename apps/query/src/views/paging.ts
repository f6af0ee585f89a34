import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Collection, mongo } from 'mongoose';

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** ?page=1&limit=20&order=asc|desc, common to every list; each list adds its own `sort`. */
export class PageQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
  @IsOptional() @IsIn(SORT_ORDERS) order?: SortOrder;
}

export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

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
    collection
      .find(filter)
      .sort(sort)
      .skip((query.page - 1) * query.limit)
      .limit(query.limit)
      .toArray(),
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
  const start = (query.page - 1) * query.limit;
  return {
    items: sorted.slice(start, start + query.limit),
    page: query.page,
    limit: query.limit,
    total: items.length,
  };
}
