import { Button, Input, Select, Space, Switch, Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { StatusTag } from '../shared/status-tag';
import type { Certificate, Page } from '../shared/views';

export interface CatalogueProduct {
  productId: string;
  producerId: string;
  name: string;
  group: string;
  stars?: number;
  priceMinVnd: number;
  priceMaxVnd: number;
  unit: string;
  certificate?: Certificate;
  producerName?: string;
  producerKind?: string;
  district?: string;
  commune?: string;
  craftVillage?: string;
}

const GROUPS = ['food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism'] as const;
type Sort = 'name' | 'stars' | 'priceMinVnd' | 'updatedAt';

/**
 * The registry as its certified products with their producers: search with or without diacritics,
 * filters and sorting, all done by the API (the catalogue read model).
 */
export default function ProducersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [group, setGroup] = useState<(typeof GROUPS)[number]>();
  const [stars, setStars] = useState<3 | 4 | 5>();
  const [district, setDistrict] = useState('');
  const [validOnly, setValidOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [limit, setLimit] = useState(20);
  const [sort, setSort] = useState<{ field: Sort; order: 'asc' | 'desc' }>({
    field: 'name',
    order: 'asc',
  });
  const loaded = useApi(
    () =>
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/catalogue/products', {
          params: {
            query: {
              q: q || undefined,
              group,
              stars,
              district: district || undefined,
              validCertificate: validOnly || undefined,
              page,
              limit,
              sort: sort.field,
              order: sort.order,
            },
          },
        }),
      ),
    [q, group, stars, district, validOnly, page, limit, sort],
  );
  const resetPage =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {t('producers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('producers.catalogueHint')}</Typography.Text>
        </div>
        <Button type="primary" onClick={() => void navigate('/producers/new')}>
          {t('producers.register')}
        </Button>
      </Space>
      <Space style={{ margin: '16px 0' }} wrap>
        <Input.Search
          allowClear
          style={{ width: 400 }}
          aria-label={t('app.search')}
          placeholder={t('producers.searchHint')}
          onSearch={resetPage(setQ)}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          aria-label={t('producers.filterGroup')}
          placeholder={t('producers.filterGroup')}
          value={group}
          onChange={resetPage(setGroup)}
          options={GROUPS.map((value) => ({ value, label: t(`groups.${value}`) }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          aria-label={t('producers.filterStars')}
          placeholder={t('producers.filterStars')}
          value={stars}
          onChange={resetPage(setStars)}
          options={([3, 4, 5] as const).map((value) => ({
            value,
            label: t('home.stars', { count: value }),
          }))}
        />
        <Input
          allowClear
          style={{ width: 200 }}
          aria-label={t('producers.filterDistrict')}
          placeholder={t('producers.filterDistrict')}
          onPressEnter={(e) => resetPage(setDistrict)(e.currentTarget.value)}
          onChange={(e) => e.target.value === '' && resetPage(setDistrict)('')}
        />
        <Space>
          <Switch id="validOnly" checked={validOnly} onChange={resetPage(setValidOnly)} />
          <label htmlFor="validOnly">{t('producers.validOnly')}</label>
        </Space>
      </Space>
      <Loading loaded={loaded}>
        {(products) => (
          <Table<CatalogueProduct>
            rowKey="productId"
            loading={loaded.loading}
            dataSource={products.items}
            onChange={(_, __, sorter) => {
              const s = sorter as SorterResult<CatalogueProduct>;
              if (s.order && s.columnKey) {
                setSort({
                  field: s.columnKey as Sort,
                  order: s.order === 'ascend' ? 'asc' : 'desc',
                });
              } else {
                setSort({ field: 'name', order: 'asc' });
              }
            }}
            pagination={{
              current: page,
              pageSize: limit,
              total: products.total,
              showSizeChanger: true,
              onChange: (next, size) => {
                setPage(size === limit ? next : 1);
                setLimit(size);
              },
            }}
            columns={[
              {
                key: 'name',
                title: t('products.name'),
                dataIndex: 'name',
                sorter: true,
                sortOrder:
                  sort.field === 'name' ? (sort.order === 'asc' ? 'ascend' : 'descend') : null,
              },
              {
                title: t('producers.name'),
                key: 'producer',
                render: (_, p) => (
                  <Link to={`/producers/${p.producerId}`}>{p.producerName ?? p.producerId}</Link>
                ),
              },
              {
                title: t('products.group'),
                dataIndex: 'group',
                render: (g: string) => t(`groups.${g}`, { defaultValue: g }),
              },
              {
                key: 'stars',
                title: t('products.stars'),
                dataIndex: 'stars',
                sorter: true,
                sortOrder:
                  sort.field === 'stars' ? (sort.order === 'asc' ? 'ascend' : 'descend') : null,
                render: (value?: number) =>
                  value ? (
                    <span aria-label={t('home.stars', { count: value })}>{'★'.repeat(value)}</span>
                  ) : (
                    '—'
                  ),
              },
              { title: t('producers.district'), dataIndex: 'district' },
              {
                key: 'priceMinVnd',
                title: t('products.priceRange'),
                sorter: true,
                sortOrder:
                  sort.field === 'priceMinVnd'
                    ? sort.order === 'asc'
                      ? 'ascend'
                      : 'descend'
                    : null,
                render: (_, p) => `${formatMoney(p.priceMinVnd)} – ${formatMoney(p.priceMaxVnd)}`,
              },
              {
                title: t('products.certificate'),
                key: 'certificate',
                render: (_, p) => (
                  <Space direction="vertical" size={0}>
                    <StatusTag
                      scope="products.certificateStatuses"
                      status={p.certificate?.status ?? 'none'}
                    />
                    {p.certificate?.expiresOn && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('products.expiresOn')} {formatDate(p.certificate.expiresOn)}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loading>
    </>
  );
}
