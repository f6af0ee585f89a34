import { IsUUID } from 'class-validator';

export class RegisterAttendeeDto {
  /** A distributor known from its DistributorRegistered event. */
  @IsUUID()
  distributorId!: string;
}
