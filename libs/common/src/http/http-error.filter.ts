import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { isDatabaseUnavailable } from '../errors/database-unavailable';

/** When a client should try a 503 again: soon, with the same Idempotency-Key. */
export const RETRY_AFTER_SECONDS = 2;

function asList(message: unknown): string[] {
  if (Array.isArray(message)) return message.map(String);
  return [typeof message === 'string' ? message : 'request failed'];
}

/**
 * Every error that is not a domain error, in the product's shape {statusCode, error, message[]}:
 * Nest's HTTP exceptions, the body parser's (malformed JSON 400, too large 413), and anything
 * unexpected as a 500 that names nothing internal (the log has the details). A database that cannot
 * be reached is a 503 with Retry-After, never a 500: the request may succeed when retried.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    let statusCode = 500;
    let message: string[] = ['internal error'];
    if (exception instanceof HttpException) {
      statusCode = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && !('message' in body)) {
        // An answer of its own shape (the /health report of @nestjs/terminus): as it is.
        res.status(statusCode).json(body);
        return;
      }
      message = asList(typeof body === 'object' ? (body as { message?: unknown }).message : body);
    } else if (isClientError(exception)) {
      statusCode = exception.status;
      message = [exception.message];
    } else if (isDatabaseUnavailable(exception)) {
      this.logger.warn(exception instanceof Error ? exception.message : exception);
      statusCode = 503;
      message = ['the database is unavailable; try again shortly with the same Idempotency-Key'];
    } else {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : exception,
      );
    }
    if (res.headersSent) return;
    if (statusCode === 503 && !res.hasHeader('Retry-After')) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    res
      .status(statusCode)
      .json({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
  }
}

/** Errors of Express middleware (body-parser) that carry their own 4xx status. */
function isClientError(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
