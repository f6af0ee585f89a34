import { Card, Col, List, Row, Space, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatMoney, formatNumber, formatTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import type { Fair, Page } from '../shared/views';
import { PageTitle } from '../trade/record';
import type {
  Booking,
  CatalogueProduct,
  Meeting,
  ObligationItem,
  Opportunity,
  OrderItem,
} from '../trade/views';

const TODAY = () => formatDate(new Date());

/** What needs the producer's attention today. */
export default function ProducerHomePage() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  const home = useApi(async () => {
    const path = { producerId };
    const [products, bookings, orders, obligations, fairs, opportunities] = await Promise.all([
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path, query: { limit: 100 } },
        }),
      ),
      ok<Page<Booking>>(
        api.GET('/api/v1/producers/{producerId}/bookings', {
          params: { path, query: { status: 'requested', limit: 100 } },
        }),
      ),
      ok<Page<OrderItem>>(
        api.GET('/api/v1/producers/{producerId}/orders', {
          params: { path, query: { status: 'confirmed', limit: 100 } },
        }),
      ),
      ok<Page<ObligationItem>>(
        api.GET('/api/v1/producers/{producerId}/obligations', {
          params: { path, query: { status: 'overdue', limit: 100 } },
        }),
      ),
      ok<Page<Fair>>(
        api.GET('/api/v1/fairs', { params: { query: { status: 'in-progress', limit: 20 } } }),
      ),
      ok<Page<Opportunity>>(
        api.GET('/api/v1/producers/{producerId}/sourcing-requests', {
          params: { path, query: { sort: 'publishedAt', order: 'desc', limit: 20 } },
        }),
      ),
    ]);
    const meetings = (
      await Promise.all(
        fairs.items.map((f) =>
          ok<Page<Meeting>>(
            api.GET('/api/v1/fairs/{fairId}/meetings', {
              params: {
                path: { fairId: f.fairId },
                query: { producerId, status: 'scheduled', limit: 100 },
              },
            }),
          ).then((page) => page.items),
        ),
      )
    )
      .flat()
      .filter((m) => formatDate(m.startsAt) === TODAY());
    return {
      expiring: products.items.filter(
        (p) => p.daysToExpiry !== null && p.daysToExpiry <= 90 && p.certificate?.status === 'valid',
      ),
      bookings: bookings.items,
      orders: orders.items,
      obligations: obligations.items,
      meetings,
      opportunities: opportunities.items,
    };
  }, [producerId]);
  const box = (title: string, count: number, link: string | undefined, items: ReactNode[]) => (
    <Col xs={24} md={12} xl={8}>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
        extra={link && <Link to={link}>{t('app.details')}</Link>}
      >
        <Statistic value={count} />
        <List
          size="small"
          dataSource={items.slice(0, 5)}
          renderItem={(item) => <List.Item>{item}</List.Item>}
        />
      </Card>
    </Col>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.home.title')}</PageTitle>
      <Loading loaded={home}>
        {(h) => (
          <Row gutter={[16, 16]}>
            {box(
              t('trade.home.expiring'),
              h.expiring.length,
              '/products',
              h.expiring.map((p) => `${p.name} · ${formatDate(p.certificate?.expiresOn)}`),
            )}
            {box(
              t('trade.home.bookings'),
              h.bookings.length,
              '/fairs',
              h.bookings.map((b) => `${b.fairName ?? ''} · ${b.boothType}`),
            )}
            {box(
              t('trade.home.meetingsToday'),
              h.meetings.length,
              '/fairs',
              h.meetings.map(
                (m) => `${formatTime(m.startsAt)} · ${t('trade.meetings.table', { n: m.table })}`,
              ),
            )}
            {box(
              t('trade.home.toShip'),
              h.orders.length,
              '/orders',
              h.orders.map((o) => (
                <Link key={o.orderId} to={`/orders/${o.orderId}`}>
                  {o.orderId.slice(0, 8)} · {formatMoney(o.totalVnd)}
                </Link>
              )),
            )}
            {box(
              t('trade.home.overdue'),
              h.obligations.length,
              '/mous',
              h.obligations.map((o) => `${o.description} · ${formatDate(o.dueDate)}`),
            )}
            {box(
              t('trade.home.newMatches'),
              h.opportunities.length,
              undefined,
              h.opportunities.map((o) =>
                t('trade.home.match', {
                  buyer: o.distributorName ?? '',
                  quantity: `${formatNumber(o.quantity)} ${o.unit}`,
                  keywords: o.keywords.join(', '),
                  product: o.matches[0]?.productName ?? '',
                  deadline: formatDate(o.deadline),
                }),
              ),
            )}
          </Row>
        )}
      </Loading>
    </Space>
  );
}
