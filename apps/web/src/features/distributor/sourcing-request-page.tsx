import {
  Button,
  Card,
  Descriptions,
  Form,
  Modal,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tooltip,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useApi, useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';
import { PartyName } from '../shared/party-name';
import { StatusTag } from '../shared/status-tag';
import { PageTitle, RecordLoading } from '../trade/record';
import type { Match, MatchFactors } from '../trade/views';
import { PlaceOrderButton } from './place-order';
import { SourcingFields, type SourcingForm } from './sourcing-form';

interface Request {
  sourcingRequestId: string;
  group: string;
  keywords: string[];
  minStars: 3 | 4 | 5;
  quantity: number;
  unit: string;
  targetPriceVnd?: number | null;
  deliveryProvince: string;
  deadline: string;
  status: string;
  closedReason: string | null;
}

const FACTORS: (keyof MatchFactors)[] = [
  'groupFit',
  'keywordFit',
  'stars',
  'capacity',
  'price',
  'distance',
  'trackRecord',
];

/** Each factor of a match's score with what it means, so the rank explains itself. */
function Explanation({ factors }: { factors: MatchFactors }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={2}>
      {FACTORS.map((factor) => (
        <Tooltip key={factor} title={t(`trade.sourcing.factorHints.${factor}`)}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ width: 150 }}>{t(`trade.sourcing.factors.${factor}`)}</span>
            <Progress
              percent={Math.round((factors[factor] ?? 0) * 100)}
              size="small"
              style={{ width: 180, margin: 0 }}
              aria-label={t(`trade.sourcing.factors.${factor}`)}
            />
          </div>
        </Tooltip>
      ))}
    </Space>
  );
}

/** A sourcing request: edit, close, and its ranked matches with the reasons. */
export default function SourcingRequestPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<SourcingForm>();
  const request = useApi(
    () =>
      ok<Request>(
        api.GET('/api/v1/sourcing-requests/{requestId}', { params: { path: { requestId } } }),
      ),
    [requestId],
  );
  const matches = useApi(
    () =>
      ok<{ matches: Match[] }>(
        api.GET('/api/v1/sourcing-requests/{requestId}/matches', {
          params: { path: { requestId } },
        }),
      ),
    [requestId],
  );
  const edit = useCommand(
    (values: SourcingForm, key: string) =>
      ok(
        api.PATCH('/api/v1/sourcing-requests/{requestId}', {
          params: { path: { requestId } },
          body: {
            keywords: values.keywords,
            minStars: values.minStars,
            quantity: values.quantity,
            targetPriceVnd: values.targetPriceVnd ?? undefined,
            deadline: values.deadline.format('YYYY-MM-DD'),
          },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('trade.sourcing.updated'),
      onDone: () => {
        setEditing(false);
        request.reload();
        setTimeout(matches.reload, 1500);
      },
    },
  );
  const close = useCommand(
    (_: void, key: string) =>
      ok(
        api.POST('/api/v1/sourcing-requests/{requestId}/close', {
          params: { path: { requestId } },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.sourcing.closed'), onDone: request.reload },
  );
  return (
    <RecordLoading loaded={request}>
      {(r) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <PageTitle>
            {t('trade.sourcing.request')}: {r.keywords.join(', ')}
          </PageTitle>
          <Card
            extra={
              r.status === 'open' && (
                <Space>
                  <Button
                    onClick={() => {
                      form.setFieldsValue({
                        ...r,
                        targetPriceVnd: r.targetPriceVnd ?? undefined,
                        group: r.group as SourcingForm['group'],
                        deadline: dayjs(r.deadline),
                      });
                      setEditing(true);
                    }}
                  >
                    {t('trade.edit')}
                  </Button>
                  <Popconfirm
                    title={t('trade.sourcing.closeConfirm')}
                    okText={t('trade.sourcing.close')}
                    cancelText={t('app.cancel')}
                    onConfirm={() => void close.run()}
                  >
                    <Button danger loading={close.busy}>
                      {t('trade.sourcing.close')}
                    </Button>
                  </Popconfirm>
                </Space>
              )
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('trade.status')}>
                <StatusTag scope="trade.statuses" status={r.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('products.group')}>
                {t(`groups.${r.group}`, { defaultValue: r.group })}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.sourcing.minStars')}>
                {t('trade.starsLabel', { count: r.minStars })}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.quantity')}>
                {formatNumber(r.quantity)} {r.unit}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.sourcing.targetPrice')}>
                {formatMoney(r.targetPriceVnd)}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.sourcing.deliveryProvince')}>
                {r.deliveryProvince}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.sourcing.deadline')}>
                {formatDate(r.deadline)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Modal
            open={editing}
            title={t('trade.sourcing.edit')}
            okText={t('app.save')}
            cancelText={t('app.cancel')}
            okButtonProps={{ loading: edit.busy }}
            onCancel={() => setEditing(false)}
            onOk={() => void form.validateFields().then((values) => edit.run(values))}
          >
            <FormErrors messages={edit.formErrors} />
            <SourcingFields form={form} editing />
          </Modal>
          <Card
            title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.sourcing.matches')}</h2>}
            extra={<Button onClick={matches.reload}>{t('trade.refresh')}</Button>}
          >
            <Loading loaded={matches}>
              {(m) => (
                <Table<Match>
                  rowKey="productId"
                  dataSource={m.matches}
                  pagination={false}
                  locale={{ emptyText: t('trade.sourcing.noMatches') }}
                  columns={[
                    { title: '#', key: 'rank', render: (_, __, i) => i + 1, width: 40 },
                    {
                      title: t('products.name'),
                      key: 'n',
                      render: (_, x) => (
                        <Link to={`/catalogue/${x.producerId}/${x.productId}`}>
                          {x.productName}
                        </Link>
                      ),
                    },
                    {
                      title: t('trade.producer'),
                      key: 'p',
                      render: (_, x) => <PartyName kind="producer" id={x.producerId} />,
                    },
                    {
                      title: t('trade.sourcing.score'),
                      dataIndex: 'score',
                      render: (s: number) => formatNumber(s, 3),
                    },
                    {
                      title: t('trade.sourcing.why'),
                      key: 'why',
                      render: (_, x) => <Explanation factors={x.factors} />,
                    },
                    {
                      title: t('app.actions'),
                      key: 'a',
                      render: (_, x) => (
                        <PlaceOrderButton
                          producerId={x.producerId}
                          lines={[
                            {
                              productId: x.productId,
                              name: x.productName,
                              unitPriceVnd: r.targetPriceVnd ?? 0,
                            },
                          ]}
                        />
                      ),
                    },
                  ]}
                />
              )}
            </Loading>
          </Card>
        </Space>
      )}
    </RecordLoading>
  );
}
