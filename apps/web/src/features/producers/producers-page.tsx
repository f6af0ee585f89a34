import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { ColorTag } from '../shared/status-tag';
import type { Page } from '../shared/views';

/** A producer as the registry lists it (GET /producers). */
export interface RegistryProducer {
  producerId: string;
  kind: string;
  legalName: string;
  registrationNumber: string;
  province: string;
  district: string;
  commune?: string;
  craftVillage?: string;
  active: boolean;
  products: number;
  certifiedProducts: number;
  registeredAt: string;
}

const KINDS = ['cooperative', 'cooperative-group', 'sme', 'farm', 'household-business'] as const;
type Kind = (typeof KINDS)[number];
type Sort = 'name' | 'district' | 'registeredAt' | 'updatedAt';

/** A text filter applied on Enter and cleared by its cross: each keystroke is no request. */
function TextFilter({ label, onApply }: { label: string; onApply: (value: string) => void }) {
  return (
    <Input
      allowClear
      style={{ width: 200 }}
      aria-label={label}
      placeholder={label}
      onPressEnter={(e) => onApply(e.currentTarget.value.trim())}
      onChange={(e) => e.target.value === '' && onApply('')}
    />
  );
}

/**
 * The producer registry: search by name with or without diacritics, filters by place, craft
 * village, kind and activity, paging and sorting, all done by the API (GET /producers).
 */
export default function ProducersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<{
    q?: string;
    district?: string;
    commune?: string;
    craftVillage?: string;
    kind?: Kind;
    active?: 'true' | 'false';
  }>({});
  const list = useTableQuery<Sort>({ sort: 'name', order: 'asc' });
  const loaded = useApi(
    () =>
      ok<Page<RegistryProducer>>(
        api.GET('/api/v1/producers', {
          params: {
            query: {
              ...filters,
              active: filters.active === undefined ? undefined : filters.active === 'true',
              ...list.query,
            },
          },
        }),
      ),
    [filters, list.query],
  );
  const filter =
    <K extends keyof typeof filters>(key: K) =>
    (value: (typeof filters)[K] | '') => {
      setFilters((current) => ({ ...current, [key]: value === '' ? undefined : value }));
      list.firstPage();
    };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {t('producers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('producers.registryHint')}</Typography.Text>
        </div>
        <Button type="primary" onClick={() => void navigate('/producers/new')}>
          {t('producers.register')}
        </Button>
      </Space>
      <Space style={{ margin: '16px 0' }} wrap>
        <Input.Search
          allowClear
          style={{ width: 440 }}
          aria-label={t('app.search')}
          placeholder={t('producers.searchHint')}
          onSearch={(value) => filter('q')(value.trim())}
        />
        <TextFilter label={t('producers.filterDistrict')} onApply={filter('district')} />
        <TextFilter label={t('producers.filterCommune')} onApply={filter('commune')} />
        <TextFilter label={t('producers.filterCraftVillage')} onApply={filter('craftVillage')} />
        <Select
          allowClear
          style={{ width: 220 }}
          aria-label={t('producers.filterKind')}
          placeholder={t('producers.filterKind')}
          value={filters.kind}
          onChange={(value?: Kind) => filter('kind')(value ?? '')}
          options={KINDS.map((value) => ({ value, label: t(`producerKinds.${value}`) }))}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          aria-label={t('producers.filterActive')}
          placeholder={t('producers.filterActive')}
          value={filters.active}
          onChange={(value?: 'true' | 'false') => filter('active')(value ?? '')}
          options={[
            { value: 'true', label: t('producers.active') },
            { value: 'false', label: t('producers.inactive') },
          ]}
        />
      </Space>
      <Loading loaded={loaded}>
        {(producers) => (
          <Table<RegistryProducer>
            rowKey="producerId"
            size="middle"
            loading={loaded.loading}
            dataSource={producers.items}
            {...list.table<RegistryProducer>(producers.total)}
            columns={[
              {
                ...list.sortable('name'),
                title: t('producers.name'),
                width: 280,
                render: (_, p) => <Link to={`/producers/${p.producerId}`}>{p.legalName}</Link>,
              },
              {
                title: t('producers.kind'),
                dataIndex: 'kind',
                render: (k: string) => t(`producerKinds.${k}`, { defaultValue: k }),
              },
              {
                title: t('producers.registrationNumber'),
                dataIndex: 'registrationNumber',
                render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
              },
              {
                ...list.sortable('district'),
                title: t('producers.district'),
                dataIndex: 'district',
              },
              { title: t('producers.commune'), dataIndex: 'commune' },
              {
                title: t('producers.craftVillage'),
                dataIndex: 'craftVillage',
                render: (v?: string) => v || '—',
              },
              {
                title: t('producers.certifiedOfTotal'),
                key: 'products',
                align: 'right',
                render: (_, p) =>
                  `${formatNumber(p.certifiedProducts)} / ${formatNumber(p.products)}`,
              },
              {
                title: t('producers.status'),
                dataIndex: 'active',
                render: (active: boolean) => (
                  <ColorTag color={active ? 'green' : 'default'}>
                    {active ? t('producers.active') : t('producers.inactive')}
                  </ColorTag>
                ),
              },
              {
                ...list.sortable('registeredAt'),
                title: t('producers.registeredAt'),
                dataIndex: 'registeredAt',
                render: (v: string) => formatDate(v),
              },
            ]}
          />
        )}
      </Loading>
    </>
  );
}
