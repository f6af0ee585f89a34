import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import type { Page } from '../shared/views';
import { PageTitle } from '../trade/record';
import type { CatalogueProduct } from '../trade/views';

// An A4 sheet of 3 × 7 labels; printing hides the console around it. The code is a block (an
// inline image keeps a line's descent below it) and the two lines under it end 3.5 mm above the edge.
const PRINT_CSS = `
.qr-sheet { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; width: 190mm; }
.qr-label { border: 1px dashed #bfbfbf; padding: 2.5mm 3mm 3.5mm; text-align: center; break-inside: avoid; height: 36mm; box-sizing: border-box; overflow: hidden; }
.qr-label img { display: block; margin: 0 auto 1mm; width: 21mm; height: 21mm; }
.qr-label div { font-size: 9pt; line-height: 1.2; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
@page { size: A4; margin: 10mm; }
@media print {
  body * { visibility: hidden; }
  .qr-sheet, .qr-sheet * { visibility: visible; }
  .qr-sheet { position: absolute; left: 0; top: 0; }
  .qr-label { border-color: #d9d9d9; }
}
`;

/** A printable A4 sheet of the products' OCOP QR labels (each encodes its public page). */
export default function QrLabelsPage() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  const products = useApi(
    () =>
      ok<Page<CatalogueProduct>>(
        api.GET('/api/v1/producers/{producerId}/products', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
    [producerId],
  );
  return (
    // The style outside the Space, which would give it an empty row above the heading.
    <>
      <style>{PRINT_CSS}</style>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <PageTitle>{t('trade.products.labels')}</PageTitle>
          <Button type="primary" onClick={() => window.print()}>
            {t('trade.products.print')}
          </Button>
        </Space>
        <Loading loaded={products}>
          {(list) => (
            <div className="qr-sheet">
              {list.items.map((p) => (
                <div className="qr-label" key={p.productId}>
                  <img
                    src={`/p/${encodeURIComponent(p.qrCode)}/qr.svg`}
                    alt={t('trade.qrAlt', { name: p.name })}
                  />
                  <div>{p.name}</div>
                  <div>{p.stars ? '★'.repeat(p.stars) : ''} OCOP</div>
                </div>
              ))}
            </div>
          )}
        </Loading>
      </Space>
    </>
  );
}
