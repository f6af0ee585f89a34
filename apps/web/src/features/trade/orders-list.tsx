import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { PartyName } from '../shared/party-name';
import { StatusTag } from '../shared/status-tag';
import type { Page } from '../shared/views';
import type { OrderItem } from './views';

type OrderStatus = 'placed' | 'confirmed' | 'rejected' | 'shipped' | 'delivered' | 'cancelled';

/** The party's orders, newest first, each linking to its page. */
export function OrdersList({
  side,
  partyId,
  status,
}: {
  side: 'producer' | 'distributor';
  partyId: string;
  status?: OrderStatus;
}) {
  const { t } = useTranslation();
  const list = useTableQuery<'placedAt' | 'totalVnd'>({ sort: 'placedAt', order: 'desc' });
  const orders = useApi(
    () =>
      side === 'producer'
        ? ok<Page<OrderItem>>(
            api.GET('/api/v1/producers/{producerId}/orders', {
              params: { path: { producerId: partyId }, query: { status, ...list.query } },
            }),
          )
        : ok<Page<OrderItem>>(
            api.GET('/api/v1/distributors/{distributorId}/orders', {
              params: { path: { distributorId: partyId }, query: { status, ...list.query } },
            }),
          ),
    [side, partyId, status, list.query],
  );
  const other = side === 'producer' ? 'distributor' : 'producer';
  return (
    <Loading loaded={orders}>
      {(orders) => (
        <Table<OrderItem>
          rowKey="orderId"
          dataSource={orders.items}
          {...list.table<OrderItem>(orders.total)}
          locale={{ emptyText: t('trade.orders.none') }}
          columns={[
            {
              title: t('trade.orders.order'),
              key: 'o',
              render: (_, o) => <Link to={`/orders/${o.orderId}`}>{o.orderId.slice(0, 8)}</Link>,
            },
            {
              ...list.sortable('placedAt'),
              title: t('trade.orders.placedAt'),
              dataIndex: 'placedAt',
              render: (d: string) => formatDateTime(d),
            },
            {
              title: t(`trade.${other}`),
              key: 'c',
              render: (_, o) => (
                <PartyName
                  kind={other}
                  id={other === 'producer' ? o.producerId : o.distributorId}
                />
              ),
            },
            {
              ...list.sortable('totalVnd'),
              title: t('trade.orders.total'),
              dataIndex: 'totalVnd',
              render: (v: number) => formatMoney(v),
            },
            {
              title: t('trade.status'),
              dataIndex: 'status',
              render: (s: string) => <StatusTag scope="trade.statuses" status={s} />,
            },
          ]}
        />
      )}
    </Loading>
  );
}
