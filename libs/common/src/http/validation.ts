import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((text) => {
      // class-validator starts messages with the bare property name; give the full path instead.
      if (text.startsWith(`${error.property} `))
        return `${path}${text.slice(error.property.length)}`;
      if (text === `property ${error.property} should not exist`)
        return `property ${path} should not exist`;
      return text;
    });
    return [...own, ...messages(error.children ?? [], `${path}.`)];
  });
}

/**
 * Every command's input: unknown fields refused, types converted, and each problem named by its
 * full path (`lines.0.quantity must be a positive number`).
 */
export function commandValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: messages(errors),
      }),
  });
}
