import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MEETING_PARTIES, MeetingParty, IsOmittable } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

export class DeclineMeetingDto {
  /** The side that answers: the one that did not request the meeting. */
  @IsIn(MEETING_PARTIES)
  by!: MeetingParty;

  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}
