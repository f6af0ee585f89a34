import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';

/*
 * Shorthands for the response classes' @ApiProperty: each says the JSON type a service sends,
 * with `nullable` for fields the service sends as null and `optional` for fields it may leave out.
 */

interface FieldOptions {
  nullable?: boolean;
  optional?: boolean;
  description?: string;
}

const field = (
  schema: ApiPropertyOptions,
  { nullable, optional, description }: FieldOptions = {},
) =>
  ApiProperty({
    ...schema,
    ...(nullable ? { nullable: true } : {}),
    ...(optional ? { required: false } : {}),
    ...(description ? { description } : {}),
  } as ApiPropertyOptions);

export const Text = (options?: FieldOptions) => field({ type: 'string' }, options);
export const Id = (options?: FieldOptions) => field({ type: 'string', format: 'uuid' }, options);
/** An instant, ISO 8601 in UTC. */
export const Instant = (options?: FieldOptions) =>
  field({ type: 'string', format: 'date-time' }, options);
/** A calendar day, YYYY-MM-DD (in Việt Nam). */
export const Day = (options?: FieldOptions) => field({ type: 'string', format: 'date' }, options);
export const Int = (options?: FieldOptions) => field({ type: 'integer' }, options);
export const Num = (options?: FieldOptions) => field({ type: 'number' }, options);
export const Bool = (options?: FieldOptions) => field({ type: 'boolean' }, options);
export const OneOf = (values: readonly (string | number)[], options?: FieldOptions) =>
  field({ enum: [...values], type: typeof values[0] === 'number' ? 'integer' : 'string' }, options);
export const OneOfEach = (values: readonly string[], options?: FieldOptions) =>
  field({ type: 'array', items: { type: 'string', enum: [...values] } }, options);
export const Texts = (options?: FieldOptions) => field({ type: [String] }, options);
export const Ints = (options?: FieldOptions) =>
  field({ type: 'array', items: { type: 'integer' } }, options);
export const Ids = (options?: FieldOptions) =>
  field({ type: 'array', items: { type: 'string', format: 'uuid' } }, options);
// Nest tells a lazy type from a class by the function's name, `type`: hence the inline arrows.
export const Nested = (resolve: () => Type<object>, options?: FieldOptions) =>
  field({ type: () => resolve() }, options);
export const ListOf = (resolve: () => Type<object>, options?: FieldOptions) =>
  field({ type: () => resolve(), isArray: true }, options);
/** An object whose keys are data (e.g. counts by status), each value an integer. */
export const CountsBy = (options?: FieldOptions) =>
  field({ type: 'object', additionalProperties: { type: 'integer' } }, options);
/** Any JSON value (e.g. a job's progress: a number, then an object). */
export const AnyJson = (options?: FieldOptions) =>
  field(
    {
      oneOf: [
        { type: 'object' },
        { type: 'array', items: {} },
        { type: 'string' },
        { type: 'number' },
        { type: 'boolean' },
      ],
    },
    options,
  );
/** A free-form JSON object, or a sentence saying why there is none. */
export const ObjectOrText = (options?: FieldOptions) =>
  field({ oneOf: [{ type: 'object' }, { type: 'string' }] }, options);

/** Classes only reached through a map's values: the document registers them itself. */
export const MAP_VALUE_CLASSES = new Set<Type<object>>();

/** An object keyed by ids, each value a `type`. */
export const MapOf = (type: Type<object>, options?: FieldOptions) => {
  MAP_VALUE_CLASSES.add(type);
  return field({ type: 'object', additionalProperties: { $ref: getSchemaPath(type) } }, options);
};

/** An object keyed by ids, each value one of `values`. */
export const MapOfValues = (values: readonly string[], options?: FieldOptions) =>
  field({ type: 'object', additionalProperties: { type: 'string', enum: [...values] } }, options);
