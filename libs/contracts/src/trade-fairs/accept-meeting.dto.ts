import { IsIn, IsInt, Min } from 'class-validator';
import { MEETING_PARTIES, MeetingParty } from '@ocop/events';

export class AcceptMeetingDto {
  /** The side that answers: the one that did not request the meeting. */
  @IsIn(MEETING_PARTIES)
  by!: MeetingParty;

  /** One of the offered slots. */
  @IsInt()
  @Min(0)
  slot!: number;
}
