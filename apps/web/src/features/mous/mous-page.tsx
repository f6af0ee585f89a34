import { Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { PartyName } from '../shared/party-name';
import { StatusTag } from '../shared/status-tag';
import type { Fair, Page } from '../shared/views';
import type { Mou, MouSummary } from './mou-view';

const STATUSES = ['drafted', 'proposed', 'active', 'fulfilled', 'expired', 'terminated'] as const;

/** Overall fulfilment: delivered against target, summed over the targets (capped per target). */
export function overallPercent(mou: Mou): number {
  if (mou.targets.length === 0) return 0;
  const sum = mou.targets.reduce((n, target) => n + Math.min(target.percent, 100), 0);
  return Math.round(sum / mou.targets.length);
}

/**
 * An MOU's fulfilment, from the MOU itself: the register (GET /mous) lists no targets, and a page
 * holds at most `limit` MOUs.
 */
function MouFulfilment({ mouId }: { mouId: string }) {
  const { t } = useTranslation();
  const mou = useApi(
    () => ok<Mou>(api.GET('/api/v1/mous/{mouId}', { params: { path: { mouId } } })),
    [mouId],
  );
  if (!mou.data) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Progress size="small" percent={overallPercent(mou.data)} aria-label={t('mous.fulfilment')} />
  );
}

export default function MousPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>();
  const [fairId, setFairId] = useState<string>();
  const list = useTableQuery<'draftedAt' | 'updatedAt'>({ sort: 'updatedAt', order: 'desc' });
  const fairs = useApi(
    () => ok<Page<Fair>>(api.GET('/api/v1/fairs', { params: { query: { limit: 100 } } })),
    [],
  );
  const loaded = useApi(
    () =>
      ok<Page<MouSummary>>(
        api.GET('/api/v1/mous', { params: { query: { status, fairId, ...list.query } } }),
      ),
    [status, fairId, list.query],
  );
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('mous.title')}
      </Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          style={{ width: 200 }}
          aria-label={t('mous.status')}
          placeholder={t('mous.status')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            list.firstPage();
          }}
          options={STATUSES.map((value) => ({ value, label: t(`mous.statuses.${value}`) }))}
        />
        <Select
          allowClear
          style={{ width: 320 }}
          aria-label={t('mous.fair')}
          placeholder={t('mous.fair')}
          value={fairId}
          onChange={(value) => {
            setFairId(value);
            list.firstPage();
          }}
          options={(fairs.data?.items ?? []).map((fair) => ({
            value: fair.fairId,
            label: fair.name,
          }))}
        />
      </Space>
      <Loading loaded={loaded}>
        {(mous) => (
          <Table<MouSummary>
            rowKey="mouId"
            loading={loaded.loading}
            dataSource={mous.items}
            {...list.table<MouSummary>(mous.total)}
            columns={[
              {
                title: t('mous.mou'),
                key: 'title',
                render: (_, m) => (
                  <Link to={`/mous/${m.mouId}`}>{m.title ?? m.mouId.slice(0, 8)}</Link>
                ),
              },
              {
                title: t('mous.distributor'),
                dataIndex: 'distributorId',
                render: (id: string) => <PartyName kind="distributor" id={id} />,
              },
              {
                title: t('mous.producers'),
                dataIndex: 'producerIds',
                render: (ids: string[]) => (
                  <Space direction="vertical" size={0}>
                    {ids.map((id) => (
                      <PartyName key={id} kind="producer" id={id} />
                    ))}
                  </Space>
                ),
              },
              {
                title: t('mous.status'),
                dataIndex: 'status',
                render: (s: string) => <StatusTag scope="mous.statuses" status={s} />,
              },
              {
                title: t('mous.period'),
                key: 'period',
                render: (_, m) => {
                  const period = m.versionInForce ?? m.pendingVersion;
                  return period
                    ? `${formatDate(period.startDate)} – ${formatDate(period.endDate)}`
                    : '—';
                },
              },
              {
                ...list.sortable('draftedAt'),
                title: t('mous.draftedAt'),
                dataIndex: 'draftedAt',
                render: (v: string) => formatDate(v),
              },
              {
                ...list.sortable('updatedAt'),
                title: t('mous.updatedAt'),
                dataIndex: 'updatedAt',
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('mous.fulfilment'),
                key: 'fulfilment',
                render: (_, m) => <MouFulfilment mouId={m.mouId} />,
              },
            ]}
          />
        )}
      </Loading>
    </>
  );
}
