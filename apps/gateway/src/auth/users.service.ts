import { BadGatewayException, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import {
  DuplicateError,
  GatewaySettings,
  isDuplicateKeyError,
  NotFoundError,
  RuleViolationError,
} from '@ocop/common';
import { Page, pageStart } from '@ocop/contracts';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { BackendServices } from '../forwarding/backend-services';
import { hashPassword } from './passwords';
import { ORGANISATION_ROLES } from './roles';
import { CreateUserDto, ListUsersQuery, UpdateUserDto, UserView } from './user.dto';
import { User } from './user.schema';

const ORGANISATION_SERVICE = { producer: 'producers', distributor: 'distributors' } as const;

export function userView(user: User): UserView {
  return {
    userId: user._id,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    name: user.name,
    active: user.active,
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectModel(User.name) private readonly users: Model<User>,
    private readonly backends: BackendServices,
    private readonly config: ConfigService<GatewaySettings, true>,
  ) {}

  /** The first deployment's administrator, from ADMIN_EMAIL / ADMIN_PASSWORD when both are set. */
  async onApplicationBootstrap(): Promise<void> {
    await this.users.createIndexes();
    const email = this.config.get('ADMIN_EMAIL', { infer: true });
    const password = this.config.get('ADMIN_PASSWORD', { infer: true });
    if (!email || !password) return;
    if (await this.findByEmail(email)) return;
    try {
      await this.insert({ email, password, role: 'admin', name: 'Administrator' });
      this.logger.log(`created the administrator ${email.toLowerCase()}`);
    } catch (error) {
      // Two gateways starting together: the other one created it.
      if (!(error instanceof DuplicateError)) throw error;
    }
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ email: email.trim().toLowerCase() }).lean<User>().exec();
  }

  findById(userId: string): Promise<User | null> {
    return this.users.findOne({ _id: userId }).lean<User>().exec();
  }

  async get(userId: string): Promise<UserView> {
    const user = await this.findById(userId);
    if (!user) throw new NotFoundError(`user ${userId} not found`);
    return userView(user);
  }

  async create(dto: CreateUserDto, correlationId?: string): Promise<UserView> {
    const needsOrganisation = ORGANISATION_ROLES.includes(dto.role);
    if (needsOrganisation && !dto.organisationId) {
      throw new RuleViolationError(`a ${dto.role} user needs the organisationId it belongs to`);
    }
    if (!needsOrganisation && dto.organisationId) {
      throw new RuleViolationError(`a ${dto.role} user belongs to no organisation`);
    }
    if (needsOrganisation) {
      const service = ORGANISATION_SERVICE[dto.role as 'producer' | 'distributor'];
      const { status } = await this.backends.get(
        service,
        `/${service}/${dto.organisationId}`,
        correlationId,
      );
      if (status === 404) {
        throw new RuleViolationError(`${dto.role} ${dto.organisationId} is not registered`);
      }
      if (status !== 200) {
        throw new BadGatewayException(
          `the ${service} service answered ${status} when asked for the organisation; try again`,
        );
      }
    }
    return userView(await this.insert(dto));
  }

  async update(userId: string, dto: UpdateUserDto): Promise<UserView> {
    const changes: Partial<User> = {};
    if (dto.active !== undefined) changes.active = dto.active;
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.password !== undefined) changes.passwordHash = await hashPassword(dto.password);
    const updated = await this.users
      .findOneAndUpdate({ _id: userId }, { $set: changes }, { new: true })
      .lean<User>()
      .exec();
    if (!updated) throw new NotFoundError(`user ${userId} not found`);
    return userView(updated);
  }

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const filter = query.role ? { role: query.role } : {};
    const direction = (query.order ?? 'asc') === 'asc' ? 1 : -1;
    const [items, total] = await Promise.all([
      this.users
        .find(filter)
        .sort({ [query.sort]: direction, _id: direction })
        .skip(pageStart(query))
        .limit(query.limit)
        .lean<User[]>()
        .exec(),
      this.users.countDocuments(filter).exec(),
    ]);
    return { items: items.map(userView), page: query.page, limit: query.limit, total };
  }

  private async insert(dto: Omit<CreateUserDto, 'organisationId'> & { organisationId?: string }) {
    const user: User = {
      _id: randomUUID(),
      email: dto.email.trim().toLowerCase(),
      passwordHash: await hashPassword(dto.password),
      role: dto.role,
      organisationId: dto.organisationId ?? null,
      name: dto.name,
      active: true,
      createdAt: new Date(),
    };
    try {
      await this.users.create(user);
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new DuplicateError(`a user with email ${user.email} already exists`);
      }
      throw error;
    }
    return user;
  }
}
