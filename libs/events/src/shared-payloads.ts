import { IsOmittable } from './is-omittable';
import {
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsPositive,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

export class ContactPayload {
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @IsString() @IsNotEmpty() @MaxLength(30) phone!: string;
  @IsOmittable() @IsEmail() email?: string;
}

export class OrderLineQuantity {
  @IsUUID() productId!: string;
  @IsInt() @IsPositive() quantity!: number;
}
