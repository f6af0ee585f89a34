import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandMeta } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { loadFair } from '../commands/lookups';
import { RegisterAttendeeHandler } from '../commands/register-attendee/register-attendee.handler';
import { FairAttendeeView } from '../domain/fair-attendee.aggregate';
import { ReadViews, sortBy } from '../infrastructure/read-views';
import { TradeFairRepositories } from '../infrastructure/repositories';
import { AttendeeListQueryDto, Page, RegisterAttendeeDto } from '@ocop/contracts';

const uuid = new ParseUUIDPipe();

/** Distributors registered to attend a fair's B2B meetings. */
@Controller('fairs/:fairId/attendees')
export class AttendeesController {
  constructor(
    private readonly registering: RegisterAttendeeHandler,
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
  ) {}

  /** 201; 409 when registered already; 422 for a distributor not known from its events. */
  @Post()
  register(
    @Param('fairId', uuid) fairId: string,
    @Body() dto: RegisterAttendeeDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<FairAttendeeView> {
    return this.registering.execute(fairId, dto, meta);
  }

  @Get()
  async list(
    @Param('fairId', uuid) fairId: string,
    @Query() query: AttendeeListQueryDto,
  ): Promise<Page<FairAttendeeView>> {
    await loadFair(this.repositories, fairId);
    return this.views.attendees.page(
      { fairId },
      sortBy([query.sort, 'attendeeId'], query.order ?? 'asc'),
      query,
    );
  }
}
