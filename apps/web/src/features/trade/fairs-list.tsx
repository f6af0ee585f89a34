import { Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { StatusTag } from '../shared/status-tag';
import type { Fair, Page } from '../shared/views';

/** Fairs (of a status), each linking to the party's page for it. */
export function FairsList({ status }: { status?: 'booking-open' | 'in-progress' }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const fairs = useApi(
    () =>
      ok<Page<Fair>>(
        api.GET('/api/v1/fairs', {
          params: { query: { status, page, limit: 20 } },
        }),
      ),
    [status, page],
  );
  return (
    <Loading loaded={fairs}>
      {(list) => (
        <Table<Fair>
          rowKey="fairId"
          dataSource={list.items}
          pagination={{ current: page, pageSize: 20, total: list.total, onChange: setPage }}
          locale={{ emptyText: t('trade.fairs.none') }}
          columns={[
            {
              title: t('fairs.name'),
              key: 'n',
              render: (_, f) => <Link to={`/fairs/${f.fairId}`}>{f.name}</Link>,
            },
            { title: t('fairs.venue'), key: 'v', render: (_, f) => `${f.venue}, ${f.province}` },
            {
              title: t('trade.fairs.dates'),
              key: 'd',
              render: (_, f) => `${formatDate(f.startsAt)} – ${formatDate(f.endsAt)}`,
            },
            {
              title: t('trade.fairs.bookingUntil'),
              dataIndex: 'bookingClosesAt',
              render: (d: string) => formatDate(d),
            },
            {
              title: t('trade.status'),
              dataIndex: 'status',
              render: (s: string) => <StatusTag scope="fairs.statuses" status={s} />,
            },
          ]}
        />
      )}
    </Loading>
  );
}
