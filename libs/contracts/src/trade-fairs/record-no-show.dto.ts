import { IsIn } from 'class-validator';
import { MEETING_ABSENTEES, MeetingAbsentee } from '@ocop/events';

export class RecordNoShowDto {
  /** Who did not come: producer, distributor or both. */
  @IsIn(MEETING_ABSENTEES)
  absent!: MeetingAbsentee;
}
