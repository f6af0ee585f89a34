import { GatewayRoute, HttpMethod } from './gateway-route';

interface CompiledRoute {
  route: GatewayRoute;
  segments: string[];
  literals: number;
}

export type RouteMatch =
  | { kind: 'found'; route: GatewayRoute; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: HttpMethod[] }
  | { kind: 'none' };

const split = (path: string) => path.split('/').filter(Boolean);

/** Finds the route for a method and path; where two match, the one with more literal segments wins. */
export class RouteMatcher {
  private readonly compiled: CompiledRoute[];

  constructor(routes: GatewayRoute[]) {
    this.compiled = routes.map((route) => {
      const segments = split(route.path);
      return { route, segments, literals: segments.filter((s) => !s.startsWith(':')).length };
    });
  }

  match(method: string, path: string): RouteMatch {
    // One spelling per route: no empty segment (`//`, a trailing `/`) and no `.` or `..`, written
    // or percent-encoded, which the service's URL would resolve into another path.
    const raw = path.split('/').slice(1);
    const parts = raw.map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
    if (
      !path.startsWith('/') ||
      parts.some((part) => part === '' || part === '.' || part === '..')
    ) {
      return { kind: 'none' };
    }
    const candidates = this.compiled
      .map((compiled) => ({ compiled, params: this.bind(compiled.segments, parts) }))
      .filter((candidate) => candidate.params !== null)
      .sort((a, b) => b.compiled.literals - a.compiled.literals);
    const sameMethod = candidates.find((c) => c.compiled.route.method === method);
    if (sameMethod) {
      return { kind: 'found', route: sameMethod.compiled.route, params: sameMethod.params! };
    }
    if (candidates.length > 0) {
      return {
        kind: 'wrong-method',
        allowed: [...new Set(candidates.map((c) => c.compiled.route.method))],
      };
    }
    return { kind: 'none' };
  }

  private bind(segments: string[], parts: string[]): Record<string, string> | null {
    if (segments.length !== parts.length) return null;
    const params: Record<string, string> = {};
    for (let i = 0; i < segments.length; i++) {
      if (segments[i].startsWith(':')) params[segments[i].slice(1)] = parts[i];
      else if (segments[i] !== parts[i]) return null;
    }
    return params;
  }
}
