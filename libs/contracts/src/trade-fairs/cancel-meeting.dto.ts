import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MEETING_PARTIES, MeetingParty } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

export class CancelMeetingDto {
  @IsIn(MEETING_PARTIES)
  by!: MeetingParty;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
