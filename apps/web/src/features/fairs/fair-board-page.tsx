import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ApiError, ok } from '../../lib/api-client';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../lib/format';
import { useApi, useCommand } from '../../lib/use-api';
import { useTableQuery } from '../../lib/use-table-query';
import { PartyName } from '../shared/party-name';
import { ColorTag, StatusTag } from '../shared/status-tag';
import type { Certificate, Fair, FairBoard, Page } from '../shared/views';
import { BoothGrid } from './booth-grid';
import { MeetingGrid, type PlannedMeeting, type Slot } from './meeting-grid';

interface Booking {
  bookingId: string;
  producerId: string;
  boothType: string;
  boothNumber: number;
  productIds: string[];
  priceVnd: number;
  status: string;
  rejectionReason: string | null;
  checkedInAt: string | null;
}

interface Attendee {
  attendeeId: string;
  distributorId: string;
}

interface MeetingPlan {
  status: 'proposed' | 'published';
  meetings: PlannedMeeting[];
  totalScore: number;
}

const NEXT_STEP: Record<string, 'open-booking' | 'close-booking' | 'start' | 'close' | undefined> =
  {
    scheduled: 'open-booking',
    'booking-open': 'close-booking',
    'booking-closed': 'start',
    'in-progress': 'close',
  };

/** A booked product's name and OCOP certificate: what the officer checks before approving. */
function ProductCertificate({ producerId, productId }: { producerId: string; productId: string }) {
  const { t } = useTranslation();
  const product = useApi(
    () =>
      ok<{ name: string; certificate?: Certificate }>(
        api.GET('/api/v1/producers/{producerId}/products/{productId}', {
          params: { path: { producerId, productId } },
        }),
      ),
    [producerId, productId],
  );
  if (!product.data) return <Typography.Text type="secondary">…</Typography.Text>;
  const certificate = product.data.certificate;
  return (
    <div>
      <Typography.Text>{product.data.name}</Typography.Text>{' '}
      {certificate ? (
        <>
          <StatusTag scope="products.certificateStatuses" status={certificate.status ?? 'none'} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {'★'.repeat(certificate.stars ?? 0)} {certificate.decisionNumber} ·{' '}
            {t('products.expiresOn')} {formatDate(certificate.expiresOn)}
          </Typography.Text>
        </>
      ) : (
        <StatusTag scope="products.certificateStatuses" status="none" />
      )}
    </div>
  );
}

