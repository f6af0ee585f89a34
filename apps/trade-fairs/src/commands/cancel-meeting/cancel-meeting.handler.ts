import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { FairMeetingView } from '../../domain/fair-meeting.aggregate';
import { MeetingClaims } from '../../infrastructure/meeting-claims';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { onMeeting } from '../lookups';
import { CancelMeetingDto } from '@ocop/contracts';

/**
 * Either side calls a meeting off before it starts (or withdraws its request); a scheduled
 * meeting's slot and table are free again (here, and again when MeetingCancelled comes back).
 */
@Injectable()
export class CancelMeetingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly claims: MeetingClaims,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    meetingId: string,
    dto: CancelMeetingDto,
    meta: CommandMetadata,
  ): Promise<FairMeetingView> {
    const { wasScheduled, view } = await onMeeting(
      this.repositories,
      fairId,
      meetingId,
      meta,
      (meeting) => ({
        wasScheduled: meeting.cancel(dto.by, dto.reason, this.clock.now()),
        view: meeting.view()!,
      }),
    );
    if (wasScheduled) await this.claims.release(meetingId);
    await this.views.meetings.put(meetingId, view);
    return view;
  }
}
