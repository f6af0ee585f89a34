import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  ConflictException,
  Controller,
  DynamicModule,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Injectable,
  Module,
  NotFoundException,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Param,
  Post,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { BullModule } from '@nestjs/bullmq';
import { InjectConnection } from '@nestjs/mongoose';
import { CommonSettings, KafkaConnection } from '@ocop/common';
import { EventCatalog } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import { Connection } from 'mongoose';
import { Projection } from '../projection';
import { ProjectionRunner } from '../projection-runner';
import { EVENT_CATALOG, PROJECTIONS, REBUILD_QUEUE } from './tokens';

/** Every projection of the service, each consuming as its own group from start-up. */
@Injectable()
export class ProjectionRunners implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runners: Map<string, ProjectionRunner>;

  constructor(
    @InjectConnection() connection: Connection,
    kafka: KafkaConnection,
    config: ConfigService<CommonSettings, true>,
    @Inject(EVENT_CATALOG) catalog: EventCatalog,
    @Inject(PROJECTIONS) projections: Projection[],
  ) {
    const prefix = config.get('KAFKA_GROUP_ID', { infer: true });
    this.runners = new Map(
      projections.map((projection) => [
        projection.name,
        new ProjectionRunner(connection, kafka.kafka, catalog, projection, prefix),
      ]),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.start()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  names(): string[] {
    return [...this.runners.keys()];
  }

  get(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (!runner) throw new NotFoundException(`no projection called ${name}`);
    return runner;
  }
}

@Processor(REBUILD_QUEUE)
export class RebuildProcessor extends WorkerHost {
  constructor(private readonly runners: ProjectionRunners) {
    super();
  }

  async process(job: Job<{ projection: string }>): Promise<{ events: number }> {
    let events = 0;
    await this.runners.get(job.data.projection).rebuild(async (read, target) => {
      events = read;
      await job.updateProgress({ read, target });
    });
    return { events };
  }
}

@Controller('admin/projections')
export class ProjectionsController {
  constructor(
    private readonly runners: ProjectionRunners,
    @InjectQueue(REBUILD_QUEUE) private readonly queue: Queue,
  ) {}

  @Get()
  async list() {
    return Promise.all(this.runners.names().map((name) => this.runners.get(name).status()));
  }

  @Get(':name')
  async status(@Param('name') name: string) {
    return this.runners.get(name).status();
  }

  /** Drops the projection's read model and replays every event from the start of the topics. */
  @Post(':name/rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  async rebuild(@Param('name') name: string) {
    const status = await this.runners.get(name).status();
    if (status.status === 'rebuilding') {
      throw new ConflictException(`projection ${name} is already being rebuilt`);
    }
    const job = await this.queue.add(
      'rebuild',
      { projection: name },
      { removeOnComplete: 100, removeOnFail: 100 },
    );
    return { jobId: job.id, location: `/admin/projections/${name}` };
  }
}

/** The read side: runs the given projections and offers status and rebuild. Needs PlatformModule. */
@Module({})
export class ProjectionsModule {
  static forRoot(catalog: EventCatalog, projections: Projection[]): DynamicModule {
    return {
      module: ProjectionsModule,
      imports: [BullModule.registerQueue({ name: REBUILD_QUEUE })],
      controllers: [ProjectionsController],
      providers: [
        { provide: EVENT_CATALOG, useValue: catalog },
        { provide: PROJECTIONS, useValue: projections },
        ProjectionRunners,
        RebuildProcessor,
      ],
      exports: [ProjectionRunners],
    };
  }
}
