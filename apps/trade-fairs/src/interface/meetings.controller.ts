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
import { CommandMetadata } from '@ocop/events';
import { AcceptMeetingHandler } from '../commands/accept-meeting/accept-meeting.handler';
import { CancelMeetingHandler } from '../commands/cancel-meeting/cancel-meeting.handler';
import { DeclineMeetingHandler } from '../commands/decline-meeting/decline-meeting.handler';
import { loadFair } from '../commands/lookups';
import { RecordMeetingOutcomeHandler } from '../commands/record-meeting-outcome/record-meeting-outcome.handler';
import { RequestMeetingHandler } from '../commands/request-meeting/request-meeting.handler';
import { FairMeetingView } from '../domain/fair-meeting.aggregate';
import { ReadViews, sortBy } from '../infrastructure/read-views';
import { TradeFairRepositories } from '../infrastructure/repositories';
import {
  AcceptMeetingDto,
  CancelMeetingDto,
  DeclineMeetingDto,
  RecordNoShowDto,
  RequestMeetingDto,
  MeetingListQueryDto,
  Page,
} from '@ocop/contracts';

const uuid = new ParseUUIDPipe();

/** B2B meetings at a fair: request, accept (slot and table), decline, cancel, held / no-show. */
@Controller('fairs/:fairId/meetings')
export class MeetingsController {
  constructor(
    private readonly requesting: RequestMeetingHandler,
    private readonly accepting: AcceptMeetingHandler,
    private readonly declining: DeclineMeetingHandler,
    private readonly cancelling: CancelMeetingHandler,
    private readonly outcomes: RecordMeetingOutcomeHandler,
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
  ) {}

  /** 201 with the requested meeting; 422 for unknown parties, slots that do not exist or started. */
  @Post()
  async request(
    @Param('fairId', uuid) fairId: string,
    @Body() dto: RequestMeetingDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairMeetingView & { location: string }> {
    const view = await this.requesting.execute(fairId, dto, meta);
    return { ...view, location: `/fairs/${fairId}/meetings/${view.meetingId}` };
  }

  @Get()
  async list(
    @Param('fairId', uuid) fairId: string,
    @Query() query: MeetingListQueryDto,
  ): Promise<Page<FairMeetingView>> {
    await loadFair(this.repositories, fairId);
    const { status, producerId, distributorId, slot } = query;
    return this.views.meetings.page(
      {
        fairId,
        ...(status ? { status } : {}),
        ...(producerId ? { producerId } : {}),
        ...(distributorId ? { distributorId } : {}),
        ...(slot !== undefined ? { slot } : {}),
      },
      sortBy(
        query.sort === 'slot' ? ['slot', 'table', 'meetingId'] : ['status', 'meetingId'],
        query.order ?? 'asc',
      ),
      query,
    );
  }

  @Get(':meetingId')
  async find(
    @Param('fairId', uuid) fairId: string,
    @Param('meetingId', uuid) meetingId: string,
  ): Promise<FairMeetingView> {
    const view = (await this.repositories.meetings.load(meetingId)).view();
    if (!view || view.fairId !== fairId) {
      throw new NotFoundError(`meeting ${meetingId} not found at fair ${fairId}`);
    }
    return view;
  }

  /** 200 scheduled with its slot and table; 409 when a party or every table is busy in the slot. */
  @Post(':meetingId/accept')
  @HttpCode(HttpStatus.OK)
  accept(
    @Param('fairId', uuid) fairId: string,
    @Param('meetingId', uuid) meetingId: string,
    @Body() dto: AcceptMeetingDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    return this.accepting.execute(fairId, meetingId, dto, meta);
  }

  @Post(':meetingId/decline')
  @HttpCode(HttpStatus.OK)
  decline(
    @Param('fairId', uuid) fairId: string,
    @Param('meetingId', uuid) meetingId: string,
    @Body() dto: DeclineMeetingDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    return this.declining.execute(fairId, meetingId, dto, meta);
  }

  @Post(':meetingId/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(
    @Param('fairId', uuid) fairId: string,
    @Param('meetingId', uuid) meetingId: string,
    @Body() dto: CancelMeetingDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    return this.cancelling.execute(fairId, meetingId, dto, meta);
  }

  @Post(':meetingId/held')
  @HttpCode(HttpStatus.OK)
  held(
    @Param('fairId', uuid) fairId: string,
    @Param('meetingId', uuid) meetingId: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    return this.outcomes.held(fairId, meetingId, meta);
  }

  @Post(':meetingId/no-show')
  @HttpCode(HttpStatus.OK)
  noShow(
    @Param('fairId', uuid) fairId: string,
    @Param('meetingId', uuid) meetingId: string,
    @Body() dto: RecordNoShowDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    return this.outcomes.noShow(fairId, meetingId, dto, meta);
  }
}
