import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock, foldedWords, foldVietnamese } from '@ocop/common';
import { ProductDoc } from '../read-models/collections';
import { memoryPage } from './paging';
import { CATALOGUE_MEMORY } from '../catalogue-search/catalogue-memory';
import { catalogueEntry } from './product.view';
import {
  CatalogueProducersQuery,
  CatalogueQuery,
  isCertificateValidOn,
  vietnamDay,
} from '@ocop/contracts';
import { ProducerDoc } from '../read-models/collections';

const SORT_FIELDS: Record<CatalogueQuery['sort'], string> = {
  name: 'nameFolded',
  stars: 'stars',
  priceMinVnd: 'priceMinVnd',
  updatedAt: 'updatedAt',
};

/** Every word of the search starts a word of the folded text. */
function startsWords(words: string[], folded: string): boolean {
  const own = foldedWords(folded);
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

function producerCard(doc: ProducerDoc) {
  return {
    producerId: doc._id,
    name: doc.legalName,
    kind: doc.kind,
    province: doc.province,
    district: doc.district,
    commune: doc.commune,
    craftVillage: doc.craftVillage ?? null,
  };
}

const same = (a: string | null | undefined, b: string) =>
  a !== null && a !== undefined && foldVietnamese(a).trim() === foldVietnamese(b).trim();

/**
 * The product catalogue: search by name with or without diacritics (every word of `q` must start a
 * word of the folded name), filters by group, stars, where the producer is and certificate.
 */
@Injectable()
export class CatalogueViews {
  constructor(private readonly clock: Clock) {}

  private readonly memory = CATALOGUE_MEMORY;

  /**
   * The product behind a label's QR code, with its producer and certificate, for the public page.
   * `validToday` is the programme's one rule (a certificate issued for a later day is not yet valid).
   */
  async byQrCode(qrCode: string) {
    await this.memory.loaded;
    const doc = this.memory.productWithQrCode(qrCode);
    if (!doc) throw new NotFoundException(`no product has the QR code ${qrCode}`);
    const today = vietnamDay(this.clock.now());
    return {
      ...catalogueEntry(doc, this.memory.producer(doc.producerId), today),
      validToday: isCertificateValidOn(doc.certificate, today),
      today,
    };
  }

  /** One catalogue entry by its product id (a product page links here from a search or a match). */
  async product(productId: string) {
    await this.memory.loaded;
    const doc = this.memory.product(productId);
    if (!doc) throw new NotFoundException(`product ${productId} not found`);
    return catalogueEntry(doc, this.memory.producer(doc.producerId), vietnamDay(this.clock.now()));
  }

  /** A producer's name and place, which every party may read (its contact details stay private). */
  async producer(producerId: string) {
    await this.memory.loaded;
    const doc = this.memory.producer(producerId);
    if (!doc) throw new NotFoundException(`producer ${producerId} not found`);
    return producerCard(doc);
  }

  /** Active producers whose name has a word starting with each word of `q`, by name. */
  async producers(query: CatalogueProducersQuery) {
    await this.memory.loaded;
    const words = foldedWords(query.q ?? '');
    const found: { doc: ProducerDoc; name: string }[] = [];
    for (const doc of this.memory.producers()) {
      if (!doc.active) continue;
      const name = doc.legalNameFolded ?? foldVietnamese(doc.legalName);
      if (startsWords(words, name)) found.push({ doc, name });
    }
    const page = memoryPage(
      found,
      (f) => f.name,
      (f) => f.doc._id,
      query.order ?? 'asc',
      query,
    );
    return { ...page, items: page.items.map((f) => producerCard(f.doc)) };
  }

  /** Over the in-memory copy of the catalogue (see CatalogueMemory), once it is loaded. */
  async search(query: CatalogueQuery) {
    await this.memory.loaded;
    const today = vietnamDay(this.clock.now());
    const words = foldedWords(query.q ?? '');
    const located = query.province || query.district || query.craftVillage;
    const found: ProductDoc[] = [];
    const named = query.producerId
      ? this.memory.productsOf(query.producerId)
      : words.length > 0
        ? this.memory.productsNamed(words)
        : this.memory.products();
    for (const doc of named) {
      if (query.producerId && !startsWords(words, doc.nameFolded)) continue;
      if (query.group && doc.group !== query.group) continue;
      if (query.stars !== undefined && doc.stars !== query.stars) continue;
      if (query.validCertificate !== undefined) {
        const valid = isCertificateValidOn(doc.certificate, today);
        if (valid !== query.validCertificate) continue;
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
}
