import { USER_ROLES } from './roles';
import {
  Bool,
  Id,
  Instant,
  Int,
  Nested,
  ObjectOrText,
  OneOf,
  Text,
} from '@ocop/contracts/responses';

/** What the gateway's own controllers answer: users, logins and the system's status. */

export class User {
  @Id() userId!: string;
  @Text() email!: string;
  @OneOf(USER_ROLES) role!: string;
  @Id({ nullable: true }) organisationId!: string | null;
  @Text() name!: string;
  @Bool() active!: boolean;
  @Instant() createdAt!: string;
}

export class AccessToken {
  @Text() accessToken!: string;
  @OneOf(['Bearer']) tokenType!: string;
  /** Seconds. */
  @Int() expiresIn!: number;
  @Nested(() => User) user!: User;
}

export class ServiceStatus {
  @Text() url!: string;
  @OneOf(['up', 'down']) status!: string;
  /** The service's /health answer, or why it did not answer. */
  @ObjectOrText() detail!: unknown;
}

export class ServicesStatus {
  @Nested(() => ServiceStatus) producers!: ServiceStatus;
  @Nested(() => ServiceStatus) distributors!: ServiceStatus;
  @Nested(() => ServiceStatus) 'trade-fairs'!: ServiceStatus;
  @Nested(() => ServiceStatus) mou!: ServiceStatus;
  @Nested(() => ServiceStatus) matching!: ServiceStatus;
  @Nested(() => ServiceStatus) query!: ServiceStatus;
}

export class SystemStatus {
  @OneOf(['up', 'degraded']) status!: string;
  @Nested(() => ServicesStatus) services!: ServicesStatus;
}
