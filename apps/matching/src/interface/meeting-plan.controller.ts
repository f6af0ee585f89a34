import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { CommandMeta, NotFoundError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { PlanMeetingsHandler } from '../commands/plan-meetings/plan-meetings.handler';
import { PublishMeetingPlanHandler } from '../commands/publish-meeting-plan/publish-meeting-plan.handler';
import { MeetingPlanView } from '../domain/meeting-plan.aggregate';
import { MatchingRepositories } from '../infrastructure/repositories';
import { PlanMeetingsDto } from '@ocop/contracts';

const uuid = new ParseUUIDPipe();

/** A fair's B2B meeting plan: proposed by the service, reviewed and published by the officer. */
@Controller('fairs/:fairId/meeting-plan')
export class MeetingPlanController {
  constructor(
    private readonly planning: PlanMeetingsHandler,
    private readonly publishing: PublishMeetingPlanHandler,
    private readonly repositories: MatchingRepositories,
  ) {}

  /** 201 the proposed plan; 404 unknown fair; 409 published already; 422 no slots left. */
  @Post()
  propose(
    @Param('fairId', uuid) fairId: string,
    @Body() dto: PlanMeetingsDto,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MeetingPlanView> {
    return this.planning.execute(fairId, dto, meta);
  }

  @Get()
  async current(@Param('fairId', uuid) fairId: string): Promise<MeetingPlanView> {
    const view = (await this.repositories.plans.load(fairId)).view();
    if (!view) throw new NotFoundError(`no meeting plan for fair ${fairId}`);
    return view;
  }

  /** 200 the published plan; 409 when none is proposed or it is published already. */
  @Post('publish')
  @HttpCode(HttpStatus.OK)
  publish(
    @Param('fairId', uuid) fairId: string,
    @CommandMeta() meta: CommandMetadata,
  ): Promise<MeetingPlanView> {
    return this.publishing.execute(fairId, meta);
  }
}
