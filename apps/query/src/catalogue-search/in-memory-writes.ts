import { ProjectionWrite } from '@ocop/event-sourcing';

export type MemoryDocument = { _id: string } & Record<string, unknown>;
/** collection name -> _id -> document */
export type MemoryCollections = Map<string, Map<string, MemoryDocument>>;

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    );
}

function setAt(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = doc;
  for (const key of keys.slice(0, -1)) {
    if (!target[key] || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1]] = value;
}

function matches(doc: MemoryDocument, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([path, condition]) => {
    const value = valueAt(doc, path);
    if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
      return Object.entries(condition).every(([operator, operand]) => {
        if (operator === '$lt') return typeof value === 'number' && value < (operand as number);
        throw new Error(`in-memory read model: unsupported filter operator ${operator}`);
      });
    }
    return value === condition;
  });
}

/**
 * Applies a projection's write to documents in memory, exactly as the database would: the
 * updateOne statements of the read models' write helpers (equality and `$lt` filters, `$set`,
 * `$setOnInsert`, upsert by `_id`). So an in-memory copy of a read model needs no logic of its own.
 * Returns the document the write created or changed, if any.
 */
export function applyWrite(
  collections: MemoryCollections,
  write: ProjectionWrite,
): MemoryDocument | undefined {
  const operation = write.operation as {
    updateOne?: {
      filter: Record<string, unknown>;
      update: { $set?: Record<string, unknown>; $setOnInsert?: Record<string, unknown> };
      upsert?: boolean;
    };
  };
  if (!operation.updateOne) {
    throw new Error(
      `in-memory read model: unsupported write ${Object.keys(write.operation).join()}`,
    );
  }
  const { filter, update, upsert } = operation.updateOne;
  const id = filter._id as string;
  let documents = collections.get(write.collection);
  if (!documents)
    collections.set(write.collection, (documents = new Map<string, MemoryDocument>()));
  const existing = documents.get(id);
  if (!existing) {
    if (upsert) {
      const created: MemoryDocument = { _id: id };
      Object.entries(update.$setOnInsert ?? {}).forEach(([path, value]) =>
        setAt(created, path, value),
      );
      Object.entries(update.$set ?? {}).forEach(([path, value]) => setAt(created, path, value));
      documents.set(id, created);
      return created;
    }
    return undefined;
  }
  if (!matches(existing, filter)) return undefined;
  Object.entries(update.$set ?? {}).forEach(([path, value]) =>
    setAt(existing, path, structuredClone(value)),
  );
  return existing;
}
