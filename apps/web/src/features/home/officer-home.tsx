import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarList, type Bar } from '../../components/bar-list';
import { Loading } from '../../components/page-state';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { ColorTag } from '../shared/status-tag';
import type { ExpiringCertificate } from '../shared/views';
import { officerHomeData } from './officer-home-data';

function bars(
  counts: Record<string, number>,
  label: (key: string) => string,
  sortByKey = false,
): Bar[] {
  const entries = Object.entries(counts).map(([key, value]) => ({ key, label: label(key), value }));
  return sortByKey
    ? entries.sort((a, b) => a.key.localeCompare(b.key))
    : entries.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'vi'));
}

/** "2026-03" as 03/2026. */
const monthLabel = (month: string) => month.split('-').reverse().join('/');

/**
 * The certificates expiring soonest, as a plain table: antd's Table (with its pagination and
 * selects, about 80 KB gzipped) would be the home's largest download for ten rows.
 */
function ExpiringList({ items }: { items: ExpiringCertificate[] }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return <Typography.Text type="secondary">{t('home.empty')}</Typography.Text>;
  const cell = {
    padding: '6px 8px',
    borderBottom: '1px solid #f0f0f0',
    textAlign: 'left',
  } as const;
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr style={{ background: '#fafafa' }}>
          <th style={cell}>{t('products.name')}</th>
          <th style={cell}>{t('products.expiresOn')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((row) => (
          <tr key={row.productId}>
            <td style={cell}>
              <Link to={`/producers/${row.producerId}`}>{row.name}</Link>
            </td>
            <td style={cell}>
              {formatDate(row.expiresOn)} ({t('products.daysToExpiry', { count: row.daysToExpiry })}
              )
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function OfficerHome() {
  const { t } = useTranslation();
  const loaded = useApi(officerHomeData, []);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('home.title')}
      </Typography.Title>
      <Loading loaded={loaded}>
        {({ figures, expiring, fairs }) => {
          const fairName = new Map(fairs.items.map((fair) => [fair.fairId, fair.name]));
          const channel = figures.modernChannel;
          return (
            <>
              <Typography.Paragraph type="secondary">
                {t('home.asOf', { date: formatDate(figures.asOf) })}
              </Typography.Paragraph>
              <Row gutter={[16, 16]}>
                <Col xs={24} sm={12} lg={6}>
                  <Card size="small">
                    <Statistic
                      title={t('home.certified')}
                      value={figures.certifiedProducts.total}
                      formatter={(value) => formatNumber(Number(value))}
                    />
                  </Card>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Card size="small">
                    <Statistic
                      title={t('home.mousSigned')}
                      value={figures.mousSigned.total}
                      formatter={(value) => formatNumber(Number(value))}
                    />
                  </Card>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Card size="small">
                    <Statistic
                      title={t('home.expiring')}
                      value={figures.expiringWithin90Days}
                      formatter={(value) => formatNumber(Number(value))}
                      valueStyle={{
                        color: figures.expiringWithin90Days > 0 ? '#ad4e00' : undefined,
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Card size="small">
                    <Statistic
                      title={t('home.modernChannel')}
                      value={channel.share}
                      formatter={(value) => formatPercent(Number(value))}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <BarList
                    title={t('home.byStars')}
                    bars={bars(
                      figures.certifiedProducts.byStars,
                      (k) => t('home.stars', { count: Number(k) }),
                      true,
                    )}
                    color="#d48806"
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <BarList
                    title={t('home.byGroup')}
                    bars={bars(figures.certifiedProducts.byGroup, (k) =>
                      t(`groups.${k}`, { defaultValue: k }),
                    )}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <BarList
                    title={t('home.byDistrict')}
                    bars={bars(figures.certifiedProducts.byDistrict, (k) => k)}
                    color="#1d6fa5"
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <BarList
                    title={t('home.byProducerKind')}
                    bars={bars(figures.certifiedProducts.byProducerKind, (k) =>
                      t(`producerKinds.${k}`, { defaultValue: k }),
                    )}
                    color="#6b4fbb"
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <BarList
                    title={t('home.mousByMonth')}
                    bars={bars(figures.mousSigned.byMonth, monthLabel, true)}
                    color="#237804"
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <BarList
                    title={t('home.mousByFair')}
                    bars={bars(figures.mousSigned.byFair, (id) => fairName.get(id) ?? id)}
                    color="#237804"
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={t('home.modernChannel')} style={{ height: '100%' }}>
                    <Progress
                      percent={Math.round(channel.share * 1000) / 10}
                      success={{ percent: 0 }}
                      strokeColor={channel.share >= channel.target ? '#237804' : '#d48806'}
                      format={() => formatPercent(channel.share)}
                      aria-label={t('home.modernChannel')}
                    />
                    <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                      {t('home.modernChannelDetail', {
                        selling: formatNumber(channel.withModernChannelMouOrOrder),
                        producers: formatNumber(channel.producers),
                      })}
                    </Typography.Paragraph>
                    <ColorTag color={channel.share >= channel.target ? 'green' : 'orange'}>
                      {t('home.target', { target: formatPercent(channel.target) })}
                    </ColorTag>
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={t('home.expiringList')} style={{ height: '100%' }}>
                    <ExpiringList items={expiring.items} />
                  </Card>
                </Col>
              </Row>
            </>
          );
        }}
      </Loading>
    </>
  );
}
