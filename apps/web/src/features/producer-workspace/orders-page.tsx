import { Card, Progress, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import type { Page } from '../shared/views';
import { OrdersList } from '../trade/orders-list';
import { PageTitle } from '../trade/record';
import type { CatalogueProduct } from '../trade/views';
import type { Capacity } from './products-page';

/** Incoming orders (ship them from their page) and the capacity they used this month. */
export default function ProducerOrdersPage() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  const capacity = useApi(async () => {
    const [c, products] = await Promise.all([
      ok<Capacity>(
        api.GET('/api/v1/producers/{producerId}/capacity', { params: { path: { producerId } } }),
      ),
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
    ]);
    const names = new Map(products.items.map((p) => [p.productId, p.name]));
    return {
      ...c,
      products: c.products.map((p) => ({ ...p, name: names.get(p.productId) ?? p.productId })),
    };
  }, [producerId]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.orders.incoming')}</PageTitle>
      <OrdersList side="producer" partyId={producerId} />
      <Loading loaded={capacity}>
        {(c) => (
          <Card
            title={
              <h2 style={{ fontSize: 18, margin: 0 }}>
                {t('trade.products.capacityThisMonth', { month: c.month })}
              </h2>
            }
          >
            <Table
              rowKey="productId"
              dataSource={c.products}
              pagination={false}
              size="small"
              columns={[
                { title: t('products.name'), dataIndex: 'name' },
                {
                  title: t('trade.products.reserved'),
                  dataIndex: 'reserved',
                  render: (v: number) => formatNumber(v),
                },
                {
                  title: t('products.capacity'),
                  dataIndex: 'monthlyCapacity',
                  render: (v: number) => formatNumber(v),
                },
                {
                  title: t('trade.products.usedShare'),
                  key: 'u',
                  render: (_, p) => (
                    <Progress
                      size="small"
                      aria-label={t('trade.products.usedShare')}
                      percent={
                        p.monthlyCapacity ? Math.round((p.reserved / p.monthlyCapacity) * 100) : 0
                      }
                    />
                  ),
                },
              ]}
            />
          </Card>
        )}
      </Loading>
    </Space>
  );
}
