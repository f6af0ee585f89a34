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

/** The name that stands for every projection of the service in a rebuild. */
export const ALL_PROJECTIONS = 'all';

@Processor(REBUILD_QUEUE)
export class RebuildProcessor extends WorkerHost {
  constructor(private readonly runners: ProjectionRunners) {
    super();
  }

  /**
   * Rebuilds one projection, or all of them one after the other (`all`: on FerretDB v1, several
   * projections writing at once can exhaust its connection pool). Progress: messages read against
   * the topics' end offsets, summed over the projections started so far, and for `all` each
   * projection's own figures and how many are done.
   */
  async process(job: Job<{ projection: string }>): Promise<{ events: number }> {
    const all = job.data.projection === ALL_PROJECTIONS;
    const names = all ? this.runners.names() : [this.runners.get(job.data.projection).name];
    const progress = new Map<string, { read: number; target: number }>();
    let done = 0;
    const report = async () => {
      const figures = [...progress.values()];
      const read = figures.reduce((sum, p) => sum + p.read, 0);
      const target = figures.reduce((sum, p) => sum + p.target, 0);
      await job.updateProgress(
        all
          ? { read, target, done, of: names.length, projections: Object.fromEntries(progress) }
          : { read, target },
      );
    };
    for (const name of names) {
      await this.runners.get(name).rebuild(async (read, target) => {
        progress.set(name, { read, target });
        await report();
      });
      done++;
      await report();
    }
    return { events: [...progress.values()].reduce((sum, p) => sum + p.read, 0) };
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

  /**
   * Drops the projection's read model and replays every event from the start of the topics;
   * `all` rebuilds every projection of the service, one after the other. Progress: GET /admin/projections/rebuilds/:jobId.
   */
  @Post(':name/rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  async rebuild(@Param('name') name: string) {
    const names = name === ALL_PROJECTIONS ? this.runners.names() : [this.runners.get(name).name];
    for (const each of names) {
      const status = await this.runners.get(each).status();
      if (status.status === 'rebuilding') {
        throw new ConflictException(`projection ${each} is already being rebuilt`);
      }
    }
    const job = await this.queue.add(
      'rebuild',
      { projection: name },
      { removeOnComplete: 100, removeOnFail: 100 },
    );
    return {
      jobId: job.id,
      projections: names,
      location: `/admin/projections/rebuilds/${job.id}`,
    };
  }

  /** A rebuild job: its state, progress (read / target, per projection for `all`) and result. */
  @Get('rebuilds/:jobId')
  async rebuildJob(@Param('jobId') jobId: string) {
    // State before the job itself: a job finishing in between never shows completed without result.
    const state = await this.queue.getJobState(jobId);
    const job = await this.queue.getJob(jobId);
    if (!job) throw new NotFoundException(`no rebuild job ${jobId}`);
    return {
      jobId,
      projection: (job.data as { projection: string }).projection,
      state,
      progress: job.progress,
      result: state === 'completed' ? (job.returnvalue as unknown) : null,
      failedReason: job.failedReason ?? null,
    };
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
