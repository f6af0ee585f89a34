import { useSyncExternalStore } from 'react';

export type Role = 'officer' | 'producer' | 'distributor' | 'admin';

export interface SessionUser {
  userId: string;
  email: string;
  name: string;
  role: Role;
  organisationId?: string;
}

export interface Session {
  token: string;
  /** Epoch milliseconds after which the gateway refuses the token. */
  expiresAt: number;
  user: SessionUser;
}

// The tab's session only: closing the tab logs out, another tab logs in on its own.
const KEY = 'ocop.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
/** Why the last session ended, for the login page to say (cleared once read). */
let endedBecause: 'expired' | undefined;

function read(): Session | null {
  if (cached === undefined) {
    try {
      cached = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    } catch {
      cached = null;
    }
    if (cached) scheduleExpiry(cached);
  }
  if (cached && cached.expiresAt <= Date.now()) end('expired');
  return cached ?? null;
}

function notify() {
  listeners.forEach((listener) => listener());
}

function scheduleExpiry(session: Session) {
  clearTimeout(expiryTimer);
  // setTimeout keeps at most ~24.8 days; tokens live far shorter.
  expiryTimer = setTimeout(() => end('expired'), Math.max(0, session.expiresAt - Date.now()));
}

function end(reason?: 'expired') {
  clearTimeout(expiryTimer);
  sessionStorage.removeItem(KEY);
  cached = null;
  endedBecause = reason;
  notify();
}

export const session = {
  current: read,
  start: (value: Session) => {
    sessionStorage.setItem(KEY, JSON.stringify(value));
    cached = value;
    endedBecause = undefined;
    scheduleExpiry(value);
    notify();
  },
  logout: () => end(),
  /** The gateway refused the token (401): back to login, saying why. */
  expire: () => end('expired'),
  takeEndReason: () => {
    const reason = endedBecause;
    endedBecause = undefined;
    return reason;
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.current);
}
