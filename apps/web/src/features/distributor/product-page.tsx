import { Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError, ok } from '../../lib/api-client';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { StatusTag } from '../shared/status-tag';
import { PageTitle, RecordLoading } from '../trade/record';
import { Stars } from '../trade/stars';
import type { CatalogueProduct } from '../trade/views';
import { PlaceOrderButton } from './place-order';

/** A catalogue product: its producer, certificate and OCOP QR code (the public page's). */
export default function CatalogueProductPage() {
  const { t } = useTranslation();
  const { producerId = '', productId = '' } = useParams();
  const product = useApi(
    () =>
      ok<CatalogueProduct>(
        api.GET('/api/v1/catalogue/products/{productId}', { params: { path: { productId } } }),
      ).then((found) => {
        // A URL pairing the product with another producer names no record.
        if (found.producerId !== producerId) throw new ApiError(404, []);
        return found;
      }),
    [producerId, productId],
  );
  return (
    <RecordLoading loaded={product}>
      {(p) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <PageTitle>{p.name}</PageTitle>
          <Space align="start" wrap size="large">
            <Card title={t('trade.catalogue.product')} style={{ minWidth: 420 }}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('trade.producer')}>{p.producerName}</Descriptions.Item>
                <Descriptions.Item label={t('trade.place')}>
                  {[p.craftVillage, p.commune, p.district, p.province].filter(Boolean).join(', ')}
                </Descriptions.Item>
                <Descriptions.Item label={t('products.group')}>
                  {t(`groups.${p.group}`, { defaultValue: p.group })}
                </Descriptions.Item>
                <Descriptions.Item label={t('trade.stars')}>
                  <Stars value={p.stars} />
                </Descriptions.Item>
                <Descriptions.Item label={t('products.priceRange')}>
                  {formatMoney(p.priceMinVnd)} – {formatMoney(p.priceMaxVnd)} / {p.unit}
                </Descriptions.Item>
                <Descriptions.Item label={t('products.capacity')}>
                  {formatNumber(p.monthlyCapacity)} {p.unit}
                </Descriptions.Item>
                <Descriptions.Item label={t('products.certificate')}>
                  <StatusTag
                    scope="products.certificateStatuses"
                    status={p.certificate?.status ?? 'none'}
                  />
                </Descriptions.Item>
                {p.certificate && (
                  <>
                    <Descriptions.Item label={t('trade.decisionNumber')}>
                      {p.certificate.decisionNumber}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('trade.level')}>
                      {t(`trade.levels.${p.certificate.level}`, {
                        defaultValue: p.certificate.level,
                      })}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('trade.validity')}>
                      {formatDate(p.certificate.issuedOn)} – {formatDate(p.certificate.expiresOn)}
                    </Descriptions.Item>
                  </>
                )}
              </Descriptions>
            </Card>
            <Card title={t('trade.qrCode')}>
              <img
                src={`/p/${encodeURIComponent(p.qrCode)}/qr.svg`}
                alt={t('trade.qrAlt', { name: p.name })}
                width={200}
                height={200}
              />
              <div>
                <a href={`/p/${encodeURIComponent(p.qrCode)}`}>{t('trade.publicPage')}</a>
              </div>
            </Card>
          </Space>
          <PlaceOrderButton
            producerId={p.producerId}
            lines={[{ productId: p.productId, name: p.name, unitPriceVnd: p.priceMinVnd }]}
          />
        </Space>
      )}
    </RecordLoading>
  );
}
