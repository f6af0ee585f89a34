import { Alert, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import { StatusTag } from '../shared/status-tag';
import type { Certificate, Page } from '../shared/views';

interface MyProduct {
  productId: string;
  name: string;
  group: string;
  unit: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
  stars?: number;
  certificate?: Certificate;
  daysToExpiry?: number;
}

/** The producer's products and certificates (the rest of the workspace comes with issue 20). */
export default function ProducerHome() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  const [page, setPage] = useState(1);
  const products = useApi(
    () =>
      ok<Page<MyProduct>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId }, query: { page, limit: 20 } },
        }),
      ),
    [producerId, page],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('workspace.producerHome')}
      </Typography.Title>
      <Alert type="info" showIcon message={t('workspace.comingSoon')} />
      <Loading loaded={products}>
        {(list) => (
          <Table<MyProduct>
            rowKey="productId"
            dataSource={list.items}
            pagination={{ current: page, pageSize: 20, total: list.total, onChange: setPage }}
            columns={[
              { title: t('products.name'), dataIndex: 'name' },
              {
                title: t('products.group'),
                dataIndex: 'group',
                render: (g: string) => t(`groups.${g}`, { defaultValue: g }),
              },
              {
                title: t('products.priceRange'),
                key: 'p',
                render: (_, p) =>
                  `${formatMoney(p.priceMinVnd)} – ${formatMoney(p.priceMaxVnd)} / ${p.unit}`,
              },
              {
                title: t('products.capacity'),
                dataIndex: 'monthlyCapacity',
                render: (v: number) => formatNumber(v),
              },
              {
                title: t('products.certificate'),
                key: 'c',
                render: (_, p) => (
                  <Space size={4} wrap>
                    <StatusTag
                      scope="products.certificateStatuses"
                      status={p.certificate?.status ?? 'none'}
                    />
                    {p.certificate?.expiresOn &&
                      `${t('products.expiresOn')} ${formatDate(p.certificate.expiresOn)}`}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loading>
    </Space>
  );
}
