import { Injectable } from '@nestjs/common';
import { Clock, foldedWords, foldVietnamese } from '@ocop/common';
import { mongo } from 'mongoose';
import { CATALOGUE_MEMORY } from '../catalogue-search/catalogue-memory';
import {
  DistributorsQuery,
  isCertificateValidOn,
  ProducerRegistryQuery,
  SortOrder,
  vietnamDay,
} from '@ocop/contracts';
import { DistributorDoc, ProducerDoc } from '../read-models/collections';
import { memoryPage } from './paging';
import { ReadModels } from './read-models.service';

const fold = (text: string) => foldVietnamese(text).trim();

/** Every word of the search starts a word of one of the texts (all folded). */
function hasEveryWord(words: string[], texts: (string | null | undefined)[]): boolean {
  const own = texts.flatMap((text) => (text ? foldedWords(text) : []));
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

/** The folded fields of a producer; documents projected before they existed are folded here. */
function foldedProducer(doc: ProducerDoc) {
  return {
    legalName: doc.legalNameFolded ?? fold(doc.legalName),
    district: doc.districtFolded ?? fold(doc.district),
    commune: doc.communeFolded ?? fold(doc.commune),
    craftVillage:
      doc.craftVillageFolded !== undefined
        ? doc.craftVillageFolded
        : doc.craftVillage
          ? fold(doc.craftVillage)
          : null,
  };
}

export type ProducerRegistryItem = ReturnType<RegistryViews['producerItem']>;
export type DistributorItem = ReturnType<typeof distributorItem>;

function distributorItem(doc: DistributorDoc) {
  return {
    distributorId: doc._id,
    kind: doc.kind,
    name: doc.name,
    registrationNumber: doc.registrationNumber ?? null,
    channels: doc.channels,
    provincesServed: doc.provincesServed,
    registeredAt: doc.registeredAt,
  };
}

/**
 * The registries officers browse: producers (OCOP subjects) from the in-memory catalogue, searched
 * and filtered with or without diacritics, and the distributors. `all*` give every match in order
 * (for exports); the lists page them.
 */
@Injectable()
export class RegistryViews {
  private readonly memory = CATALOGUE_MEMORY;

  constructor(
    private readonly models: ReadModels,
    private readonly clock: Clock,
  ) {}

  async allProducers(
    query: Omit<ProducerRegistryQuery, 'page' | 'limit'>,
  ): Promise<ProducerRegistryItem[]> {
    return (await this.producers({ ...query, page: 1, limit: Number.MAX_SAFE_INTEGER })).items;
  }

  async producers(query: ProducerRegistryQuery) {
    await this.memory.loaded;
    const words = foldedWords(query.q ?? '');
    const wanted = {
      province: query.province && fold(query.province),
      district: query.district && fold(query.district),
      commune: query.commune && fold(query.commune),
      craftVillage: query.craftVillage && fold(query.craftVillage),
    };
    const found: { doc: ProducerDoc; folded: ReturnType<typeof foldedProducer> }[] = [];
    for (const doc of this.memory.producers()) {
      if (query.kind && doc.kind !== query.kind) continue;
      if (query.active !== undefined && doc.active !== query.active) continue;
      const folded = foldedProducer(doc);
      if (wanted.province && fold(doc.province) !== wanted.province) continue;
      if (wanted.district && folded.district !== wanted.district) continue;
      if (wanted.commune && folded.commune !== wanted.commune) continue;
      if (wanted.craftVillage && folded.craftVillage !== wanted.craftVillage) continue;
      if (
        words.length > 0 &&
        !hasEveryWord(words, [
          folded.legalName,
          folded.commune,
          folded.district,
          folded.craftVillage,
          doc.registrationNumber,
        ])
      ) {
        continue;
      }
      found.push({ doc, folded });
    }
    const key = {
      name: (f: (typeof found)[number]) => f.folded.legalName,
      district: (f: (typeof found)[number]) => f.folded.district,
      registeredAt: (f: (typeof found)[number]) => f.doc.registeredAt,
      updatedAt: (f: (typeof found)[number]) => f.doc.updatedAt,
    }[query.sort];
    const order: SortOrder =
      query.order ?? (query.sort === 'name' || query.sort === 'district' ? 'asc' : 'desc');
    const page = memoryPage(found, key, (f) => f.doc._id, order, query);
    const today = vietnamDay(this.clock.now());
    return { ...page, items: page.items.map((f) => this.producerItem(f.doc, today)) };
  }

  producerItem(doc: ProducerDoc, today: string) {
    const products = this.memory.productsOf(doc._id);
    return {
      producerId: doc._id,
      kind: doc.kind,
      legalName: doc.legalName,
      registrationNumber: doc.registrationNumber ?? null,
      contact: doc.contact ?? null,
      province: doc.province,
      district: doc.district,
      commune: doc.commune,
      craftVillage: doc.craftVillage ?? null,
      active: doc.active,
      products: products.length,
      certifiedProducts: products.filter((p) => isCertificateValidOn(p.certificate, today)).length,
      registeredAt: doc.registeredAt,
      updatedAt: doc.updatedAt,
    };
  }

  /** Few (retail chains, platforms, showrooms): filtered in memory after one read. */
  async distributors(query: DistributorsQuery) {
    const filter: mongo.Filter<DistributorDoc> = {};
    if (query.kind) filter.kind = query.kind;
    const words = foldedWords(query.q ?? '');
    const docs = (await this.models.distributors.find(filter).toArray()).filter(
      (doc) =>
        words.length === 0 ||
        hasEveryWord(words, [doc.nameFolded ?? fold(doc.name), doc.registrationNumber]),
    );
    const page = memoryPage(
      docs,
      query.sort === 'name' ? (doc) => doc.nameFolded ?? fold(doc.name) : (doc) => doc.registeredAt,
      (doc) => doc._id,
      query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
      query,
    );
    return { ...page, items: page.items.map(distributorItem) };
  }
}
