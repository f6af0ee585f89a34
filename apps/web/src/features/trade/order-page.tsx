import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { formatMoney, formatNumber } from '../../lib/format';
import { useApi, useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';
import { MouName, PartyName, ProductName } from '../shared/party-name';
import { StatusTag } from '../shared/status-tag';
import { PageTitle, RecordLoading } from './record';
import type { OrderItem, OrderLine } from './views';

/**
 * An order. While the saga decides (placed), the page polls the order's location until it is
 * confirmed or rejected; the distributor cancels or records delivery, the producer ships.
 */
/** Whether the party has a step to take on an order in this status (else the card has no header). */
function actionable(side: 'producer' | 'distributor', status: string): boolean {
  return side === 'distributor'
    ? ['placed', 'confirmed', 'shipped'].includes(status)
    : status === 'confirmed';
}

export function OrderPage({ side }: { side: 'producer' | 'distributor' }) {
  const { t } = useTranslation();
  const { orderId = '' } = useParams();
  const [round, setRound] = useState(0);
  const [dialog, setDialog] = useState<'cancel' | 'ship'>();
  const [form] = Form.useForm<{ reason?: string; trackingNumber?: string }>();
  const order = useApi(
    () => ok<OrderItem>(api.GET('/api/v1/orders/{orderId}', { params: { path: { orderId } } })),
    [orderId, round],
  );
  const status = order.data?.status;
  useEffect(() => {
    // The saga's decision arrives by events: ask again until it is known.
    if (status !== 'placed') return;
    const timer = setTimeout(() => setRound((n) => n + 1), 1000);
    return () => clearTimeout(timer);
  }, [status, round]);
  const after = () => {
    setDialog(undefined);
    form.resetFields();
    setRound((n) => n + 1);
  };
  const cancel = useCommand(
    (values: { reason?: string }, key: string) =>
      ok(
        api.POST('/api/v1/orders/{orderId}/cancel', {
          params: { path: { orderId } },
          body: { reason: values.reason ?? '' },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { form, success: t('trade.orders.cancelled'), onDone: after },
  );
  const ship = useCommand(
    (values: { trackingNumber?: string }, key: string) =>
      ok(
        api.POST('/api/v1/orders/{orderId}/ship', {
          params: { path: { orderId } },
          body: { trackingNumber: values.trackingNumber || undefined },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { form, success: t('trade.orders.shipped'), onDone: after },
  );
  const deliver = useCommand(
    (_: void, key: string) =>
      ok(
        api.POST('/api/v1/orders/{orderId}/deliver', {
          params: { path: { orderId } },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.orders.delivered'), onDone: after },
  );
  return (
    <RecordLoading loaded={order}>
      {(o) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <PageTitle>
            {t('trade.orders.order')} {o.orderId.slice(0, 8)}
          </PageTitle>
          {o.status === 'placed' && (
            <Alert type="info" showIcon role="status" message={t('trade.orders.deciding')} />
          )}
          {o.status === 'confirmed' && (
            <Alert
              type="success"
              showIcon
              role="status"
              message={t('trade.orders.confirmedNote')}
            />
          )}
          {o.status === 'rejected' && (
            <Alert
              type="error"
              showIcon
              role="status"
              message={t(`trade.orders.rejections.${o.rejectionReason}`, {
                defaultValue: o.rejectionReason ?? '',
              })}
              description={o.rejectionDetail}
            />
          )}
          <Card
            extra={
              actionable(side, o.status) && (
                <Space>
                  {side === 'distributor' && ['placed', 'confirmed'].includes(o.status) && (
                    <Button danger onClick={() => setDialog('cancel')}>
                      {t('trade.orders.cancel')}
                    </Button>
                  )}
                  {side === 'distributor' && o.status === 'shipped' && (
                    <Button
                      type="primary"
                      loading={deliver.busy}
                      onClick={() => void deliver.run()}
                    >
                      {t('trade.orders.deliver')}
                    </Button>
                  )}
                  {side === 'producer' && o.status === 'confirmed' && (
                    <Button type="primary" onClick={() => setDialog('ship')}>
                      {t('trade.orders.ship')}
                    </Button>
                  )}
                </Space>
              )
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('trade.status')}>
                <StatusTag scope="trade.statuses" status={o.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.producer')}>
                <PartyName kind="producer" id={o.producerId} />
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.distributor')}>
                <PartyName kind="distributor" id={o.distributorId} />
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.orders.total')}>
                {formatMoney(o.totalVnd)}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.orders.mou')}>
                {o.mouId ? (
                  <Link to={`/mous/${o.mouId}`}>
                    <MouName id={o.mouId} />
                  </Link>
                ) : (
                  t('trade.orders.noMou')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.orders.tracking')}>
                {o.trackingNumber ?? '—'}
              </Descriptions.Item>
              {o.cancellationReason && (
                <Descriptions.Item label={t('trade.reason')}>
                  {o.cancellationReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Table<OrderLine>
            rowKey="productId"
            dataSource={o.lines}
            pagination={false}
            columns={[
              {
                title: t('trade.mous.product'),
                dataIndex: 'productId',
                render: (id: string) => <ProductName id={id} />,
              },
              {
                title: t('trade.quantity'),
                dataIndex: 'quantity',
                render: (v: number) => formatNumber(v),
              },
              {
                title: t('trade.unitPrice'),
                dataIndex: 'unitPriceVnd',
                render: (v: number) => formatMoney(v),
              },
              {
                title: t('trade.orders.lineTotal'),
                dataIndex: 'lineTotalVnd',
                render: (v: number) => formatMoney(v),
              },
            ]}
          />
          <Modal
            open={dialog !== undefined}
            title={dialog === 'ship' ? t('trade.orders.ship') : t('trade.orders.cancel')}
            okText={dialog === 'ship' ? t('trade.orders.ship') : t('trade.orders.cancel')}
            cancelText={t('app.cancel')}
            okButtonProps={{ loading: cancel.busy || ship.busy, danger: dialog === 'cancel' }}
            onCancel={() => setDialog(undefined)}
            onOk={() =>
              void form
                .validateFields()
                .then((values) => (dialog === 'ship' ? ship.run(values) : cancel.run(values)))
            }
          >
            <FormErrors messages={[...cancel.formErrors, ...ship.formErrors]} />
            <Form form={form} layout="vertical">
              {dialog === 'ship' ? (
                <Form.Item name="trackingNumber" label={t('trade.orders.tracking')}>
                  <Input />
                </Form.Item>
              ) : (
                <Form.Item name="reason" label={t('trade.reason')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
              )}
            </Form>
          </Modal>
        </Space>
      )}
    </RecordLoading>
  );
}
