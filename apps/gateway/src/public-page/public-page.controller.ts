import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { GatewaySettings, requestCorrelationId } from '@ocop/common';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { BackendServices } from '../forwarding/backend-services';
import { pageLanguage } from './page-text';
import { notFoundPage, productPage, PublicProduct, unavailablePage } from './product-page.html';
import { productPageUrl, qrPng, qrSvg } from './product-qr';

/** A product code as the producers service makes it (OCOP-<16 hex>), with room to spare. */
const QR_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

// Short, so a revoked certificate shows as revoked within a minute, even behind a cache.
const PAGE_CACHE = 'public, max-age=60';
// The image only encodes the page's address, which never changes for a code.
const IMAGE_CACHE = 'public, max-age=86400';

type Lookup =
  { kind: 'found'; product: PublicProduct } | { kind: 'not-found' } | { kind: 'unavailable' };

/**
 * The page behind each product's OCOP QR code, outside /api/v1 and open to anyone: rendered here
 * as plain HTML (no script) from the query service's catalogue read model, Vietnamese by default,
 * English on ?lang=en. Also the QR image itself, for the printable label sheet.
 */
@Public()
@ApiExcludeController()
@Controller('p')
export class PublicPageController {
  private readonly publicBaseUrl: string;

  constructor(
    private readonly backends: BackendServices,
    config: ConfigService<GatewaySettings, true>,
  ) {
    this.publicBaseUrl = config.get('PUBLIC_BASE_URL', { infer: true });
  }

  @Get(':qrCode')
  async page(
    @Param('qrCode') qrCode: string,
    @Query('lang') langParam: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const lang = pageLanguage(langParam);
    const nonce = randomBytes(16).toString('base64');
    const wellFormed = QR_CODE.test(qrCode);
    const path = `/p/${encodeURIComponent(qrCode)}`;
    const found = wellFormed ? await this.lookUp(qrCode, req) : { kind: 'not-found' as const };
    // Only this page's own style block may apply: no scripts, no other styles, images from the web.
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; img-src https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    res.type('html');
    if (found.kind === 'found') {
      res.setHeader('Cache-Control', PAGE_CACHE);
      res.status(200).send(productPage(found.product, lang, path, nonce));
    } else if (found.kind === 'not-found') {
      res.setHeader('Cache-Control', PAGE_CACHE);
      res.status(404).send(notFoundPage(wellFormed ? qrCode : undefined, lang, path, nonce));
    } else {
      res.setHeader('Cache-Control', 'no-store');
      res.status(503).send(unavailablePage(lang, path, nonce));
    }
  }

  @Get(':qrCode/qr.svg')
  async svg(@Param('qrCode') qrCode: string, @Req() req: Request, @Res() res: Response) {
    if (!(await this.imageOf(qrCode, req, res))) return;
    res.type('image/svg+xml').send(await qrSvg(productPageUrl(this.publicBaseUrl, qrCode)));
  }

  @Get(':qrCode/qr.png')
  async png(@Param('qrCode') qrCode: string, @Req() req: Request, @Res() res: Response) {
    if (!(await this.imageOf(qrCode, req, res))) return;
    res.type('png').send(await qrPng(productPageUrl(this.publicBaseUrl, qrCode)));
  }

  /** Images only for codes a product carries; false when the answer (404, 503) was sent. */
  private async imageOf(qrCode: string, req: Request, res: Response): Promise<boolean> {
    const found = QR_CODE.test(qrCode)
      ? await this.lookUp(qrCode, req)
      : { kind: 'not-found' as const };
    if (found.kind === 'found') {
      res.setHeader('Cache-Control', IMAGE_CACHE);
      return true;
    }
    const [statusCode, error, message] =
      found.kind === 'not-found'
        ? [404, 'Not Found', 'no product has this QR code']
        : [503, 'Service Unavailable', 'the query service did not answer; try again'];
    res.status(statusCode).json({ statusCode, error, message: [message] });
    return false;
  }

  private async lookUp(qrCode: string, req: Request): Promise<Lookup> {
    try {
      const { status, body } = await this.backends.get(
        'query',
        `/catalogue/products/by-qr/${encodeURIComponent(qrCode)}`,
        requestCorrelationId(req),
      );
      if (status === 200) return { kind: 'found', product: body as PublicProduct };
      if (status === 404) return { kind: 'not-found' };
      return { kind: 'unavailable' };
    } catch {
      return { kind: 'unavailable' };
    }
  }
}
