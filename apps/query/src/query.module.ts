import { Module } from '@nestjs/common';
import { Clock, PlatformModule } from '@ocop/common';
import { ProjectionsModule } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { CatalogueMemoryLoader } from './catalogue-search/catalogue-memory';
import { DistributorsController } from './interface/distributors.controller';
import {
  CatalogueController,
  FairsController,
  ProgrammeController,
} from './interface/officer.controllers';
import { ExportsController } from './interface/exports.controller';
import { ProducersController } from './interface/producers.controller';
import {
  DistributorRegistryController,
  ProducerRegistryController,
} from './interface/registry.controllers';
import { projectionLagGauge } from './metrics/projection-lag';
import { PROJECTION_LAG, READ_MODELS } from './projections';
import { CatalogueViews } from './views/catalogue.views';
import { DistributorViews } from './views/distributor.views';
import { FairViews } from './views/fair.views';
import { MouViews } from './views/mou.views';
import { ProducerViews } from './views/producer.views';
import { ProgrammeViews } from './views/programme.views';
import { ReadModels } from './views/read-models.service';
import { RegistryViews } from './views/registry.views';

@Module({
  imports: [
    PlatformModule.forService('query'),
    ProjectionsModule.forRoot(integrationEventCatalog(), READ_MODELS),
  ],
  controllers: [
    ProducersController,
    DistributorsController,
    FairsController,
    ProgrammeController,
    CatalogueController,
    ProducerRegistryController,
    DistributorRegistryController,
    ExportsController,
  ],
  providers: [
    Clock,
    ReadModels,
    MouViews,
    ProducerViews,
    DistributorViews,
    FairViews,
    ProgrammeViews,
    CatalogueViews,
    RegistryViews,
    CatalogueMemoryLoader,
    projectionLagGauge(PROJECTION_LAG),
  ],
})
export class QueryModule {}
