import { Button, Form, Modal, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatNumber } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { FormErrors } from '../shared/form-errors';
import { StatusTag } from '../shared/status-tag';
import type { Page } from '../shared/views';
import { PageTitle } from '../trade/record';
import type { SourcingRequest } from '../trade/views';
import { SourcingFields, type SourcingForm } from './sourcing-form';

/** The distributor's sourcing requests; post a new one. */
export default function SourcingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const distributorId = useSession()?.user.organisationId ?? '';
  const list = useTableQuery<'publishedAt' | 'deadline'>({ sort: 'publishedAt', order: 'desc' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SourcingForm>();
  const requests = useApi(
    () =>
      ok<Page<SourcingRequest>>(
        api.GET('/api/v1/distributors/{distributorId}/sourcing-requests', {
          params: { path: { distributorId }, query: list.query },
        }),
      ),
    [distributorId, list.query],
  );
  const post = useCommand(
    (values: SourcingForm, key: string) =>
      ok<{ sourcingRequestId: string }>(
        api.POST('/api/v1/sourcing-requests', {
          body: {
            ...values,
            distributorId,
            deadline: values.deadline.format('YYYY-MM-DD'),
          },
          headers: { 'Idempotency-Key': key },
        }),
      ).then((made) => void navigate(`/sourcing/${made.sourcingRequestId}`)),
    { form, success: t('trade.sourcing.posted') },
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <PageTitle>{t('trade.sourcing.title')}</PageTitle>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('trade.sourcing.post')}
        </Button>
      </Space>
      <Modal
        open={open}
        title={t('trade.sourcing.post')}
        okText={t('trade.sourcing.postOk')}
        cancelText={t('app.cancel')}
        okButtonProps={{ loading: post.busy }}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => post.run(values))}
        afterOpenChange={(visible) =>
          visible &&
          !form.isFieldsTouched() &&
          form.setFieldsValue({
            group: 'food',
            minStars: 3,
            quantity: 100,
            unit: 'kg',
            deliveryProvince: 'Hà Nội',
            deadline: dayjs().add(30, 'day'),
          })
        }
      >
        <FormErrors messages={post.formErrors} />
        <SourcingFields form={form} />
      </Modal>
      <Loading loaded={requests}>
        {(requests) => (
          <Table<SourcingRequest>
            rowKey="requestId"
            dataSource={requests.items}
            {...list.table<SourcingRequest>(requests.total)}
            columns={[
              {
                title: t('trade.sourcing.keywords'),
                key: 'k',
                render: (_, r) => (
                  <Link to={`/sourcing/${r.requestId}`}>{r.keywords.join(', ')}</Link>
                ),
              },
              {
                title: t('products.group'),
                dataIndex: 'group',
                render: (g: string) => t(`groups.${g}`, { defaultValue: g }),
              },
              {
                title: t('trade.quantity'),
                key: 'q',
                render: (_, r) => `${formatNumber(r.quantity)} ${r.unit}`,
              },
              { title: t('trade.sourcing.deliveryProvince'), dataIndex: 'deliveryProvince' },
              {
                ...list.sortable('deadline'),
                title: t('trade.sourcing.deadline'),
                dataIndex: 'deadline',
                render: (d: string) => formatDate(d),
              },
              {
                title: t('trade.sourcing.matchCount'),
                key: 'm',
                render: (_, r) => formatNumber(r.matches.length),
              },
              {
                title: t('trade.status'),
                dataIndex: 'status',
                render: (s: string) => <StatusTag scope="trade.statuses" status={s} />,
              },
            ]}
          />
        )}
      </Loading>
    </Space>
  );
}
