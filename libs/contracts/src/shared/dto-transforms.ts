import { Transform } from 'class-transformer';

/** Strings (and strings in an array) without surrounding spaces; anything else as it came. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value.trim()
      : Array.isArray(value)
        ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item))
        : value,
  );
}

/** Trimmed and upper-cased, for codes written either way (registration numbers). */
export function UpperCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  );
}
