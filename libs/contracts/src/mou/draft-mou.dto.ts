import { IsOmittable } from '@ocop/events';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Trim } from '../shared/dto-transforms';
import { MAX_PRODUCERS } from './limits';
import { MouTermsDto } from './terms.dto';

/** A new MOU: its parties, the fair it is signed at (if any) and the terms of its version 1. */
export class DraftMouDto extends MouTermsDto {
  @IsUUID()
  distributorId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PRODUCERS)
  @IsUUID('all', { each: true })
  producerIds!: string[];

  @IsOmittable()
  @IsUUID()
  fairId?: string;

  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;
}
