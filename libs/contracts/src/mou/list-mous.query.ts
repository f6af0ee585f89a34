import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { MOU_PARTY_TYPES, MOU_STATUSES, MouPartyType, MouStatus, IsOmittable } from '@ocop/events';
import { PageQuery } from '../shared/paging';

export const MOU_LIST_SORTS = ['draftedAt', 'updatedAt'] as const;

/** GET /mous: a party's MOUs (optionally of one type of party), by fair or status, one page. */
export class ListMousQuery extends PageQuery {
  /** Newest first unless `order=asc`. */
  @IsOmittable() @IsIn(MOU_LIST_SORTS) sort: (typeof MOU_LIST_SORTS)[number] = 'draftedAt';

  @IsOmittable()
  @IsIn(MOU_PARTY_TYPES)
  partyType?: MouPartyType;

  /** Required with partyType. */
  @ValidateIf(
    (query: ListMousQuery) => query.partyId !== undefined || query.partyType !== undefined,
  )
  @IsUUID()
  partyId?: string;

  @IsOmittable()
  @IsUUID()
  fairId?: string;

  @IsOmittable()
  @IsIn(MOU_STATUSES)
  status?: MouStatus;
}
