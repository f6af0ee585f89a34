import { Button, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useApi, useCommand } from '../../lib/use-api';
import { StatusTag } from '../shared/status-tag';
import type { Fair, Page } from '../shared/views';
import type { Booking } from '../trade/views';

/** The producer's booth bookings with their decision and check-in; cancel one. */
export function MyBookings({ producerId, round }: { producerId: string; round: number }) {
  const { t } = useTranslation();
  const bookings = useApi(async () => {
    const page = await ok<Page<Booking>>(
      api.GET('/api/v1/producers/{producerId}/bookings', {
        params: { path: { producerId }, query: { limit: 100 } },
      }),
    );
    // A booth type's name (what the organiser called it), by fair and code; the booking has the code.
    const fairs = await Promise.all(
      [...new Set(page.items.map((b) => b.fairId))].map((fairId) =>
        ok<Fair>(api.GET('/api/v1/fairs/{fairId}', { params: { path: { fairId } } })),
      ),
    );
    const boothNames = new Map(
      fairs.flatMap((f) => (f.boothTypes ?? []).map((b) => [`${f.fairId}:${b.code}`, b.name])),
    );
    return { ...page, boothNames };
  }, [producerId, round]);
  const cancel = useCommand(
    (b: Booking, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/bookings/{bookingId}/cancel', {
          params: { path: { fairId: b.fairId, bookingId: b.bookingId } },
          body: { reason: t('trade.bookings.cancelReason') },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.bookings.cancelled'), onDone: () => setTimeout(bookings.reload, 800) },
  );
  return (
    <Loading loaded={bookings}>
      {(list) => (
        <Table<Booking>
          rowKey="bookingId"
          dataSource={list.items}
          pagination={false}
          locale={{ emptyText: t('trade.bookings.none') }}
          columns={[
            {
              title: t('fairs.name'),
              key: 'f',
              render: (_, b) => (
                <Link to={`/fairs/${b.fairId}`}>{b.fairName ?? b.fairId.slice(0, 8)}</Link>
              ),
            },
            {
              title: t('trade.bookings.booth'),
              key: 'b',
              render: (_, b) =>
                `${list.boothNames.get(`${b.fairId}:${b.boothType}`) ?? b.boothType}${
                  b.boothNumber ? ` · ${t('trade.bookings.number', { n: b.boothNumber })}` : ''
                }`,
            },
            {
              title: t('trade.bookings.price'),
              dataIndex: 'priceVnd',
              render: (v: number) => formatMoney(v),
            },
            {
              title: t('trade.status'),
              dataIndex: 'status',
              render: (s: string) => <StatusTag scope="trade.statuses" status={s} />,
            },
            {
              title: t('trade.bookings.checkIn'),
              key: 'c',
              render: (_, b) =>
                b.checkedIn ? formatDateTime(b.checkedInAt) : t('trade.bookings.notCheckedIn'),
            },
            {
              title: t('app.actions'),
              key: 'a',
              render: (_, b) =>
                ['requested', 'approved'].includes(b.status) && (
                  <Popconfirm
                    title={t('trade.bookings.cancelConfirm')}
                    okText={t('trade.bookings.cancel')}
                    cancelText={t('app.cancel')}
                    onConfirm={() => void cancel.run(b)}
                  >
                    <Button size="small" danger>
                      {t('trade.bookings.cancel')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </Loading>
  );
}
