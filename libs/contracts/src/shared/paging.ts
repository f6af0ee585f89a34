import { IsOmittable } from '@ocop/events';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * The one paging convention of every list: ?page=1 (1-based) &limit=20 (1..100) &order=asc|desc,
 * answered as a Page. Each list extends it with its own `sort`, an @IsIn of the fields it sorts by
 * with a default, and its own default order; anything else in the query string is refused (400).
 */
export class PageQuery {
  @IsOmittable() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) page: number = 1;
  @IsOmittable() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
  @IsOmittable() @IsIn(SORT_ORDERS) order?: SortOrder;
}

export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

/** How many items of the whole list come before the requested page. */
export function pageStart(query: PageQuery): number {
  return (query.page - 1) * query.limit;
}
