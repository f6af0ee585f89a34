import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * A field that may be left out, but is validated whenever it is sent: unlike `@IsOptional()`,
 * `null` is not a way round the field's rules (it would be stored and answered as null where the
 * contract promises a string, an object or a boolean).
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}
