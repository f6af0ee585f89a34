import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { DISTRIBUTOR_KINDS, DistributorKind } from '@ocop/events';
import { Trim, UpperCase } from '../shared/dto-transforms';

export class RegisterDistributorDto {
  @IsIn(DISTRIBUTOR_KINDS)
  kind!: DistributorKind;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  /** The enterprise code on the business registration certificate (mã số doanh nghiệp). */
  @UpperCase()
  @IsString()
  @Matches(/^[0-9A-Z-]{6,20}$/, {
    message: 'registrationNumber must be 6 to 20 digits, capital letters or hyphens',
  })
  registrationNumber!: string;

  /** Where it sells, e.g. supermarket, convenience-store, e-commerce, showroom. */
  @Trim()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  channels!: string[];

  @Trim()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(63)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  provincesServed!: string[];
}
