import type { TablePaginationConfig, TableProps } from 'antd';
import type { SortOrder, SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';

export type Order = 'asc' | 'desc';

/** The API's list parameters: `page`, `limit`, and `sort`/`order` when a column is sorted. */
export interface ListQuery<S extends string> {
  page: number;
  limit: number;
  sort?: S;
  order?: Order;
}

export interface TableQuery<S extends string> {
  /** What to send with the list's filters (deps of its useApi too). */
  query: ListQuery<S>;
  /** Back to page 1: a filter changed, so the old page number means nothing. */
  firstPage: () => void;
  /** antd Table's pagination and onChange for a list of `total` items. */
  table: <T>(total: number) => Pick<TableProps<T>, 'pagination' | 'onChange'>;
  /** A column the API sorts by `field` (a sort field its route accepts). */
  sortable: (field: S) => { key: S; sorter: true; sortOrder: SortOrder };
}

/**
 * A list paged and sorted by the API, not in the browser: antd Table's page, page size and sorted
 * column become the route's `page`, `limit`, `sort` and `order`. Columns whose field the route
 * cannot sort by are simply not sortable.
 */
export function useTableQuery<S extends string>(
  defaults: { limit?: number; sort?: S; order?: Order } = {},
): TableQuery<S> {
  const initial: ListQuery<S> = {
    page: 1,
    limit: defaults.limit ?? 20,
    sort: defaults.sort,
    order: defaults.sort ? (defaults.order ?? 'asc') : undefined,
  };
  const [query, setQuery] = useState<ListQuery<S>>(initial);

  const onChange = (
    pagination: TablePaginationConfig,
    sorter: SorterResult<unknown> | SorterResult<unknown>[],
    action: string,
  ) => {
    if (action === 'sort') {
      const sorted = Array.isArray(sorter) ? sorter[0] : sorter;
      setQuery((q) =>
        sorted?.order && sorted.columnKey
          ? {
              ...q,
              page: 1,
              sort: String(sorted.columnKey) as S,
              order: sorted.order === 'ascend' ? 'asc' : 'desc',
            }
          : { ...q, page: 1, sort: initial.sort, order: initial.order },
      );
      return;
    }
    const limit = pagination.pageSize ?? query.limit;
    setQuery((q) => ({ ...q, limit, page: limit === q.limit ? (pagination.current ?? 1) : 1 }));
  };

  return {
    query,
    firstPage: () => setQuery((q) => (q.page === 1 ? q : { ...q, page: 1 })),
    table: <T>(total: number): Pick<TableProps<T>, 'pagination' | 'onChange'> => ({
      pagination: {
        current: query.page,
        pageSize: query.limit,
        total,
        showSizeChanger: true,
      },
      onChange: (pagination, _filters, sorter, extra) =>
        onChange(
          pagination,
          sorter as SorterResult<unknown> | SorterResult<unknown>[],
          extra.action,
        ),
    }),
    sortable: (field: S) => ({
      key: field,
      sorter: true,
      sortOrder: query.sort === field ? (query.order === 'desc' ? 'descend' : 'ascend') : null,
    }),
  };
}
