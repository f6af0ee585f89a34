import { Alert, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatMoney } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import type { CatalogueProduct } from '../producers/producers-page';
import type { Page } from '../shared/views';

/** The buyer's catalogue search (the rest of the workspace comes with issue 20). */
export default function DistributorHome() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const products = useApi(
    () =>
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/catalogue/products', {
          params: { query: { q: q || undefined, page, limit: 20, validCertificate: true } },
        }),
      ),
    [q, page],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('workspace.distributorHome')}
      </Typography.Title>
      <Alert type="info" showIcon message={t('workspace.comingSoon')} />
      <Input.Search
        allowClear
        style={{ maxWidth: 420 }}
        aria-label={t('app.search')}
        placeholder={t('producers.searchHint')}
        onSearch={(value) => {
          setQ(value);
          setPage(1);
        }}
      />
      <Loading loaded={products}>
        {(list) => (
          <Table<CatalogueProduct>
            rowKey="productId"
            dataSource={list.items}
            pagination={{ current: page, pageSize: 20, total: list.total, onChange: setPage }}
            columns={[
              { title: t('products.name'), dataIndex: 'name' },
              { title: t('producers.name'), dataIndex: 'producerName' },
              {
                title: t('products.stars'),
                dataIndex: 'stars',
                render: (v?: number) => (v ? '★'.repeat(v) : '—'),
              },
              { title: t('producers.district'), dataIndex: 'district' },
              {
                title: t('products.priceRange'),
                key: 'p',
                render: (_, p) => `${formatMoney(p.priceMinVnd)} – ${formatMoney(p.priceMaxVnd)}`,
              },
            ]}
          />
        )}
      </Loading>
    </Space>
  );
}
