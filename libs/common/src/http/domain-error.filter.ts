import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../errors/domain-errors';

const STATUS: Record<DomainError['kind'], [number, string]> = {
  'not-found': [HttpStatus.NOT_FOUND, 'Not Found'],
  conflict: [HttpStatus.CONFLICT, 'Conflict'],
  duplicate: [HttpStatus.CONFLICT, 'Conflict'],
  rule: [HttpStatus.UNPROCESSABLE_ENTITY, 'Unprocessable Entity'],
};

/** Domain errors as JSON errors of the product's shape: {statusCode, error, message[]}. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const [statusCode, name] = STATUS[error.kind];
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(statusCode)
      .json({ statusCode, error: name, message: [error.message] });
  }
}
