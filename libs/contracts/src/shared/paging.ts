import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

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
