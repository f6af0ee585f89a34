import { compare, hash, hashSync } from 'bcryptjs';

// 10 rounds: slow enough for stolen hashes, fast enough for logins (tens of ms here).
const ROUNDS = 10;

export const hashPassword = (password: string): Promise<string> => hash(password, ROUNDS);

export const passwordMatches = (password: string, passwordHash: string): Promise<boolean> =>
  compare(password, passwordHash);

/** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
export const UNKNOWN_USER_HASH = hashSync('no such user', ROUNDS);
