import { IsOmittable } from '@ocop/events';
import { OmitType } from '@nestjs/mapped-types';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsNotEmpty,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';
import {
  ProducerRegistered,
  ProducerUpdated,
  ProductCertified,
  ProductRegistered,
  SupplyCapacityChanged,
} from '@ocop/events';

/*
 * Command bodies take their fields and rules from the events they lead to, so the API and the
 * contract cannot drift apart; ids and derived values (product id, QR code) are the service's.
 */

export class RegisterProducerDto extends ProducerRegistered {}

export class UpdateProducerDto extends ProducerUpdated {}

export class ReasonDto {
  @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}

export class RegisterProductDto extends OmitType(ProductRegistered, [
  'productId',
  'qrCode',
  'photoUrls',
] as const) {
  @IsOmittable() @IsArray() @ArrayMaxSize(20) @IsUrl({}, { each: true }) photoUrls: string[] = [];
}

export class CertifyProductDto extends OmitType(ProductCertified, [
  'productId',
  'expiresOn',
] as const) {
  /** Defaults to 36 months after issuedOn. */
  @IsOmittable() @IsDateString({ strict: true }) expiresOn?: string;
}

export class ChangeCapacityDto extends OmitType(SupplyCapacityChanged, ['productId'] as const) {}
