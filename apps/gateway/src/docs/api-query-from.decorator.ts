import { applyDecorators, Type } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

/**
 * Documents each field of a query DTO as a query parameter, read from its class-validator rules
 * (as the forwarded routes' query strings are), so the document says what the pipe checks.
 */
export const ApiQueryFrom = (dto: Type<object>) =>
  applyDecorators(...queryParameters(dto).map((parameter) => ApiQuery(parameter)));

/** Each field of a query DTO as an OpenAPI query parameter. */
export function queryParameters(dto: Type<object>) {
  const schema = targetConstructorToSchema(dto, {
    classTransformerMetadataStorage: defaultMetadataStorage,
  });
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: required.has(name),
    schema: property,
  }));
}
