import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { FairMeetingView } from '../../domain/fair-meeting.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { onMeeting } from '../lookups';
import { DeclineMeetingDto } from '@ocop/contracts';

@Injectable()
export class DeclineMeetingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
  ) {}

  async execute(
    fairId: string,
    meetingId: string,
    dto: DeclineMeetingDto,
    meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    const view = await onMeeting(this.repositories, fairId, meetingId, meta, (meeting) => {
      meeting.decline(dto.by, dto.reason);
      return meeting.view()!;
    });
    await this.views.meetings.put(meetingId, view);
    return view;
  }
}
