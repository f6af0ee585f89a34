import { Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';
import type { Page } from '../shared/views';
import type { MouItem } from '../trade/views';

interface OrderForm {
  mouId?: string;
  lines: { productId: string; quantity: number; unitPriceVnd: number }[];
}

/** Places an order with one producer, optionally under an active MOU with it; then its page. */
export function PlaceOrderButton({
  producerId,
  lines,
}: {
  producerId: string;
  lines: { productId: string; name: string; unitPriceVnd: number }[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const distributorId = useSession()?.user.organisationId ?? '';
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OrderForm>();
  const mous = useApi(
    () =>
      open
        ? ok<Page<MouItem>>(
            api.GET('/api/v1/distributors/{distributorId}/mous', {
              params: { path: { distributorId }, query: { status: 'active', limit: 100 } },
            }),
          )
        : Promise.resolve(undefined),
    [open, distributorId],
  );
  const place = useCommand(
    (values: OrderForm, key: string) =>
      ok<{ orderId: string }>(
        api.POST('/api/v1/orders', {
          body: { distributorId, producerId, mouId: values.mouId, lines: values.lines },
          headers: { 'Idempotency-Key': key },
        }),
      ).then((placed) => void navigate(`/orders/${placed.orderId}`)),
    { form, success: t('trade.orders.placed') },
  );
  const names = new Map(lines.map((l) => [l.productId, l.name]));
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('trade.orders.place')}
      </Button>
      <Modal
        open={open}
        title={t('trade.orders.place')}
        okText={t('trade.orders.placeOk')}
        cancelText={t('app.cancel')}
        okButtonProps={{ loading: place.busy }}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => place.run(values))}
      >
        <FormErrors messages={place.formErrors} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            lines: lines.map((l) => ({
              productId: l.productId,
              quantity: 10,
              unitPriceVnd: l.unitPriceVnd,
            })),
          }}
        >
          <Form.Item name="mouId" label={t('trade.orders.underMou')}>
            <Select
              allowClear
              placeholder={t('trade.orders.noMou')}
              options={(mous.data?.items ?? [])
                .filter((m) => m.producerIds.includes(producerId))
                .map((m) => ({ value: m.mouId, label: m.title ?? m.mouId.slice(0, 8) }))}
            />
          </Form.Item>
          <Form.List name="lines">
            {(fields) =>
              fields.map((field) => (
                <Space key={field.key} align="end" wrap>
                  {/* A field of the form, so validateFields sends it with the line. */}
                  <Form.Item name={[field.name, 'productId']} hidden>
                    <Input />
                  </Form.Item>
                  <Typography.Text strong style={{ minWidth: 160, display: 'inline-block' }}>
                    {names.get(form.getFieldValue(['lines', field.name, 'productId']) as string)}
                  </Typography.Text>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label={t('trade.quantity')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={1} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unitPriceVnd']}
                    label={t('trade.unitPrice')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={0} step={1000} style={{ width: 160 }} />
                  </Form.Item>
                </Space>
              ))
            }
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
