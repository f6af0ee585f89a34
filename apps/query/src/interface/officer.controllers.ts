import { Controller, Get, Param, Query } from '@nestjs/common';
import { CatalogueViews } from '../views/catalogue.views';
import { FairViews } from '../views/fair.views';
import { ProgrammeViews } from '../views/programme.views';
import {
  CatalogueProducersQuery,
  CatalogueQuery,
  ExpiringCertificatesQuery,
  FairsQuery,
} from '@ocop/contracts';

/** Fairs and their boards, for trade promotion officers. */
@Controller('fairs')
export class FairsController {
  constructor(private readonly views: FairViews) {}

  @Get()
  list(@Query() query: FairsQuery) {
    return this.views.list(query);
  }

  @Get(':fairId/board')
  board(@Param('fairId') fairId: string) {
    return this.views.board(fairId);
  }
}

/** The programme's figures. */
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly views: ProgrammeViews) {}

  @Get('figures')
  figures() {
    return this.views.figures();
  }

  @Get('expiring-certificates')
  expiring(@Query() query: ExpiringCertificatesQuery) {
    return this.views.expiringCertificates(query);
  }
}

/** The product catalogue, for everyone. */
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly views: CatalogueViews) {}

  @Get('products')
  products(@Query() query: CatalogueQuery) {
    return this.views.search(query);
  }

  /** What the public page behind a product's QR code shows. */
  @Get('products/by-qr/:qrCode')
  byQrCode(@Param('qrCode') qrCode: string) {
    return this.views.byQrCode(qrCode);
  }

  @Get('products/:productId')
  product(@Param('productId') productId: string) {
    return this.views.product(productId);
  }

  @Get('producers')
  producers(@Query() query: CatalogueProducersQuery) {
    return this.views.producers(query);
  }

  @Get('producers/:producerId')
  producer(@Param('producerId') producerId: string) {
    return this.views.producer(producerId);
  }
}
