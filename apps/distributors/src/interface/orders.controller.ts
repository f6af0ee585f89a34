import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { CommandMeta, NotFoundError } from '@ocop/common';
import { EventStore, readHistory } from '@ocop/event-sourcing';
import { AGGREGATE_TYPES, CommandMetadata } from '@ocop/events';
import { CancelOrderHandler } from '../commands/cancel-order/cancel-order.handler';
import { DeliverOrderHandler } from '../commands/deliver-order/deliver-order.handler';
import { PlaceOrderHandler } from '../commands/place-order/place-order.handler';
import { ShipOrderHandler } from '../commands/ship-order/ship-order.handler';
import { PurchaseOrderView } from '../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../infrastructure/repositories';
import {
  OrderStatus,
  CancelOrderDto,
  HistoryEntry,
  HistoryQuery,
  Page,
  PlaceOrderDto,
  ShipOrderDto,
} from '@ocop/contracts';

/**
 * Purchase orders. There is deliberately no confirm or reject route: an order is confirmed or
 * rejected only by the saga (producers' answer over Kafka, or the confirmation timeout).
 */
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly placing: PlaceOrderHandler,
    private readonly shipping: ShipOrderHandler,
    private readonly delivering: DeliverOrderHandler,
    private readonly cancelling: CancelOrderHandler,
    private readonly repositories: DistributorRepositories,
    private readonly store: EventStore,
  ) {}

  /** 202: the order is placed; whether it is confirmed is decided later, by the saga. */
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async place(
    @Body() dto: PlaceOrderDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<{ orderId: string; status: OrderStatus; location: string }> {
    const view = await this.placing.execute(dto, meta);
    return { orderId: view.orderId, status: view.status, location: `/orders/${view.orderId}` };
  }

  @Get(':id')
  async find(@Param('id', new ParseUUIDPipe()) id: string): Promise<PurchaseOrderView> {
    const view = (await this.repositories.orders.load(id)).view();
    if (!view) throw new NotFoundError(`order ${id} not found`);
    return view;
  }

  /** Its events, oldest first: who did what, when, and what it recorded. */
  @Get(':id/history')
  history(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: HistoryQuery,
  ): Promise<Page<HistoryEntry>> {
    const stream = { aggregateType: AGGREGATE_TYPES.purchaseOrder, aggregateId: id };
    return readHistory(this.store, { ...stream, notFound: `order ${id} not found` }, query);
  }

  @Post(':id/ship')
  @HttpCode(HttpStatus.OK)
  ship(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ShipOrderDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<PurchaseOrderView> {
    return this.shipping.execute(id, dto, meta);
  }

  @Post(':id/deliver')
  @HttpCode(HttpStatus.OK)
  deliver(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<PurchaseOrderView> {
    return this.delivering.execute(id, meta);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CancelOrderDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<PurchaseOrderView> {
    return this.cancelling.execute(id, dto, meta);
  }
}
