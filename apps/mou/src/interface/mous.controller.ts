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
import { AmendMouHandler } from '../commands/amend-mou/amend-mou.handler';
import { DraftMouHandler } from '../commands/draft-mou/draft-mou.handler';
import { MeetObligationHandler } from '../commands/meet-obligation/meet-obligation.handler';
import { ProposeMouHandler } from '../commands/propose-mou/propose-mou.handler';
import { SignMouHandler } from '../commands/sign-mou/sign-mou.handler';
import { TerminateMouHandler } from '../commands/terminate-mou/terminate-mou.handler';
import { MouView } from '../domain/mou.aggregate';
import { MouDirectory, MouSummary } from '../infrastructure/mou-directory';
import { MouRepository } from '../infrastructure/mou.repository';
import {
  AmendMouDto,
  DraftMouDto,
  MeetObligationDto,
  SignMouDto,
  TerminateMouDto,
  ListMousQuery,
  Page,
  HistoryEntry,
  HistoryQuery,
} from '@ocop/contracts';

/**
 * MOUs. Every command answers with the MOU as it is afterwards. There is deliberately no route to
 * record fulfilment: delivered volume comes only from OrderDelivered events over Kafka.
 */
@Controller('mous')
export class MousController {
  constructor(
    private readonly drafting: DraftMouHandler,
    private readonly proposing: ProposeMouHandler,
    private readonly signing: SignMouHandler,
    private readonly amending: AmendMouHandler,
    private readonly terminating: TerminateMouHandler,
    private readonly meeting: MeetObligationHandler,
    private readonly repository: MouRepository,
    private readonly directory: MouDirectory,
    private readonly store: EventStore,
  ) {}

  /** 201 with the drafted MOU (version 1); 422 when the terms break a rule. */
  @Post()
  async draft(
    @Body() dto: DraftMouDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MouView & { location: string }> {
    const view = await this.drafting.execute(dto, meta);
    return { ...view, location: `/mous/${view.mouId}` };
  }

  /** A party's MOUs, newest first; built from the service's events, so it may trail by a moment. */
  @Get()
  list(@Query() query: ListMousQuery): Promise<Page<MouSummary>> {
    return this.directory.list(query);
  }

  @Get(':id')
  async find(@Param('id', new ParseUUIDPipe()) id: string): Promise<MouView> {
    const view = (await this.repository.mous.load(id)).view();
    if (!view) throw new NotFoundError(`MOU ${id} not found`);
    return view;
  }

  /** Its events, oldest first: who did what, when, and what it recorded. */
  @Get(':id/history')
  history(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: HistoryQuery,
  ): Promise<Page<HistoryEntry>> {
    const stream = { aggregateType: AGGREGATE_TYPES.mou, aggregateId: id };
    return readHistory(this.store, { ...stream, notFound: `MOU ${id} not found` }, query);
  }

  @Post(':id/propose')
  @HttpCode(HttpStatus.OK)
  propose(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MouView> {
    return this.proposing.execute(id, meta);
  }

  @Post(':id/sign')
  @HttpCode(HttpStatus.OK)
  sign(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SignMouDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MouView> {
    return this.signing.execute(id, dto, meta);
  }

  @Post(':id/amend')
  @HttpCode(HttpStatus.OK)
  amend(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: AmendMouDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MouView> {
    return this.amending.execute(id, dto, meta);
  }

  @Post(':id/terminate')
  @HttpCode(HttpStatus.OK)
  terminate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: TerminateMouDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MouView> {
    return this.terminating.execute(id, dto, meta);
  }

  /** An action obligation of the version in force is met, as a party declares. */
  @Post(':id/obligations/:obligationId/meet')
  @HttpCode(HttpStatus.OK)
  meet(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('obligationId') obligationId: string,
    @Body() dto: MeetObligationDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MouView> {
    return this.meeting.execute(id, obligationId, dto, meta);
  }
}
