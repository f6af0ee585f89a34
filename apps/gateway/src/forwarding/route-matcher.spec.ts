import { RouteMatcher } from './route-matcher';
import { GatewayRoute } from './gateway-route';

const route = (method: GatewayRoute['method'], path: string): GatewayRoute => ({
  method,
  path,
  service: 'trade-fairs',
  tag: 't',
  summary: path,
  access: {},
  notFound: 'not found',
});

describe('RouteMatcher', () => {
  const matcher = new RouteMatcher([
    route('GET', '/fairs/:fairId'),
    route('PATCH', '/fairs/:fairId'),
    route('GET', '/fairs/:fairId/board'),
    route('GET', '/fairs/:fairId/bookings/:bookingId'),
    route('POST', '/fairs/:fairId/meeting-plan/publish'),
    route('POST', '/fairs/:fairId/bookings/:bookingId'),
  ]);

  it('binds path parameters, decoded', () => {
    expect(matcher.match('GET', '/fairs/f%201/bookings/b2')).toEqual({
      kind: 'found',
      route: expect.objectContaining({ path: '/fairs/:fairId/bookings/:bookingId' }),
      params: { fairId: 'f 1', bookingId: 'b2' },
    });
  });

  it('prefers the route with more literal segments', () => {
    const found = matcher.match('POST', '/fairs/1/meeting-plan/publish');
    expect(found).toMatchObject({
      kind: 'found',
      route: { path: '/fairs/:fairId/meeting-plan/publish' },
    });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(matcher.match('DELETE', '/fairs/1')).toEqual({
      kind: 'wrong-method',
      allowed: ['GET', 'PATCH'],
    });
    expect(matcher.match('GET', '/fairs/1/nothing/here/at-all')).toEqual({ kind: 'none' });
  });

  it.each([
    '/fairs/1/',
    '//fairs/1',
    '/fairs//board',
    '/fairs/./board',
    '/fairs/..',
    '/fairs/%2e%2e',
    '/Fairs/1',
  ])('matches one spelling of each path only: %s is none', (path) => {
    expect(matcher.match('GET', path)).toEqual({ kind: 'none' });
  });
});
