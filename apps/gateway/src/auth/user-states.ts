import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User } from './user.schema';

/** What decides whether a user's token still counts. */
export interface UserState {
  active: boolean;
  /** Raised by a password change or a deactivation: tokens carrying an older one are void. */
  tokenVersion: number;
}

// How long another gateway instance may go on trusting a token its user lost: the change is seen
// at once by the instance that made it, by the others within this long, without a database read
// per request.
const STATE_CACHE_MS = 5_000;

/** Each user's state as the tokens are checked against it, read once per user and few seconds. */
@Injectable()
export class UserStates {
  private readonly cached = new Map<string, { state: UserState | null; until: number }>();
  private readonly lookups = new Map<string, Promise<UserState | null>>();

  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  /** The user's state, or null when there is no such user. */
  get(userId: string): Promise<UserState | null> {
    const cached = this.cached.get(userId);
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.state);
    // One read per user when the entry runs out, however many of its requests are waiting: a read
    // per request piled up behind a busy database and held every one of them.
    return this.lookups.get(userId) ?? this.lookUp(userId);
  }

  /** This instance saw the user change: forget what it knew. */
  forget(userId: string): void {
    this.cached.delete(userId);
  }

  private lookUp(userId: string): Promise<UserState | null> {
    const lookup = this.users
      .findOne({ _id: userId }, { active: 1, tokenVersion: 1 })
      .lean<Pick<User, 'active' | 'tokenVersion'>>()
      .exec()
      .then(
        (user) => {
          const state = user
            ? { active: user.active === true, tokenVersion: user.tokenVersion ?? 0 }
            : null;
          if (this.cached.size > 10_000) this.cached.clear();
          this.cached.set(userId, { state, until: Date.now() + STATE_CACHE_MS });
          return state;
        },
        () => {
          throw new ServiceUnavailableException('the user store is unavailable; try again');
        },
      )
      .finally(() => this.lookups.delete(userId));
    this.lookups.set(userId, lookup);
    return lookup;
  }
}
