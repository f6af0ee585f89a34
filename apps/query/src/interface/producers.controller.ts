import { Controller, Get, Param, Query } from '@nestjs/common';
import { ProducerViews } from '../views/producer.views';
import {
  BookingsQuery,
  MousQuery,
  ObligationsQuery,
  OrdersQuery,
  ProducerProductsQuery,
  SourcingOpportunitiesQuery,
} from '@ocop/contracts';

/** A producer's own read models; the gateway checks that the caller is that producer. */
@Controller('producers/:producerId')
export class ProducersController {
  constructor(private readonly views: ProducerViews) {}

  @Get('products')
  products(@Param('producerId') producerId: string, @Query() query: ProducerProductsQuery) {
    return this.views.products(producerId, query);
  }

  @Get('bookings')
  bookings(@Param('producerId') producerId: string, @Query() query: BookingsQuery) {
    return this.views.bookings(producerId, query);
  }

  @Get('mous')
  mous(@Param('producerId') producerId: string, @Query() query: MousQuery) {
    return this.views.mouList(producerId, query);
  }

  @Get('obligations')
  obligations(@Param('producerId') producerId: string, @Query() query: ObligationsQuery) {
    return this.views.obligations(producerId, query);
  }

  @Get('orders')
  orders(@Param('producerId') producerId: string, @Query() query: OrdersQuery) {
    return this.views.orders(producerId, query);
  }

  @Get('sourcing-requests')
  sourcingRequests(
    @Param('producerId') producerId: string,
    @Query() query: SourcingOpportunitiesQuery,
  ) {
    return this.views.sourcingRequests(producerId, query);
  }
}
