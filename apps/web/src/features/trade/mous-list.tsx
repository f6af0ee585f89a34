import { Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { StatusTag } from '../shared/status-tag';
import type { Page } from '../shared/views';
import type { MouItem } from './views';

/** The party's MOUs with progress against targets (the query service's own list for it). */
export function MousList({
  side,
  partyId,
  round,
}: {
  side: 'producer' | 'distributor';
  partyId: string;
  round?: number;
}) {
  const { t } = useTranslation();
  const list = useTableQuery<'signedAt' | 'overallPercent'>();
  const mous = useApi(
    () =>
      side === 'producer'
        ? ok<Page<MouItem>>(
            api.GET('/api/v1/producers/{producerId}/mous', {
              params: { path: { producerId: partyId }, query: list.query },
            }),
          )
        : ok<Page<MouItem>>(
            api.GET('/api/v1/distributors/{distributorId}/mous', {
              params: { path: { distributorId: partyId }, query: list.query },
            }),
          ),
    [side, partyId, round, list.query],
  );
  return (
    <Loading loaded={mous}>
      {(page) => (
        <Table<MouItem>
          rowKey="mouId"
          dataSource={page.items}
          {...list.table<MouItem>(page.total)}
          locale={{ emptyText: t('trade.mous.none') }}
          columns={[
            {
              title: t('trade.mous.titleColumn'),
              key: 't',
              render: (_, m) => (
                <Link to={`/mous/${m.mouId}`}>{m.title ?? m.mouId.slice(0, 8)}</Link>
              ),
            },
            { title: t('trade.mous.counterpart'), dataIndex: 'counterpartName' },
            {
              title: t('trade.status'),
              dataIndex: 'status',
              render: (s: string) => <StatusTag scope="trade.statuses" status={s} />,
            },
            {
              ...list.sortable('signedAt'),
              title: t('trade.mous.signedAt'),
              dataIndex: 'signedAt',
              render: (d: string) => formatDate(d),
            },
            {
              ...list.sortable('overallPercent'),
              title: t('trade.mous.progress'),
              render: (_, m) => (
                <Progress
                  percent={Math.round(m.overallPercent)}
                  size="small"
                  aria-label={t('trade.mous.progress')}
                />
              ),
            },
            {
              title: t('trade.mous.overdue'),
              dataIndex: 'overdueObligations',
              render: (n: number) => formatNumber(n),
            },
          ]}
        />
      )}
    </Loading>
  );
}
