import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';
import { COLLECTIONS, ProducerDoc, ProductDoc } from '../read-models/collections';
import { ReadModels } from '../views/read-models.service';
import { applyWrite, MemoryCollections, MemoryDocument } from './in-memory-writes';
import { ProductIndex } from './product-index';

/**
 * The catalogue read model kept in this process's memory as well, so a search scans thousands of
 * products in milliseconds (FerretDB v1 on SQLite pushes no filter down: it would read and
 * regex-match every stored product per search). The copy is loaded from the stored read model at
 * start and then applies every write the catalogue projection makes, as the projection makes it,
 * so it holds what the stored one holds (writes are guarded by the aggregate version, so a write
 * applied twice, or a rebuild's replay, changes nothing).
 */
export class CatalogueMemory {
  private readonly collections: MemoryCollections = new Map();
  private readonly index = new ProductIndex();
  /** Writes made while the stored copy loads: applied after it, in order. */
  private pending: ProjectionWrite[] | undefined = [];
  private markLoaded!: () => void;
  /** Settles once the stored documents are in: searches wait for it rather than see a partial copy. */
  readonly loaded = new Promise<void>((resolve) => (this.markLoaded = resolve));

  /** The projection, its writes mirrored here. */
  mirror(projection: Projection): Projection {
    const project = (event: EventEnvelope) => {
      const writes = projection.project(event);
      if (this.pending) this.pending.push(...writes);
      else writes.forEach((write) => this.apply(write));
      return writes;
    };
    return { ...projection, project };
  }

  /** Fills the copy from the stored documents, then applies what came meanwhile. */
  load(stored: Record<string, MemoryDocument[]>): void {
    for (const [collection, docs] of Object.entries(stored)) {
      const byId = new Map<string, MemoryDocument>();
      docs.forEach((doc) => byId.set(doc._id, structuredClone(doc)));
      this.collections.set(collection, byId);
    }
    const pending = this.pending ?? [];
    this.pending = undefined;
    pending.forEach((write) => applyWrite(this.collections, write));
    for (const product of this.products()) this.index.put(product);
    this.markLoaded();
  }

  private apply(write: ProjectionWrite): void {
    const written = applyWrite(this.collections, write);
    if (written && write.collection === COLLECTIONS.products) {
      // Documents of the products collection are only ever written by the catalogue projection.
      this.index.put(written as unknown as ProductDoc);
    }
  }

  get ready(): boolean {
    return this.pending === undefined;
  }

  products(): Iterable<ProductDoc> {
    return (this.collections.get(COLLECTIONS.products)?.values() ?? []) as Iterable<ProductDoc>;
  }

  product(id: string): ProductDoc | undefined {
    return this.collections.get(COLLECTIONS.products)?.get(id) as ProductDoc | undefined;
  }

  productsOf(producerId: string): ProductDoc[] {
    return [...this.index.productsOf(producerId)].flatMap((id) => this.product(id) ?? []);
  }

  productWithQrCode(qrCode: string): ProductDoc | undefined {
    const id = this.index.productWithQrCode(qrCode);
    return id === undefined ? undefined : this.product(id);
  }

  /** The products with, for every folded word given, a name word starting with it. */
  productsNamed(words: string[]): ProductDoc[] {
    return [...this.index.withWordPrefixes(words)].flatMap((id) => this.product(id) ?? []);
  }

  producers(): Iterable<ProducerDoc> {
    return (this.collections.get(COLLECTIONS.producers)?.values() ?? []) as Iterable<ProducerDoc>;
  }

  producer(id: string): ProducerDoc | undefined {
    return this.collections.get(COLLECTIONS.producers)?.get(id) as ProducerDoc | undefined;
  }
}

/** The service's one copy, shared by its projection (READ_MODELS) and its search. */
export const CATALOGUE_MEMORY = new CatalogueMemory();

/** Loads the in-memory catalogue from the stored read model when the service starts. */
@Injectable()
export class CatalogueMemoryLoader implements OnApplicationBootstrap {
  constructor(private readonly models: ReadModels) {}

  async onApplicationBootstrap(): Promise<void> {
    const [producers, products] = await Promise.all([
      this.models.producers.find({}).toArray(),
      this.models.products.find({}).toArray(),
    ]);
    CATALOGUE_MEMORY.load({
      [COLLECTIONS.producers]: producers,
      [COLLECTIONS.products]: products,
    });
  }
}
