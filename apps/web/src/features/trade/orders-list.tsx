import { Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useApi } from '../../lib/use-api';
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
  const [page, setPage] = useState(1);
  const orders = useApi(
    () =>
      side === 'producer'
        ? ok<Page<OrderItem>>(
            api.GET('/api/v1/producers/{producerId}/orders', {
              params: { path: { producerId: partyId }, query: { status, page, limit: 20 } },
            }),
          )
        : ok<Page<OrderItem>>(
            api.GET('/api/v1/distributors/{distributorId}/orders', {
              params: { path: { distributorId: partyId }, query: { status, page, limit: 20 } },
            }),
          ),
    [side, partyId, status, page],
  );
  const other = side === 'producer' ? 'distributor' : 'producer';
  return (
    <Loading loaded={orders}>
      {(list) => (
        <Table<OrderItem>
          rowKey="orderId"
          dataSource={list.items}
          pagination={{ current: page, pageSize: 20, total: list.total, onChange: setPage }}
          locale={{ emptyText: t('trade.orders.none') }}
          columns={[
            {
              title: t('trade.orders.order'),
              key: 'o',
              render: (_, o) => <Link to={`/orders/${o.orderId}`}>{o.orderId.slice(0, 8)}</Link>,
            },
            {
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