function BookingsTab({ fair, onChange }: { fair: Fair; onChange: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('requested');
  // Each tab is one status, so the booth number is the one order worth choosing.
  const list = useTableQuery<'booth'>({ sort: 'booth', order: 'asc' });
  const [rejecting, setRejecting] = useState<Booking>();
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const bookings = useApi(
    () =>
      ok<Page<Booking>>(
        api.GET('/api/v1/fairs/{fairId}/bookings', {
          params: {
            path: { fairId: fair.fairId },
            query: { status: status as 'requested', ...list.query },
          },
        }),
      ),
    [fair.fairId, status, list.query],
  );
  const done = () => {
    bookings.reload();
    onChange();
  };
  const path = (b: Booking) => ({ path: { fairId: fair.fairId, bookingId: b.bookingId } });
  const approve = useCommand(
    (b: Booking, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/bookings/{bookingId}/approve', {
          params: path(b),
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('board.approved'), onDone: done },
  );
  const checkIn = useCommand(
    (b: Booking, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/bookings/{bookingId}/check-in', {
          params: path(b),
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('board.checkedIn'), onDone: done },
  );
  const reject = useCommand(
    ({ booking, reason }: { booking: Booking; reason: string }, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/bookings/{bookingId}/reject', {
          params: path(booking),
          body: { reason },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form: rejectForm,
      success: t('board.rejected'),
      onDone: () => {
        setRejecting(undefined);
        rejectForm.resetFields();
        done();
      },
    },
  );

  return (
    <>
      <Tabs
        activeKey={status}
        onChange={(key) => {
          setStatus(key);
          list.firstPage();
        }}
        items={['requested', 'approved', 'checked-in', 'rejected', 'cancelled'].map((key) => ({
          key,
          label: t(`board.bookingStatuses.${key}`),
        }))}
      />
      <Loading loaded={bookings}>
        {(bookingPage) => (
          <Table<Booking>
            rowKey="bookingId"
            loading={bookings.loading}
            dataSource={bookingPage.items}
            {...list.table<Booking>(bookingPage.total)}
            columns={[
              {
                title: t('board.producer'),
                dataIndex: 'producerId',
                render: (id: string) => (
                  <Link to={`/producers/${id}`}>
                    <PartyName kind="producer" id={id} />
                  </Link>
                ),
              },
              {
                ...list.sortable('booth'),
                title: t('board.boothType'),
                render: (_, b) => `${b.boothType} #${b.boothNumber}`,
              },
              {
                title: t('board.certificate'),
                key: 'products',
                render: (_, b) => (
                  <Space direction="vertical" size={2}>
                    {b.productIds.map((productId) => (
                      <ProductCertificate
                        key={productId}
                        producerId={b.producerId}
                        productId={productId}
                      />
                    ))}
                  </Space>
                ),
              },
              {
                title: t('fairs.boothPrice'),
                dataIndex: 'priceVnd',
                render: (v: number) => formatMoney(v),
              },
              {
                title: t('fairs.status'),
                key: 'status',
                render: (_, b) => (
                  <Space direction="vertical" size={0}>
                    <StatusTag scope="board.bookingStatuses" status={b.status} />
                    {b.rejectionReason && (
                      <Typography.Text type="secondary">{b.rejectionReason}</Typography.Text>
                    )}
                    {b.checkedInAt && (
                      <Typography.Text type="secondary">
                        {formatDateTime(b.checkedInAt)}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: t('app.actions'),
                key: 'actions',
                render: (_, b) => (
                  <Space wrap>
                    {b.status === 'requested' && (
                      <>
                        <Button
                          type="primary"
                          size="small"
                          loading={approve.busy}
                          onClick={() => void approve.run(b)}
                        >
                          {t('board.approve')}
                        </Button>
                        <Button danger size="small" onClick={() => setRejecting(b)}>
                          {t('board.reject')}
                        </Button>
                      </>
                    )}
                    {b.status === 'approved' && (
                      <Button
                        size="small"
                        loading={checkIn.busy}
                        onClick={() => void checkIn.run(b)}
                      >
                        {t('board.checkIn')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loading>
      <Modal
        open={rejecting !== undefined}
        title={t('board.reject')}
        okText={t('board.reject')}
        cancelText={t('app.cancel')}
        okButtonProps={{ danger: true, loading: reject.busy }}
        onCancel={() => setRejecting(undefined)}
        onOk={() =>
          void rejectForm
            .validateFields()
            .then((values) => reject.run({ booking: rejecting!, reason: values.reason }))
        }
      >
        <Form form={rejectForm} layout="vertical">
          <Form.Item name="reason" label={t('board.rejectReason')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function AttendeesTab({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  // The route sorts attendees by distributor id only, no order a person would choose.
  const list = useTableQuery();
  const attendees = useApi(
    () =>
      ok<Page<Attendee>>(
        api.GET('/api/v1/fairs/{fairId}/attendees', {
          params: { path: { fairId }, query: { page: list.query.page, limit: list.query.limit } },
        }),
      ),
    [fairId, list.query],
  );
  return (
    <Loading loaded={attendees}>
      {(attendeePage) => (
        <Table<Attendee>
          rowKey="attendeeId"
          loading={attendees.loading}
          dataSource={attendeePage.items}
          {...list.table<Attendee>(attendeePage.total)}
          columns={[
            {
              title: t('board.attendee'),
              dataIndex: 'distributorId',
              render: (id: string) => <PartyName kind="distributor" id={id} />,
            },
            {
              title: t('board.registeredAt'),
              dataIndex: 'registeredAt',
              render: (v?: string) => formatDate(v),
            },
          ]}
        />
      )}
    </Loading>
  );
}

function MeetingPlanTab({ fair, onChange }: { fair: Fair; onChange: () => void }) {
  const { t } = useTranslation();
  const fairId = fair.fairId;
  const plan = useApi(async () => {
    const [slots, proposed] = await Promise.all([
      ok<Page<Slot>>(
        api.GET('/api/v1/fairs/{fairId}/slots', {
          params: { path: { fairId }, query: { limit: 100 } },
        }),
      ),
      ok<MeetingPlan>(
        api.GET('/api/v1/fairs/{fairId}/meeting-plan', { params: { path: { fairId } } }),
      ).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }),
    ]);
    return { slots: slots.items, plan: proposed };
  }, [fairId]);
  const done = () => {
    plan.reload();
    onChange();
  };
  const propose = useCommand(
    (_: void, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/meeting-plan', {
          params: { path: { fairId } },
          body: {},
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('board.planProposed'), onDone: done },
  );
  const publish = useCommand(
    (_: void, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/meeting-plan/publish', {
          params: { path: { fairId } },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('board.planPublished'), onDone: done },
  );
  if (!fair.meetingSlots) return <Empty description={t('app.none')} />;
  return (
    <Loading loaded={plan}>
      {({ slots, plan: current }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Button
              loading={propose.busy}
              disabled={current?.status === 'published'}
              onClick={() => void propose.run()}
            >
              {t('board.proposePlan')}
            </Button>
            <Button
              type="primary"
              loading={publish.busy}
              disabled={current?.status !== 'proposed'}
              onClick={() => void publish.run()}
            >
              {t('board.publishPlan')}
            </Button>
            {current && (
              <ColorTag color={current.status === 'published' ? 'green' : 'gold'}>
                {t('board.planStatus', {
                  status:
                    current.status === 'published'
                      ? t('board.planPublished')
                      : t('board.planProposed'),
                })}
                {' · '}
                {formatNumber(current.meetings.length)} {t('board.meetings').toLowerCase()}
              </ColorTag>
            )}
          </Space>
          {current && current.meetings.length > 0 ? (
            <MeetingGrid slots={slots} meetings={current.meetings} />
          ) : (
            <Empty description={t('board.noPlan')} />
          )}
        </Space>
      )}
    </Loading>
  );
}

function ResultsTab({ board }: { board: FairBoard }) {
  const { t } = useTranslation();
  const m = board.meetings;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card size="small" title={t('board.meetings')}>
        <Row gutter={16}>
          {(
            [
              ['requested', m.requested],
              ['accepted', m.accepted],
              ['held', m.held],
              ['noShow', m.noShow],
              ['declined', m.declined],
              ['cancelled', m.cancelled],
            ] as const
          ).map(([key, value]) => (
            <Col xs={12} md={4} key={key}>
              <Statistic
                title={t(`board.${key}`)}
                value={value}
                formatter={(v) => formatNumber(Number(v))}
              />
            </Col>
          ))}
        </Row>
      </Card>
      <Card size="small" title={`${t('board.mous')} (${formatNumber(board.mous.signed)})`}>
        <Table
          rowKey="mouId"
          size="small"
          pagination={false}
          dataSource={board.mous.items}
          columns={[
            {
              title: t('mous.mou'),
              dataIndex: 'mouId',
              render: (id: string) => <Link to={`/mous/${id}`}>{id.slice(0, 8)}</Link>,
            },
            {
              title: t('mous.distributor'),
              dataIndex: 'distributorId',
              render: (id: string) => <PartyName kind="distributor" id={id} />,
            },
            {
              title: t('mous.signedAt'),
              dataIndex: 'signedAt',
              render: (v?: string) => formatDate(v),
            },
            {
              title: t('mous.status'),
              dataIndex: 'status',
              render: (s: string) => <StatusTag scope="mous.statuses" status={s} />,
            },
            {
              title: t('board.fulfilment'),
              dataIndex: 'overallPercent',
              render: (p?: number) => (
                <Progress
                  percent={Math.round(p ?? 0)}
                  size="small"
                  aria-label={t('board.fulfilment')}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('board.orders')}>
        <Row gutter={16}>
          <Col xs={8}>
            <Statistic
              title={t('board.orderCount')}
              value={board.orders.count}
              formatter={(v) => formatNumber(Number(v))}
            />
          </Col>
          <Col xs={8}>
            <Statistic
              title={t('board.delivered')}
              value={board.orders.delivered}
              formatter={(v) => formatNumber(Number(v))}
            />
          </Col>
          <Col xs={8}>
            <Statistic
              title={t('board.orderValue')}
              value={board.orders.totalVnd}
              formatter={(v) => formatMoney(Number(v))}
            />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}

export default function FairBoardPage() {
  const { t } = useTranslation();
  const { fairId = '' } = useParams();
  const loaded = useApi(async () => {
    const [fair, board, holders] = await Promise.all([
      ok<Fair>(api.GET('/api/v1/fairs/{fairId}', { params: { path: { fairId } } })),
      ok<FairBoard>(api.GET('/api/v1/fairs/{fairId}/board', { params: { path: { fairId } } })),
      ok<Page<Booking>>(
        api.GET('/api/v1/fairs/{fairId}/bookings', {
          params: { path: { fairId }, query: { limit: 100 } },
        }),
      ),
    ]);
    return { fair, board, holders: holders.items };
  }, [fairId]);
  const step = useCommand(
    ({ action }: { action: 'open-booking' | 'close-booking' | 'start' | 'close' }, key: string) =>
      ok(
        api.POST(`/api/v1/fairs/{fairId}/${action}`, {
          params: { path: { fairId } },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('app.done'), onDone: loaded.reload },
  );

  return (
    <Loading loaded={loaded}>
      {({ fair, board, holders }) => {
        const next = NEXT_STEP[fair.status];
        const totalBooths = board.booths.reduce((n, b) => n + b.total, 0);
        const bookedBooths = board.booths.reduce((n, b) => n + b.booked, 0);
        return (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
              <div>
                <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
                  {fair.name}
                </Typography.Title>
                <Typography.Text type="secondary">{t('board.title')}</Typography.Text>
              </div>
              <Space>
                <StatusTag scope="fairs.statuses" status={fair.status} />
                {next && (
                  <Button
                    type="primary"
                    loading={step.busy}
                    onClick={() => void step.run({ action: next })}
                  >
                    {t(`fairs.lifecycle.${next}`)}
                  </Button>
                )}
              </Space>
            </Space>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2, lg: 3 }}>
              <Descriptions.Item label={t('fairs.kind')}>
                {t(`fairs.kinds.${fair.kind}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('fairs.venue')}>
                {fair.venue}, {fair.province}
              </Descriptions.Item>
              <Descriptions.Item label={t('fairs.booking')}>
                {formatDate(fair.bookingOpensAt)} – {formatDate(fair.bookingClosesAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('fairs.dates')}>
                {formatDate(fair.startsAt)} – {formatDate(fair.endsAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('board.occupancy')}>
                {formatNumber(bookedBooths)} / {formatNumber(totalBooths)} (
                {formatPercent(totalBooths ? bookedBooths / totalBooths : 0)})
              </Descriptions.Item>
              <Descriptions.Item label={t('board.checkIns')}>
                {formatNumber(board.checkIns)}
              </Descriptions.Item>
            </Descriptions>
            <Tabs
              items={[
                {
                  key: 'booths',
                  label: t('board.booths'),
                  children: (
                    <BoothGrid
                      boothTypes={fair.boothTypes ?? []}
                      holders={holders.filter((h) =>
                        ['requested', 'approved', 'checked-in'].includes(h.status),
                      )}
                    />
                  ),
                },
                {
                  key: 'bookings',
                  label: `${t('board.bookings')} (${formatNumber(board.bookings.requested ?? 0)})`,
                  children: <BookingsTab fair={fair} onChange={loaded.reload} />,
                },
                {
                  key: 'attendees',
                  label: t('board.attendees'),
                  children: <AttendeesTab fairId={fair.fairId} />,
                },
                {
                  key: 'plan',
                  label: t('board.meetingPlan'),
                  children: <MeetingPlanTab fair={fair} onChange={loaded.reload} />,
                },
                {
                  key: 'results',
                  label: t('board.meetings'),
                  children: <ResultsTab board={board} />,
                },
              ]}
            />
          </Space>
        );
      }}
    </Loading>
  );
}
