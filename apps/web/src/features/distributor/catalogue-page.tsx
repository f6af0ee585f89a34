import { Button, Card, Checkbox, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatMoney } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { StatusTag } from '../shared/status-tag';
import type { Page } from '../shared/views';
import { PageTitle } from '../trade/record';
import { Stars } from '../trade/stars';
import { GROUPS, type CatalogueProduct, type Group } from '../trade/views';

interface Filters {
  q: string;
  group?: Group;
  stars?: 3 | 4 | 5;
  province: string;
  district: string;
  craftVillage: string;
  validCertificate: boolean;
}

const EMPTY: Filters = {
  q: '',
  province: '',
  district: '',
  craftVillage: '',
  validCertificate: true,
};

/** Certified products, searched with or without diacritics by the API's catalogue search. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const list = useTableQuery<'name' | 'stars' | 'priceMinVnd'>({ sort: 'name', order: 'asc' });
  const products = useApi(
    () =>
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/catalogue/products', {
          params: {
            query: {
              q: filters.q || undefined,
              group: filters.group,
              stars: filters.stars,
              province: filters.province || undefined,
              district: filters.district || undefined,
              craftVillage: filters.craftVillage || undefined,
              validCertificate: filters.validCertificate || undefined,
              ...list.query,
            },
          },
        }),
      ),
    [filters, list.query],
  );
  const apply = () => {
    list.firstPage();
    setFilters(draft);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.catalogue.title')}</PageTitle>
      <Card size="small">
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <Space wrap align="end">
            <Input
              aria-label={t('trade.catalogue.query')}
              placeholder={t('trade.catalogue.queryHint')}
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
              style={{ width: 280 }}
              id="catalogue-q"
            />
            <Select<Group>
              aria-label={t('products.group')}
              placeholder={t('products.group')}
              allowClear
              style={{ width: 170 }}
              value={draft.group}
              onChange={(group) => setDraft({ ...draft, group })}
              options={GROUPS.map((value) => ({ value, label: t(`groups.${value}`) }))}
            />
            <Select<3 | 4 | 5>
              aria-label={t('trade.stars')}
              placeholder={t('trade.stars')}
              allowClear
              style={{ width: 120 }}
              value={draft.stars}
              onChange={(stars) => setDraft({ ...draft, stars })}
              options={[3, 4, 5].map((value) => ({
                value: value as 3 | 4 | 5,
                label: t('trade.starsLabel', { count: value }),
              }))}
            />
            <Input
              aria-label={t('trade.province')}
              placeholder={t('trade.province')}
              value={draft.province}
              onChange={(e) => setDraft({ ...draft, province: e.target.value })}
              style={{ width: 150 }}
            />
            <Input
              aria-label={t('trade.district')}
              placeholder={t('trade.district')}
              value={draft.district}
              onChange={(e) => setDraft({ ...draft, district: e.target.value })}
              style={{ width: 150 }}
            />
            <Input
              aria-label={t('trade.craftVillage')}
              placeholder={t('trade.craftVillage')}
              value={draft.craftVillage}
              onChange={(e) => setDraft({ ...draft, craftVillage: e.target.value })}
              style={{ width: 170 }}
            />
            <Checkbox
              checked={draft.validCertificate}
              onChange={(e) => setDraft({ ...draft, validCertificate: e.target.checked })}
            >
              {t('trade.catalogue.validOnly')}
            </Checkbox>
            <Button type="primary" htmlType="submit">
              {t('app.search')}
            </Button>
          </Space>
        </form>
      </Card>
      <Loading loaded={products}>
        {(found) => (
          <Table<CatalogueProduct>
            rowKey="productId"
            dataSource={found.items}
            loading={products.loading}
            {...list.table<CatalogueProduct>(found.total)}
            columns={[
              {
                ...list.sortable('name'),
                title: t('products.name'),
                render: (_, p) => (
                  <Link to={`/catalogue/${p.producerId}/${p.productId}`}>{p.name}</Link>
                ),
              },
              {
                title: t('products.group'),
                dataIndex: 'group',
                render: (g: string) => t(`groups.${g}`, { defaultValue: g }),
              },
              {
                ...list.sortable('stars'),
                title: t('trade.stars'),
                dataIndex: 'stars',
                render: (s: number) => <Stars value={s} />,
              },
              { title: t('trade.producer'), dataIndex: 'producerName' },
              {
                title: t('trade.place'),
                key: 'place',
                render: (_, p) =>
                  [p.craftVillage, p.district, p.province].filter(Boolean).join(', '),
              },
              {
                ...list.sortable('priceMinVnd'),
                title: t('products.priceRange'),
                render: (_, p) =>
                  `${formatMoney(p.priceMinVnd)} – ${formatMoney(p.priceMaxVnd)} / ${p.unit}`,
              },
              {
                title: t('products.certificate'),
                key: 'cert',
                render: (_, p) => (
                  <StatusTag
                    scope="products.certificateStatuses"
                    status={p.certificate?.status ?? 'none'}
                  />
                ),
              },
            ]}
          />
        )}
      </Loading>
    </Space>
  );
}
