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
  Query,
} from '@nestjs/common';
import { CommandMeta } from '@ocop/common';
import { EventStore, readHistory } from '@ocop/event-sourcing';
import { CommandMetadata, FAIR_AGGREGATE_TYPES, FairStatus } from '@ocop/events';
import { AdvanceFairHandler } from '../commands/advance-fair/advance-fair.handler';
import { loadFair } from '../commands/lookups';
import { RescheduleFairHandler } from '../commands/reschedule-fair/reschedule-fair.handler';
import { ScheduleFairHandler } from '../commands/schedule-fair/schedule-fair.handler';
import { SlotTimes } from '../domain/fair-schedule';
import { BoothType, FairView } from '../domain/fair.aggregate';
import { BoothInventory } from '../infrastructure/booth-inventory';
import { MeetingClaims } from '../infrastructure/meeting-claims';
import { ReadViews, sortBy } from '../infrastructure/read-views';
import { TradeFairRepositories } from '../infrastructure/repositories';
import {
  RescheduleFairDto,
  ScheduleFairDto,
  FairListQueryDto,
  HistoryEntry,
  HistoryQuery,
  MEETING_STATUSES,
  MeetingStatus,
  Page,
  pageStart,
  SlotListQueryDto,
} from '@ocop/contracts';

const uuid = new ParseUUIDPipe();

export interface FairDetails extends Omit<FairView, 'boothTypes'> {
  /** Each booth type with how many booths are held by bookings and how many are left. */
  boothTypes: Array<BoothType & { held: number; available: number }>;
  /** Meetings by status, for the fair's follow-up. */
  meetings: Record<MeetingStatus, number>;
}

export type SlotView = SlotTimes & { tables: number; tablesTaken: number };

/** Fairs: scheduling, rescheduling, the officer's early steps, and what a fair looks like now. */
@Controller('fairs')
export class FairsController {
  constructor(
    private readonly scheduling: ScheduleFairHandler,
    private readonly rescheduling: RescheduleFairHandler,
    private readonly advancing: AdvanceFairHandler,
    private readonly repositories: TradeFairRepositories,
    private readonly inventory: BoothInventory,
    private readonly meetingClaims: MeetingClaims,
    private readonly views: ReadViews,
    private readonly store: EventStore,
  ) {}

  /** 201 with the scheduled fair; its lifecycle jobs are queued. */
  @Post()
  async schedule(
    @Body() dto: ScheduleFairDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairView & { location: string }> {
    const view = await this.scheduling.execute(dto, meta);
    return { ...view, location: `/fairs/${view.fairId}` };
  }

  @Get()
  list(@Query() query: FairListQueryDto): Promise<Page<FairView>> {
    const { kind, status, province, organiserId } = query;
    return this.views.fairs.page(
      {
        ...(kind ? { kind } : {}),
        ...(status ? { status } : {}),
        ...(province ? { province } : {}),
        ...(organiserId ? { organiserId } : {}),
      },
      sortBy([query.sort, 'fairId'], query.order ?? 'asc'),
      query,
    );
  }

  @Get(':fairId')
  async find(@Param('fairId', uuid) fairId: string): Promise<FairDetails> {
    const view = (await loadFair(this.repositories, fairId)).view()!;
    const [held, meetings] = await Promise.all([
      this.inventory.heldByType(fairId),
      this.views.meetings.countBy({ fairId }, 'status'),
    ]);
    return {
      ...view,
      boothTypes: view.boothTypes.map((type) => {
        const taken = held.get(type.code) ?? 0;
        return { ...type, held: taken, available: Math.max(0, type.count - taken) };
      }),
      meetings: Object.fromEntries(
        MEETING_STATUSES.map((status) => [status, meetings[status] ?? 0]),
      ) as Record<MeetingStatus, number>,
    };
  }

  /** Moves any times not yet reached; 200 with the fair (its jobs move too). */
  @Patch(':fairId')
  reschedule(
    @Param('fairId', uuid) fairId: string,
    @Body() dto: RescheduleFairDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairView> {
    return this.rescheduling.execute(fairId, dto, meta);
  }

  @Post(':fairId/open-booking')
  @HttpCode(HttpStatus.OK)
  openBooking(@Param('fairId', uuid) fairId: string, @CommandMeta() meta: CommandMetadata) {
    return this.advance(fairId, 'booking-open', meta);
  }

  @Post(':fairId/close-booking')
  @HttpCode(HttpStatus.OK)
  closeBooking(@Param('fairId', uuid) fairId: string, @CommandMeta() meta: CommandMetadata) {
    return this.advance(fairId, 'booking-closed', meta);
  }

  @Post(':fairId/start')
  @HttpCode(HttpStatus.OK)
  start(@Param('fairId', uuid) fairId: string, @CommandMeta() meta: CommandMetadata) {
    return this.advance(fairId, 'in-progress', meta);
  }

  @Post(':fairId/close')
  @HttpCode(HttpStatus.OK)
  close(@Param('fairId', uuid) fairId: string, @CommandMeta() meta: CommandMetadata) {
    return this.advance(fairId, 'closed', meta);
  }

  /** The fair's meeting slots with their times and how many tables are taken. */
  /** Its events, oldest first: who did what, when, and what it recorded. */
  @Get(':fairId/history')
  history(
    @Param('fairId', uuid) fairId: string,
    @Query() query: HistoryQuery,
  ): Promise<Page<HistoryEntry>> {
    const stream = { aggregateType: FAIR_AGGREGATE_TYPES.fair, aggregateId: fairId };
    return readHistory(this.store, { ...stream, notFound: `fair ${fairId} not found` }, query);
  }

  @Get(':fairId/slots')
  async slots(
    @Param('fairId', uuid) fairId: string,
    @Query() query: SlotListQueryDto,
  ): Promise<Page<SlotView>> {
    const fair = await loadFair(this.repositories, fairId);
    const layout = fair.view()!.meetingSlots;
    const total = layout?.slotCount ?? 0;
    const taken = layout ? await this.meetingClaims.tablesTaken(fairId) : new Map<number, number>();
    const slots = [...Array(total).keys()];
    if (query.order === 'desc') slots.reverse();
    const items = slots.slice(pageStart(query), pageStart(query) + query.limit).map((slot) => ({
      ...fair.slot(slot),
      tables: layout!.tables,
      tablesTaken: taken.get(slot) ?? 0,
    }));
    return { items, page: query.page, limit: query.limit, total };
  }

  private advance(
    fairId: string,
    target: Exclude<FairStatus, 'scheduled'>,
    meta: CommandMetadata,
  ): Promise<FairView> {
    return this.advancing.execute(fairId, target, meta);
  }
}
