import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from './paging';

const pages = new Map<Type<object>, Type<Page<object>>>();

/** The named page class of an item class, e.g. `FairPage` for `Fair` (one per item class). */
export function pageOf<T extends object>(item: Type<T>): Type<Page<T>> {
  const known = pages.get(item);
  if (known) return known as Type<Page<T>>;
  class ItemPage implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
    @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 }) limit!: number;
    @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  }
  Object.defineProperty(ItemPage, 'name', { value: `${item.name}Page` });
  pages.set(item, ItemPage);
  return ItemPage;
}
