import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { StatusTag } from '../shared/status-tag';
import type { ObligationItem } from '../trade/views';

export function ObligationsTable({ items }: { items: ObligationItem[] }) {
  const { t } = useTranslation();
  return (
    <Table<ObligationItem>
      rowKey={(o) => `${o.mouId}:${o.obligationId}`}
      dataSource={items}
      pagination={false}
      size="small"
      locale={{ emptyText: t('trade.mous.noObligations') }}
      columns={[
        { title: t('trade.mous.obligation'), dataIndex: 'description' },
        {
          title: t('trade.mous.kind'),
          dataIndex: 'kind',
          render: (k: string) => t(`trade.mous.kinds.${k}`, { defaultValue: k }),
        },
        { title: t('trade.mous.due'), dataIndex: 'dueDate', render: (d: string) => formatDate(d) },
        {
          title: t('trade.mous.counterpart'),
          key: 'm',
          render: (_, o) => (
            <Link to={`/mous/${o.mouId}`}>{o.counterpartName ?? o.mouId.slice(0, 8)}</Link>
          ),
        },
        {
          title: t('trade.status'),
          dataIndex: 'status',
          render: (s: string) => <StatusTag scope="trade.statuses" status={s} />,
        },
      ]}
    />
  );
}
