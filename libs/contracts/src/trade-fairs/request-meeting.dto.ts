import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { MEETING_PARTIES, MeetingParty, IsOmittable } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

export class RequestMeetingDto {
  @IsUUID()
  producerId!: string;

  @IsUUID()
  distributorId!: string;

  /** Which side asks; the other side answers. */
  @IsIn(MEETING_PARTIES)
  requestedBy!: MeetingParty;

  /** Slot numbers (see GET /fairs/:fairId/slots) the requester can do. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  slots!: number[];

  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000)
  note?: string;
}
