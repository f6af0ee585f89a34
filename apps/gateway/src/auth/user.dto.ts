import { IsOmittable } from '@ocop/events';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { USER_ROLES, UserRole } from './roles';
import { PageQuery, Trim } from '@ocop/contracts';

const lowerCase = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );

export class LoginDto {
  @lowerCase() @IsEmail() @MaxLength(254) email!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) password!: string;
}

export class CreateUserDto {
  @lowerCase() @IsEmail() @MaxLength(254) email!: string;
  /** At least 10 characters. */
  @IsString() @MinLength(10) @MaxLength(200) password!: string;
  @IsIn(USER_ROLES) role!: UserRole;
  /** Required for producer and distributor users: the producer's or distributor's id. */
  // Left out, not null: null is no organisation id.
  @ValidateIf((_dto, value) => value !== undefined) @IsUUID() organisationId?: string;
  @Trim() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
}

export class UpdateUserDto {
  @IsOmittable() @IsBoolean() active?: boolean;
  @IsOmittable() @IsString() @MinLength(10) @MaxLength(200) password?: string;
  @IsOmittable() @Trim() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
}

export const USER_LIST_SORTS = ['email', 'createdAt'] as const;

export class ListUsersQuery extends PageQuery {
  @IsOmittable() @IsIn(USER_LIST_SORTS) sort: (typeof USER_LIST_SORTS)[number] = 'email';
  @IsOmittable() @IsIn(USER_ROLES) role?: UserRole;
}

export interface UserView {
  userId: string;
  email: string;
  role: UserRole;
  organisationId: string | null;
  name: string;
  active: boolean;
  createdAt: string;
}
