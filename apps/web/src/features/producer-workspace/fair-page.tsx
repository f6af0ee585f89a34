import { Button, Card, Descriptions, Form, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';
import { StatusTag } from '../shared/status-tag';
import type { Fair, Page } from '../shared/views';
import { MeetingsPanel } from '../trade/meetings-panel';
import { PageTitle, RecordLoading } from '../trade/record';
import type { CatalogueProduct, MouItem, OrderItem } from '../trade/views';
import { MyBookings } from './my-bookings';

/** A fair for the producer: book a booth for certified products, its bookings, meetings. */
export default function ProducerFairPage() {
  const { t } = useTranslation();
  const { fairId = '' } = useParams();
  const producerId = useSession()?.user.organisationId ?? '';
  const [booking, setBooking] = useState(false);
  const [round, setRound] = useState(0);
  const [form] = Form.useForm<{ boothType: string; productIds: string[] }>();
  const loaded = useApi(async () => {
    const [fair, products, mous, orders] = await Promise.all([
      ok<Fair>(api.GET('/api/v1/fairs/{fairId}', { params: { path: { fairId } } })),
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
      ok<Page<MouItem>>(
        api.GET('/api/v1/producers/{producerId}/mous', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
      ok<Page<OrderItem>>(
        api.GET('/api/v1/producers/{producerId}/orders', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
    ]);
    // Whom the producer can ask: the distributors it already trades with.
    const distributors = new Map<string, string>();
    for (const m of mous.items)
      distributors.set(m.distributorId, m.counterpartName ?? m.distributorId);
    for (const o of orders.items)
      if (!distributors.has(o.distributorId))
        distributors.set(o.distributorId, o.distributorId.slice(0, 8));
    return {
      fair,
      products: products.items,
      distributors: [...distributors].map(([id, name]) => ({ id, name })),
    };
  }, [fairId, producerId]);
  const book = useCommand(
    (values: { boothType: string; productIds: string[] }, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/bookings', {
          params: { path: { fairId } },
          body: { producerId, ...values },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('trade.bookings.booked'),
      onDone: () => {
        setBooking(false);
        setTimeout(() => setRound((n) => n + 1), 800);
      },
    },
  );
  return (
    <RecordLoading loaded={loaded}>
      {({ fair, products, distributors }) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <PageTitle>{fair.name}</PageTitle>
          <Card
            extra={
              fair.status === 'booking-open' && (
                <Button type="primary" onClick={() => setBooking(true)}>
                  {t('trade.bookings.book')}
                </Button>
              )
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('trade.status')}>
                <StatusTag scope="fairs.statuses" status={fair.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fairs.venue')}>
                {fair.venue}, {fair.province}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.fairs.dates')}>
                {formatDate(fair.startsAt)} – {formatDate(fair.endsAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.bookings.title')}</h2>}>
            <MyBookings producerId={producerId} round={round} />
          </Card>
          <MeetingsPanel
            fairId={fairId}
            side="producer"
            partyId={producerId}
            counterpartPicker={
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={distributors.map((d) => ({ value: d.id, label: d.name }))}
              />
            }
          />
          <Modal
            open={booking}
            title={t('trade.bookings.book')}
            okText={t('trade.bookings.bookOk')}
            cancelText={t('app.cancel')}
            okButtonProps={{ loading: book.busy }}
            onCancel={() => setBooking(false)}
            onOk={() => void form.validateFields().then((v) => book.run(v))}
          >
            <FormErrors messages={book.formErrors} />
            <Form form={form} layout="vertical">
              <Form.Item
                name="boothType"
                label={t('trade.bookings.booth')}
                rules={[{ required: true }]}
              >
                <Select
                  options={(fair.boothTypes ?? []).map((b) => ({
                    value: b.code,
                    label: `${b.name} · ${formatMoney(b.priceVnd)}`,
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="productIds"
                label={t('trade.bookings.products')}
                extra={t('trade.bookings.certifiedOnly')}
                rules={[{ required: true }]}
              >
                <Select
                  mode="multiple"
                  options={products.map((p) => ({
                    value: p.productId,
                    label: p.name,
                    disabled: p.certificate?.status !== 'valid',
                  }))}
                />
              </Form.Item>
            </Form>
          </Modal>
        </Space>
      )}
    </RecordLoading>
  );
}
