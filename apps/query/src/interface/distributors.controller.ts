import { Controller, Get, Param, Query } from '@nestjs/common';
import { DistributorViews } from '../views/distributor.views';
import { MousQuery, OrdersQuery, SourcingRequestsQuery } from '@ocop/contracts';

/** A distributor's own read models; the gateway checks that the caller is that distributor. */
@Controller('distributors/:distributorId')
export class DistributorsController {
  constructor(private readonly views: DistributorViews) {}

  @Get('sourcing-requests')
  sourcingRequests(
    @Param('distributorId') distributorId: string,
    @Query() query: SourcingRequestsQuery,
  ) {
    return this.views.sourcingRequests(distributorId, query);
  }

  @Get('orders')
  orders(@Param('distributorId') distributorId: string, @Query() query: OrdersQuery) {
    return this.views.orders(distributorId, query);
  }

  @Get('mous')
  mous(@Param('distributorId') distributorId: string, @Query() query: MousQuery) {
    return this.views.mouList(distributorId, query);
  }
}
