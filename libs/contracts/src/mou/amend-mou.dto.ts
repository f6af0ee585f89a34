import { IsOmittable } from '@ocop/events';
import { PartialType } from '@nestjs/mapped-types';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../shared/dto-transforms';
import { MouTermsDto } from './terms.dto';

/**
 * The terms fields to change (any of them; the others are kept from the latest version), and why.
 * A list given (targets, obligations, ...) replaces the whole list.
 */
export class AmendMouDto extends PartialType(MouTermsDto) {
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}
