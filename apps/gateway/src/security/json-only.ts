import type { NextFunction, Request, Response } from 'express';

const JSON_TYPE = /^application\/json$/i;

const hasBody = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined ||
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

/**
 * The API speaks JSON only: a request with a body of any other type is refused with 415 before it
 * is parsed. A form post (which any web page can make a browser send, with its cookies or to log
 * in as someone else: login CSRF) never reaches a route.
 */
export function jsonBodiesOnly(req: Request, res: Response, next: NextFunction): void {
  if (!hasBody(req)) return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
  if (JSON_TYPE.test(type)) return next();
  const statusCode = 415;
  res.status(statusCode).json({
    statusCode,
    error: 'Unsupported Media Type',
    message: [`the body must be application/json, not ${type || 'untyped'}`],
  });
}
