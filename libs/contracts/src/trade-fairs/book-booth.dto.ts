import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { BOOTH_TYPE_CODE } from '@ocop/events';

export class BookBoothDto {
  @IsUUID()
  producerId!: string;

  /** One of the fair's booth type codes, e.g. standard-3x3. */
  @IsString()
  @Matches(BOOTH_TYPE_CODE, {
    message: 'boothType must be lower-case letters, digits and dashes, e.g. standard-3x3',
  })
  boothType!: string;

  /** The certified products the producer will show. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  productIds!: string[];
}
