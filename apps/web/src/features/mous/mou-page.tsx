import { Card, Col, Descriptions, Progress, Row, Space, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { FairName, PartyName, ProductName } from '../shared/party-name';
import { ColorTag, StatusTag } from '../shared/status-tag';
import { MouHistory } from './mou-history';
import type { Mou, MouVersion } from './mou-view';

function versionEvents(version: MouVersion) {
  return [
    ...version.signatures.map((signature) => ({
      at: signature.signedAt,
      text: <PartyName kind={signature.partyType} id={signature.partyId} />,
      kind: 'signed' as const,
    })),
    ...(version.activatedAt
      ? [{ at: version.activatedAt, text: null, kind: 'active' as const }]
      : []),
  ];
}

/** A target's product by name: a target names only its product, so each party producer is asked. */
export default function MouPage() {
  const { t } = useTranslation();
  const { mouId = '' } = useParams();
  const loaded = useApi(
    () => ok<Mou>(api.GET('/api/v1/mous/{mouId}', { params: { path: { mouId } } })),
    [mouId],
  );
  return (
    <Loading loaded={loaded}>
      {(mou) => {
        const terms = (mou.versionInForce ?? mou.pendingVersion)?.terms;
        const allVersions = [mou.versionInForce, mou.pendingVersion].filter(
          (v): v is MouVersion => v !== null,
        );
        return (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap>
              <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
                {mou.title ?? `${t('mous.mou')} ${mou.mouId.slice(0, 8)}`}
              </Typography.Title>
              <StatusTag scope="mous.statuses" status={mou.status} />
            </Space>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('mous.distributor')}>
                <PartyName kind="distributor" id={mou.distributorId} />
              </Descriptions.Item>
              <Descriptions.Item label={t('mous.producers')}>
                <Space direction="vertical" size={0}>
                  {mou.producerIds.map((id) => (
                    <Link key={id} to={`/producers/${id}`}>
                      <PartyName kind="producer" id={id} />
                    </Link>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('mous.period')}>
                {terms ? `${formatDate(terms.startDate)} – ${formatDate(terms.endDate)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('mous.fair')}>
                {mou.fairId ? (
                  <Link to={`/fairs/${mou.fairId}`}>
                    <FairName id={mou.fairId} />
                  </Link>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
            </Descriptions>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('mous.targets')}>
                  <Table
                    rowKey="productId"
                    size="small"
                    pagination={false}
                    dataSource={mou.targets}
                    columns={[
                      {
                        title: t('mous.product'),
                        dataIndex: 'productId',
                        render: (id: string) => <ProductName id={id} />,
                      },
                      {
                        title: t('mous.quantity'),
                        key: 'q',
                        render: (_, target) => `${formatNumber(target.quantity)} ${target.unit}`,
                      },
                      {
                        title: t('mous.delivered'),
                        dataIndex: 'delivered',
                        render: (v: number) => formatNumber(v),
                      },
                      {
                        title: t('mous.fulfilment'),
                        dataIndex: 'percent',
                        render: (p: number) => (
                          <Progress
                            size="small"
                            percent={Math.min(100, p)}
                            format={() => `${p}%`}
                            aria-label={t('mous.fulfilment')}
                          />
                        ),
                      },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('mous.obligations')}>
                  <Table
                    rowKey="obligationId"
                    size="small"
                    pagination={false}
                    dataSource={mou.obligations}
                    columns={[
                      { title: t('mous.obligations'), dataIndex: 'description' },
                      {
                        title: t('mous.dueOn'),
                        dataIndex: 'dueDate',
                        render: (d: string) => formatDate(d),
                      },
                      {
                        title: t('mous.status'),
                        dataIndex: 'status',
                        render: (s: string) => (
                          <ColorTag
                            color={s === 'met' ? 'green' : s === 'overdue' ? 'red' : 'gold'}
                          >
                            {t(`mous.obligationStatuses.${s}`)}
                          </ColorTag>
                        ),
                      },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('mous.versions')}>
                  <Table
                    rowKey="version"
                    size="small"
                    pagination={false}
                    dataSource={mou.versions}
                    columns={[
                      {
                        title: t('mous.versions'),
                        dataIndex: 'version',
                        render: (v: number) => t('mous.version', { number: v }),
                      },
                      {
                        title: t('mous.status'),
                        dataIndex: 'state',
                        render: (s: string) => t(`mous.versionStates.${s}`, { defaultValue: s }),
                      },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('mous.signatures')}>
                  <Timeline
                    items={allVersions.flatMap((version) => [
                      { children: t('mous.version', { number: version.version }), color: 'gray' },
                      ...versionEvents(version).map((event) => ({
                        color: event.kind === 'active' ? 'green' : 'blue',
                        children: (
                          <span>
                            {formatDateTime(event.at)} ·{' '}
                            {event.kind === 'active'
                              ? t('mous.statuses.active')
                              : t('mous.signedBy')}{' '}
                            {event.text}
                          </span>
                        ),
                      })),
                      ...version.awaitingSignatures.map((party) => ({
                        color: 'gray',
                        children: (
                          <span>
                            {t('mous.awaiting')}{' '}
                            <PartyName kind={party.partyType} id={party.partyId} />
                          </span>
                        ),
                      })),
                    ])}
                  />
                </Card>
              </Col>
              <Col xs={24}>
                <Card size="small" title={t('mous.history')}>
                  <MouHistory mouId={mou.mouId} />
                </Card>
              </Col>
            </Row>
          </Space>
        );
      }}
    </Loading>
  );
}
