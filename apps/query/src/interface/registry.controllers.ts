import { Controller, Get, Query } from '@nestjs/common';
import { RegistryViews } from '../views/registry.views';
import { DistributorsQuery, ProducerRegistryQuery } from '@ocop/contracts';

/** The producer registry, for trade promotion officers (the gateway keeps it to them). */
@Controller('producers')
export class ProducerRegistryController {
  constructor(private readonly views: RegistryViews) {}

  @Get()
  list(@Query() query: ProducerRegistryQuery) {
    return this.views.producers(query);
  }
}

/** The distributors, for trade promotion officers. */
@Controller('distributors')
export class DistributorRegistryController {
  constructor(private readonly views: RegistryViews) {}

  @Get()
  list(@Query() query: DistributorsQuery) {
    return this.views.distributors(query);
  }
}
