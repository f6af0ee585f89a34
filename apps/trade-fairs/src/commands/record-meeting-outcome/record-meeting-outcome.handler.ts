import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { FairMeeting, FairMeetingView } from '../../domain/fair-meeting.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { onMeeting } from '../lookups';
import { RecordNoShowDto } from '@ocop/contracts';

/**
 * After a scheduled meeting's slot starts, the organiser records whether it was held or who did
 * not come, so the fair's follow-up (meetings held, no-shows) is measurable.
 */
@Injectable()
export class RecordMeetingOutcomeHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  held(fairId: string, meetingId: string, meta: CommandMetadata): Promise<FairMeetingView> {
    return this.record(fairId, meetingId, meta, (meeting) => meeting.recordHeld(this.clock.now()));
  }

  noShow(
    fairId: string,
    meetingId: string,
    dto: RecordNoShowDto,
    meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    return this.record(fairId, meetingId, meta, (meeting) =>
      meeting.recordMissed(dto.absent, this.clock.now()),
    );
  }

  private async record(
    fairId: string,
    meetingId: string,
    meta: CommandMetadata,
    command: (meeting: FairMeeting) => void,
  ): Promise<FairMeetingView> {
    const view = await onMeeting(this.repositories, fairId, meetingId, meta, (meeting) => {
      command(meeting);
      return meeting.view()!;
    });
    await this.views.meetings.put(meetingId, view);
    return view;
  }
}
