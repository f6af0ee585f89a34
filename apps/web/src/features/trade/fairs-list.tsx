import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { StatusTag } from '../shared/status-tag';
import type { Fair, Page } from '../shared/views';

/** Fairs (of a status), each linking to the party's page for it. */
export function FairsList({ status }: { status?: 'booking-open' | 'in-progress' }) {
  const { t } = useTranslation();
  const list = useTableQuery<'startsAt' | 'name'>();
  const fairs = useApi(
    () =>
      ok<Page<Fair>>(
        api.GET('/api/v1/fairs', {
          params: { query: { status, ...list.query } },
        }),
      ),
    [status, list.query],
  );
  return (
    <Loading loaded={fairs}>
      {(fairs) => (
        <Table<Fair>
          rowKey="fairId"
          dataSource={fairs.items}
          {...list.table<Fair>(fairs.total)}
          locale={{ emptyText: t('trade.fairs.none') }}
          columns={[
            {
              ...list.sortable('name'),
              title: t('fairs.name'),
              render: (_, f) => <Link to={`/fairs/${f.fairId}`}>{f.name}</Link>,
            },
            { title: t('fairs.venue'), key: 'v', render: (_, f) => `${f.venue}, ${f.province}` },
            {
              ...list.sortable('startsAt'),
              title: t('trade.fairs.dates'),
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
