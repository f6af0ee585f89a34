import { Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { useSession } from '../../lib/session';
import type { Fair, Page } from '../shared/views';
import { StatusTag } from '../shared/status-tag';

const STATUSES = ['scheduled', 'booking-open', 'booking-closed', 'in-progress', 'closed'] as const;
const KINDS = ['trade-fair', 'ocop-product-week', 'exhibition', 'b2b-matchmaking'] as const;

export default function FairsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useSession();
  const list = useTableQuery<'startsAt' | 'name'>({ sort: 'startsAt', order: 'desc' });
  const [status, setStatus] = useState<(typeof STATUSES)[number]>();
  const [kind, setKind] = useState<(typeof KINDS)[number]>();
  const loaded = useApi(
    () =>
      ok<Page<Fair>>(
        api.GET('/api/v1/fairs', {
          params: { query: { status, kind, ...list.query } },
        }),
      ),
    [status, kind, list.query],
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('fairs.title')}
        </Typography.Title>
        {current?.user.role === 'officer' && (
          <Button type="primary" onClick={() => void navigate('/fairs/new')}>
            {t('fairs.schedule')}
          </Button>
        )}
      </Space>
      <Space style={{ margin: '16px 0' }} wrap>
        <Select
          allowClear
          style={{ width: 220 }}
          aria-label={t('fairs.filterStatus')}
          placeholder={t('fairs.filterStatus')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            list.firstPage();
          }}
          options={STATUSES.map((value) => ({ value, label: t(`fairs.statuses.${value}`) }))}
        />
        <Select
          allowClear
          style={{ width: 240 }}
          aria-label={t('fairs.filterKind')}
          placeholder={t('fairs.filterKind')}
          value={kind}
          onChange={(value) => {
            setKind(value);
            list.firstPage();
          }}
          options={KINDS.map((value) => ({ value, label: t(`fairs.kinds.${value}`) }))}
        />
      </Space>
      <Loading loaded={loaded}>
        {(fairs) => (
          <Table<Fair>
            rowKey="fairId"
            loading={loaded.loading}
            dataSource={fairs.items}
            {...list.table<Fair>(fairs.total)}
            columns={[
              {
                ...list.sortable('name'),
                title: t('fairs.name'),
                dataIndex: 'name',
                render: (name: string, fair) => <Link to={`/fairs/${fair.fairId}`}>{name}</Link>,
              },
              {
                title: t('fairs.kind'),
                dataIndex: 'kind',
                render: (k: string) => t(`fairs.kinds.${k}`),
              },
              {
                title: t('fairs.status'),
                dataIndex: 'status',
                render: (s: string) => <StatusTag scope="fairs.statuses" status={s} />,
              },
              { title: t('fairs.venue'), dataIndex: 'venue' },
              { title: t('fairs.province'), dataIndex: 'province' },
              {
                title: t('fairs.booking'),
                key: 'booking',
                render: (_, fair) =>
                  `${formatDate(fair.bookingOpensAt)} – ${formatDate(fair.bookingClosesAt)}`,
              },
              {
                ...list.sortable('startsAt'),
                title: t('fairs.dates'),
                render: (_, fair) => `${formatDate(fair.startsAt)} – ${formatDate(fair.endsAt)}`,
              },
            ]}
          />
        )}
      </Loading>
    </>
  );
}
