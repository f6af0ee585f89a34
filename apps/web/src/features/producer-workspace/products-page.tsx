import { Button, Form, InputNumber, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import { RegisterProduct } from '../producers/producer-page';
import { FormErrors } from '../shared/form-errors';
import { StatusTag } from '../shared/status-tag';
import type { Page } from '../shared/views';
import { PageTitle } from '../trade/record';
import { Stars } from '../trade/stars';
import type { CatalogueProduct } from '../trade/views';

export interface Capacity {
  month: string;
  products: { productId: string; monthlyCapacity: number; reserved: number; remaining: number }[];
}

/** The producer's products: register, certificate and stars, monthly capacity and its use. */
export default function ProducerProductsPage() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  const [round, setRound] = useState(0);
  const [changing, setChanging] = useState<CatalogueProduct>();
  const [form] = Form.useForm<{ monthlyCapacity: number }>();
  const loaded = useApi(async () => {
    const [products, capacity] = await Promise.all([
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
      ok<Capacity>(
        api.GET('/api/v1/producers/{producerId}/capacity', { params: { path: { producerId } } }),
      ),
    ]);
    return { products: products.items, capacity };
  }, [producerId, round]);
  const reload = () => setTimeout(() => setRound((n) => n + 1), 800);
  const change = useCommand(
    (values: { monthlyCapacity: number }, key: string) =>
      ok(
        api.PUT('/api/v1/producers/{producerId}/products/{productId}/capacity', {
          params: { path: { producerId, productId: changing?.productId ?? '' } },
          body: values,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('trade.products.capacityChanged'),
      onDone: () => (setChanging(undefined), reload()),
    },
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <PageTitle>{t('trade.products.title')}</PageTitle>
        <Space>
          <Link to="/products/labels">{t('trade.products.labels')}</Link>
          <RegisterProduct producerId={producerId} onDone={reload} />
        </Space>
      </Space>
      <Loading loaded={loaded}>
        {({ products, capacity }) => {
          const used = new Map(capacity.products.map((c) => [c.productId, c]));
          return (
            <Table<CatalogueProduct>
              rowKey="productId"
              dataSource={products}
              pagination={false}
              locale={{ emptyText: t('trade.products.none') }}
              columns={[
                { title: t('products.name'), dataIndex: 'name' },
                {
                  title: t('products.group'),
                  dataIndex: 'group',
                  render: (g: string) => t(`groups.${g}`, { defaultValue: g }),
                },
                {
                  title: t('trade.stars'),
                  dataIndex: 'stars',
                  render: (s: number) => <Stars value={s} />,
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
                      {p.certificate &&
                        `${p.certificate.decisionNumber} · ${t('products.expiresOn')} ${formatDate(p.certificate.expiresOn)}`}
                    </Space>
                  ),
                },
                {
                  title: t('products.priceRange'),
                  key: 'p',
                  render: (_, p) =>
                    `${formatMoney(p.priceMinVnd)} – ${formatMoney(p.priceMaxVnd)} / ${p.unit}`,
                },
                {
                  title: t('trade.products.capacityThisMonth', { month: capacity.month }),
                  key: 'cap',
                  render: (_, p) => {
                    const c = used.get(p.productId);
                    return t('trade.products.used', {
                      used: formatNumber(c?.reserved ?? 0),
                      capacity: formatNumber(p.monthlyCapacity),
                      unit: p.unit,
                    });
                  },
                },
                {
                  title: t('app.actions'),
                  key: 'a',
                  render: (_, p) => (
                    <Button
                      size="small"
                      onClick={() => {
                        form.setFieldsValue({ monthlyCapacity: p.monthlyCapacity });
                        setChanging(p);
                      }}
                    >
                      {t('trade.products.changeCapacity')}
                    </Button>
                  ),
                },
              ]}
            />
          );
        }}
      </Loading>
      <Modal
        open={changing !== undefined}
        title={`${t('trade.products.changeCapacity')}: ${changing?.name ?? ''}`}
        okText={t('app.save')}
        cancelText={t('app.cancel')}
        okButtonProps={{ loading: change.busy }}
        onCancel={() => setChanging(undefined)}
        onOk={() => void form.validateFields().then((v) => change.run(v))}
      >
        <FormErrors messages={change.formErrors} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="monthlyCapacity"
            label={t('products.capacity')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
