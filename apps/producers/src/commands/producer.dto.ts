import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATION_LEVELS,
  type CertificationLevel,
  ContactPayload,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  type ProducerKind,
  type ProductGroup,
  STAR_RATINGS,
} from '@ocop/events';

export class RegisterProducerDto {
  @IsIn(PRODUCER_KINDS) kind!: ProducerKind;
  @IsString() @IsNotEmpty() @MaxLength(300) legalName!: string;
  /** Business registration or tax code: digits, capitals and dashes. */
  @IsString()
  @Matches(/^[0-9A-Z-]{6,20}$/, {
    message: 'registrationNumber must be 6-20 digits, capitals or dashes',
  })
  registrationNumber!: string;
  @ValidateNested() @Type(() => ContactPayload) contact!: ContactPayload;
  @IsString() @IsNotEmpty() province!: string;
  @IsString() @IsNotEmpty() district!: string;
  @IsString() @IsNotEmpty() commune!: string;
  @IsOptional() @IsString() @IsNotEmpty() craftVillage?: string;
}

export class UpdateProducerDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300) legalName?: string;
  @IsOptional() @ValidateNested() @Type(() => ContactPayload) contact?: ContactPayload;
  @IsOptional() @IsString() @IsNotEmpty() province?: string;
  @IsOptional() @IsString() @IsNotEmpty() district?: string;
  @IsOptional() @IsString() @IsNotEmpty() commune?: string;
  @IsOptional() @IsString() craftVillage?: string;
}

export class ReasonDto {
  @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}

export class RegisterProductDto {
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsIn(PRODUCT_GROUPS) group!: ProductGroup;
  @IsString() @IsNotEmpty() subgroup!: string;
  @IsString() @IsNotEmpty() unit!: string;
  @IsInt() @Min(0) priceMinVnd!: number;
  @IsInt() @Min(0) priceMaxVnd!: number;
  @IsInt() @Min(0) monthlyCapacity!: number;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUrl({}, { each: true }) photoUrls: string[] = [];
}

export class CertifyProductDto {
  @IsIn(STAR_RATINGS) stars!: 3 | 4 | 5;
  @IsString() @IsNotEmpty() decisionNumber!: string;
  @IsIn(CERTIFICATION_LEVELS) level!: CertificationLevel;
  @IsDateString({ strict: true }) issuedOn!: string;
  @IsOptional() @IsDateString({ strict: true }) expiresOn?: string;
}

export class ChangeCapacityDto {
  @IsInt() @Min(0) monthlyCapacity!: number;
}
