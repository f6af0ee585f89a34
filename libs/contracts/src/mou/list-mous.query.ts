import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { MOU_PARTY_TYPES, MOU_STATUSES, MouPartyType, MouStatus } from '@ocop/events';

/** GET /mous: a party's MOUs (optionally of one type of party), by fair or status, one page. */
export class ListMousQuery {
  @IsOptional()
  @IsIn(MOU_PARTY_TYPES)
  partyType?: MouPartyType;

  /** Required with partyType. */
  @ValidateIf(
    (query: ListMousQuery) => query.partyId !== undefined || query.partyType !== undefined,
  )
  @IsUUID()
  partyId?: string;

  @IsOptional()
  @IsUUID()
  fairId?: string;

  @IsOptional()
  @IsIn(MOU_STATUSES)
  status?: MouStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
