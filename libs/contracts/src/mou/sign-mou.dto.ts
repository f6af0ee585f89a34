import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MOU_PARTY_TYPES, MouPartyType, IsOmittable } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

export class SignMouDto {
  /** The party signing: the MOU's distributor or one of its producers. */
  @IsIn(MOU_PARTY_TYPES)
  partyType!: MouPartyType;

  @IsUUID()
  partyId!: string;

  /** The person who signs. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signedBy!: string;

  /** The party as written on the signature block, e.g. "HTX Chè Tân Cương, Giám đốc". */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  onBehalfOf!: string;

  /** The version the signer read; refused (409) if another version awaits signatures. */
  @IsOmittable()
  @IsInt()
  @Min(1)
  version?: number;
}
