import { Injectable } from '@nestjs/common';
import { foldedWords, foldVietnamese } from '@ocop/common';
import { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
import { Clock } from '../domain/clock';
import { CatalogueQuery } from '../interface/list-queries';
import { ProducerDoc, ProductDoc } from '../read-models/collections';
import { collectionPage, memoryPage } from './paging';
import { CATALOGUE_MEMORY } from '../catalogue-search/catalogue-memory';
import { catalogueEntry } from './product.view';
import { ReadModels } from './read-models.service';

const SORT_FIELDS: Record<CatalogueQuery['sort'], string> = {
  name: 'nameFolded',
  stars: 'stars',
  priceMinVnd: 'priceMinVnd',
  updatedAt: 'updatedAt',
};

const same = (a: string | null | undefined, b: string) =>
  a !== null && a !== undefined && foldVietnamese(a).trim() === foldVietnamese(b).trim();

/**
 * The product catalogue: search by name with or without diacritics (every word of `q` must start a
 * word of the folded name), filters by group, stars, where the producer is and certificate.
 */
@Injectable()
export class CatalogueViews {
  private readonly words = new Map<string, { name: string; words: string[] }>();

  constructor(
    private readonly models: ReadModels,
    private readonly clock: Clock,
  ) {}

  private readonly memory = CATALOGUE_MEMORY;

  async search(query: CatalogueQuery) {
    return this.memory.ready ? this.searchInMemory(query) : this.searchStored(query);
  }

  /** The same search over the in-memory copy of the catalogue (see CatalogueMemory). */
  searchInMemory(query: CatalogueQuery) {
    const today = this.clock.today();
    const words = foldedWords(query.q ?? '');
    const located = query.province || query.district || query.craftVillage;
    const found: ProductDoc[] = [];
    for (const doc of this.memory.products()) {
      if (query.group && doc.group !== query.group) continue;
      if (query.stars !== undefined && doc.stars !== query.stars) continue;
      if (query.validCertificate !== undefined) {
        const valid = doc.certificate?.status === 'valid' && doc.certificate.expiresOn > today;
        if (valid !== query.validCertificate) continue;
      }
      if (words.length > 0) {
        const nameWords = this.wordsOf(doc);
        if (!words.every((word) => nameWords.some((w) => w.startsWith(word)))) continue;
      }
      if (located) {
        const p = this.memory.producer(doc.producerId);
        if (
          !p ||
          (query.province && !same(p.province, query.province)) ||
          (query.district && !same(p.district, query.district)) ||
          (query.craftVillage && !same(p.craftVillage, query.craftVillage))
        ) {
          continue;
        }
      }
      found.push(doc);
    }
    const field = SORT_FIELDS[query.sort] as keyof ProductDoc;
    const page = memoryPage(
      found,
      (doc) => doc[field] as string | number | null,
      (doc) => doc._id,
      query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
      query,
    );
    return {
      ...page,
      items: page.items.map((doc) =>
        catalogueEntry(doc, this.memory.producer(doc.producerId), today),
      ),
    };
  }

  /** A product's folded name words, worked out once per name. */
  private wordsOf(doc: ProductDoc): string[] {
    const cached = this.words.get(doc._id);
    if (cached && cached.name === doc.nameFolded) return cached.words;
    const words = foldedWords(doc.nameFolded);
    this.words.set(doc._id, { name: doc.nameFolded, words });
    return words;
  }

  private async searchStored(query: CatalogueQuery) {
    const today = this.clock.today();
    const and: Filter<ProductDoc>[] = [];
    for (const word of foldedWords(query.q ?? '')) {
      and.push({ nameFolded: { $regex: `(^|[^\\p{L}\\p{N}])${escapeRegex(word)}` } });
    }
    if (query.group) and.push({ group: query.group as ProductDoc['group'] });
    if (query.stars !== undefined) and.push({ stars: query.stars as ProductDoc['stars'] });
    if (query.validCertificate === true) {
      and.push({ 'certificate.status': 'valid', 'certificate.expiresOn': { $gt: today } });
    } else if (query.validCertificate === false) {
      and.push({
        $or: [
          { certificate: null },
          { 'certificate.status': { $ne: 'valid' } },
          { 'certificate.expiresOn': { $lte: today } },
        ],
      });
    }
    // Where the producer is: folded comparison, so "Bat Trang" finds "Bát Tràng".
    const located = query.province || query.district || query.craftVillage;
    if (located) {
      const producers = await this.models.producers
        .find({}, { projection: { province: 1, district: 1, craftVillage: 1 } })
        .toArray();
      const ids = producers
        .filter(
          (p: ProducerDoc) =>
            (!query.province || same(p.province, query.province)) &&
            (!query.district || same(p.district, query.district)) &&
            (!query.craftVillage || same(p.craftVillage, query.craftVillage)),
        )
        .map((p) => p._id);
      and.push({ producerId: { $in: ids } });
    }
    const filter: Filter<ProductDoc> = and.length > 0 ? { $and: and } : {};
    const page = await collectionPage(
      this.models.products,
      filter,
      SORT_FIELDS[query.sort],
      query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
      query,
      (doc) => doc,
    );
    const producerIds = [...new Set(page.items.map((p) => p.producerId))];
    const producers = await this.models.producers.find({ _id: { $in: producerIds } }).toArray();
    const byId = new Map(producers.map((p) => [p._id, p]));
    return {
      ...page,
      items: page.items.map((doc) => catalogueEntry(doc, byId.get(doc.producerId), today)),
    };
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
