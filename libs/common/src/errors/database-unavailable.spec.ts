import { mongo } from 'mongoose';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('knows the driver’s errors for a database that is away', () => {
    expect(isDatabaseUnavailable(new mongo.MongoNetworkError('connection closed'))).toBe(true);
    expect(isDatabaseUnavailable(new mongo.MongoNetworkTimeoutError('timed out'))).toBe(true);
    expect(isDatabaseUnavailable(new mongo.MongoNotConnectedError('not connected'))).toBe(true);
    expect(isDatabaseUnavailable(new mongo.MongoTopologyClosedError())).toBe(true);
    expect(
      isDatabaseUnavailable(new mongo.MongoServerError({ message: 'shutting down', code: 91 })),
    ).toBe(true);
  });

  it('follows the cause of an error that wraps one', () => {
    const cause = new mongo.MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017');
    expect(isDatabaseUnavailable(new Error('load failed', { cause }))).toBe(true);
  });

  it('leaves other errors alone: a duplicate key or a bug is no outage', () => {
    expect(
      isDatabaseUnavailable(new mongo.MongoServerError({ message: 'E11000', code: 11000 })),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('MongoNetworkError')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
