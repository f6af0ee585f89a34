import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useApi, useCommand } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { FormErrors } from '../shared/form-errors';
import { ColorTag, StatusTag } from '../shared/status-tag';
import type { Certificate, Page } from '../shared/views';

interface Producer {
  producerId: string;
  active: boolean;
  profile: {
    kind: string;
    legalName: string;
    registrationNumber: string;
    contact: { name: string; phone?: string; email?: string };
    province: string;
    district: string;
    commune: string;
    craftVillage?: string;
  };
}

interface Product {
  productId: string;
  name: string;
  group: string;
  subgroup: string;
  unit: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
  qrCode: string;
  stars?: number;
  certificate?: Certificate;
  daysToExpiry?: number;
}

const GROUPS = ['food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism'] as const;

interface ProductForm {
  name: string;
  group: (typeof GROUPS)[number];
  subgroup: string;
  unit: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
}

interface CertifyForm {
  stars: 3 | 4 | 5;
  decisionNumber: string;
  level: 'province' | 'national';
  issuedOn: Dayjs;
}

export function RegisterProduct({
  producerId,
  onDone,
}: {
  producerId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ProductForm>();
  const register = useCommand(
    (values: ProductForm, key: string) =>
      ok(
        api.POST('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId } },
          body: { ...values, photoUrls: [] },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('products.registered'),
      onDone: () => {
        setOpen(false);
        form.resetFields();
        onDone();
      },
    },
  );
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('products.register')}
      </Button>
      <Modal
        open={open}
        title={t('products.register')}
        okText={t('app.save')}
        cancelText={t('app.cancel')}
        okButtonProps={{ loading: register.busy }}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => register.run(values))}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            group: 'food',
            unit: 'kg',
            priceMinVnd: 100_000,
            priceMaxVnd: 150_000,
            monthlyCapacity: 500,
          }}
        >
          <Form.Item name="name" label={t('products.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="group" label={t('products.group')} rules={[{ required: true }]}>
            <Select options={GROUPS.map((value) => ({ value, label: t(`groups.${value}`) }))} />
          </Form.Item>
          <Form.Item name="subgroup" label={t('products.subgroup')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="unit" label={t('products.unit')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Space>
            <Form.Item
              name="priceMinVnd"
              label={t('products.priceMin')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} step={1000} />
            </Form.Item>
            <Form.Item
              name="priceMaxVnd"
              label={t('products.priceMax')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} step={1000} />
            </Form.Item>
          </Space>
          <Form.Item
            name="monthlyCapacity"
            label={t('products.capacity')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} />
          </Form.Item>
          <FormErrors messages={register.formErrors} />
        </Form>
      </Modal>
    </>
  );
}

function CertifyProduct({
  producerId,
  product,
  onDone,
}: {
  producerId: string;
  product: Product;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CertifyForm>();
  const certify = useCommand(
    (values: CertifyForm, key: string) =>
      ok(
        api.PUT('/api/v1/producers/{producerId}/products/{productId}/certification', {
          params: { path: { producerId, productId: product.productId } },
          body: {
            stars: values.stars,
            decisionNumber: values.decisionNumber,
            level: values.level,
            issuedOn: values.issuedOn.format('YYYY-MM-DD'),
          },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('products.certified'),
      onDone: () => {
        setOpen(false);
        onDone();
      },
    },
  );
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('products.certify')}
      </Button>
      <Modal
        open={open}
        title={`${t('products.certify')}: ${product.name}`}
        okText={t('app.save')}
        cancelText={t('app.cancel')}
        okButtonProps={{ loading: certify.busy }}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => certify.run(values))}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ stars: 4, level: 'province', issuedOn: dayjs() }}
        >
          <Form.Item name="stars" label={t('products.stars')} rules={[{ required: true }]}>
            <Select
              options={([3, 4, 5] as const).map((value) => ({
                value,
                label: t('home.stars', { count: value }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="decisionNumber"
            label={t('products.decisionNumber')}
            rules={[{ required: true }]}
          >
            <Input placeholder="1234/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="level" label={t('products.level')} rules={[{ required: true }]}>
            <Select
              options={(['province', 'national'] as const).map((value) => ({
                value,
                label: t(`products.levels.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('products.issuedOn')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <FormErrors messages={certify.formErrors} />
        </Form>
      </Modal>
    </>
  );
}

function RevokeCertificate({
  producerId,
  product,
  onDone,
}: {
  producerId: string;
  product: Product;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useCommand(
    (values: { reason: string }, key: string) =>
      ok(
        api.POST('/api/v1/producers/{producerId}/products/{productId}/certification/revoke', {
          params: { path: { producerId, productId: product.productId } },
          body: values,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('products.revoked'),
      onDone: () => {
        setOpen(false);
        onDone();
      },
    },
  );
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>
        {t('products.revoke')}
      </Button>
      <Modal
        open={open}
        title={`${t('products.revoke')}: ${product.name}`}
        okText={t('products.revoke')}
        cancelText={t('app.cancel')}
        okButtonProps={{ danger: true, loading: revoke.busy }}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => revoke.run(values))}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('products.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <FormErrors messages={revoke.formErrors} />
        </Form>
      </Modal>
    </>
  );
}

export default function ProducerPage() {
  const { t } = useTranslation();
  const { producerId = '' } = useParams();
  const list = useTableQuery<'name' | 'stars' | 'priceMinVnd' | 'expiresOn' | 'updatedAt'>({
    sort: 'name',
    order: 'asc',
  });
  const producer = useApi(
    () =>
      ok<Producer>(api.GET('/api/v1/producers/{producerId}', { params: { path: { producerId } } })),
    [producerId],
  );
  const products = useApi(
    () =>
      ok<Page<Product>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId }, query: list.query },
        }),
      ),
    [producerId, list.query],
  );
  // The product list is a read model: it follows the command a moment later.
  const refresh = () => {
    products.reload();
    setTimeout(products.reload, 800);
  };

  return (
    <Loading loaded={producer}>
      {({ profile, active }) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
              {profile.legalName}
            </Typography.Title>
            <ColorTag color={active ? 'green' : 'default'}>
              {active ? t('producers.active') : t('producers.inactive')}
            </ColorTag>
          </Space>
          <Card size="small" title={t('producers.profile')}>
            <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }}>
              <Descriptions.Item label={t('producers.kind')}>
                {t(`producerKinds.${profile.kind}`, { defaultValue: profile.kind })}
              </Descriptions.Item>
              <Descriptions.Item label={t('producers.registrationNumber')}>
                {profile.registrationNumber}
              </Descriptions.Item>
              <Descriptions.Item label={t('producers.contactName')}>
                {profile.contact.name}
                {profile.contact.phone ? ` · ${profile.contact.phone}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('producers.commune')}>
                {profile.commune}
              </Descriptions.Item>
              <Descriptions.Item label={t('producers.district')}>
                {profile.district}
              </Descriptions.Item>
              <Descriptions.Item label={t('producers.province')}>
                {profile.province}
              </Descriptions.Item>
              {profile.craftVillage && (
                <Descriptions.Item label={t('producers.craftVillage')}>
                  {profile.craftVillage}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card
            size="small"
            title={t('products.listed', { count: products.data?.total ?? 0 })}
            extra={<RegisterProduct producerId={producerId} onDone={refresh} />}
          >
            <Loading loaded={products}>
              {(productPage) => (
                <Table<Product>
                  rowKey="productId"
                  loading={products.loading}
                  dataSource={productPage.items}
                  {...list.table<Product>(productPage.total)}
                  columns={[
                    { ...list.sortable('name'), title: t('products.name'), dataIndex: 'name' },
                    {
                      title: t('products.group'),
                      dataIndex: 'group',
                      render: (g: string) => t(`groups.${g}`, { defaultValue: g }),
                    },
                    {
                      ...list.sortable('priceMinVnd'),
                      title: t('products.priceRange'),
                      render: (_, p) =>
                        `${formatMoney(p.priceMinVnd)} – ${formatMoney(p.priceMaxVnd)} / ${p.unit}`,
                    },
                    {
                      title: t('products.capacity'),
                      dataIndex: 'monthlyCapacity',
                      render: (v: number) => formatNumber(v),
                    },
                    {
                      ...list.sortable('expiresOn'),
                      title: t('products.certificate'),
                      render: (_, p) =>
                        p.certificate ? (
                          <Space direction="vertical" size={0}>
                            <Space size={4}>
                              <StatusTag
                                scope="products.certificateStatuses"
                                status={p.certificate.status ?? 'none'}
                              />
                              {p.stars && (
                                <span aria-label={t('home.stars', { count: p.stars })}>
                                  {'★'.repeat(p.stars)}
                                </span>
                              )}
                            </Space>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {p.certificate.decisionNumber} · {formatDate(p.certificate.issuedOn)}{' '}
                              – {formatDate(p.certificate.expiresOn)}
                            </Typography.Text>
                          </Space>
                        ) : (
                          <StatusTag scope="products.certificateStatuses" status="none" />
                        ),
                    },
                    {
                      title: t('app.actions'),
                      key: 'actions',
                      render: (_, p) => (
                        <Space wrap>
                          <CertifyProduct producerId={producerId} product={p} onDone={refresh} />
                          {p.certificate?.status === 'valid' && (
                            <RevokeCertificate
                              producerId={producerId}
                              product={p}
                              onDone={refresh}
                            />
                          )}
                        </Space>
                      ),
                    },
                  ]}
                />
              )}
            </Loading>
          </Card>
        </Space>
      )}
    </Loading>
  );
}
