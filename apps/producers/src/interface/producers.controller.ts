import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import { Clock, commandMetadata } from '@ocop/common';
import { EventStore, readHistory } from '@ocop/event-sourcing';
import { AGGREGATE_TYPES, ProducerEvents, TypedEnvelope } from '@ocop/events';
import type { Request } from 'express';
import { ProducerCommands } from '../commands/producer-commands';
import { concernsProduct } from '../domain/product-events';
import {
  vietnamMonth,
  CertifyProductDto,
  ChangeCapacityDto,
  ReasonDto,
  RegisterProducerDto,
  RegisterProductDto,
  UpdateProducerDto,
  MonthQueryDto,
  HistoryEntry,
  HistoryQuery,
  Page,
} from '@ocop/contracts';

const uuid = new ParseUUIDPipe();

/** The producers service's internal HTTP API; the gateway forwards public commands here. */
@Controller('producers')
export class ProducersController {
  constructor(
    private readonly commands: ProducerCommands,
    private readonly clock: Clock,
    private readonly store: EventStore,
  ) {}

  @Post()
  register(@Body() dto: RegisterProducerDto, @Req() req: Request) {
    return this.commands.register(dto, commandMetadata(req));
  }

  @Get(':producerId')
  view(@Param('producerId', uuid) producerId: string) {
    return this.commands.view(producerId);
  }

  @Patch(':producerId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async update(
    @Param('producerId', uuid) producerId: string,
    @Body() dto: UpdateProducerDto,
    @Req() req: Request,
  ) {
    await this.commands.update(producerId, dto, commandMetadata(req));
  }

  @Post(':producerId/deactivate')
  @HttpCode(HttpStatus.NO_CONTENT)
  async deactivate(
    @Param('producerId', uuid) producerId: string,
    @Body() dto: ReasonDto,
    @Req() req: Request,
  ) {
    await this.commands.deactivate(producerId, dto.reason, commandMetadata(req));
  }

  @Post(':producerId/products')
  registerProduct(
    @Param('producerId', uuid) producerId: string,
    @Body() dto: RegisterProductDto,
    @Req() req: Request,
  ) {
    return this.commands.registerProduct(producerId, dto, commandMetadata(req));
  }

  @Get(':producerId/products/:productId')
  product(
    @Param('producerId', uuid) producerId: string,
    @Param('productId', uuid) productId: string,
  ) {
    return this.commands.product(producerId, productId);
  }

  /** Its events, oldest first: who did what, when, and what it recorded. */
  @Get(':producerId/products/:productId/history')
  productHistory(
    @Param('producerId', uuid) producerId: string,
    @Param('productId', uuid) productId: string,
    @Query() query: HistoryQuery,
  ): Promise<Page<HistoryEntry>> {
    return readHistory<TypedEnvelope<keyof ProducerEvents>>(
      this.store,
      {
        aggregateType: AGGREGATE_TYPES.producer,
        aggregateId: producerId,
        notFound: `product ${productId} not found`,
        select: (event) => concernsProduct(event, productId),
      },
      query,
    );
  }

  /** Certifies the product, or re-rates it when it holds a valid certificate. */
  @Put(':producerId/products/:productId/certification')
  certify(
    @Param('producerId', uuid) producerId: string,
    @Param('productId', uuid) productId: string,
    @Body() dto: CertifyProductDto,
    @Req() req: Request,
  ) {
    return this.commands.certify(producerId, productId, dto, commandMetadata(req));
  }

  @Post(':producerId/products/:productId/certification/revoke')
  @HttpCode(HttpStatus.NO_CONTENT)
  async revoke(
    @Param('producerId', uuid) producerId: string,
    @Param('productId', uuid) productId: string,
    @Body() dto: ReasonDto,
    @Req() req: Request,
  ) {
    await this.commands.revoke(producerId, productId, dto.reason, commandMetadata(req));
  }

  @Put(':producerId/products/:productId/capacity')
  @HttpCode(HttpStatus.NO_CONTENT)
  async changeCapacity(
    @Param('producerId', uuid) producerId: string,
    @Param('productId', uuid) productId: string,
    @Body() dto: ChangeCapacityDto,
    @Req() req: Request,
  ) {
    await this.commands.changeCapacity(
      producerId,
      productId,
      dto.monthlyCapacity,
      commandMetadata(req),
    );
  }

  /** Capacity reserved and left per product in a month (default: this month in Việt Nam). */
  @Get(':producerId/capacity')
  capacity(@Param('producerId', uuid) producerId: string, @Query() query: MonthQueryDto) {
    return this.commands.capacity(producerId, query.month ?? vietnamMonth(this.clock.now()));
  }
}
