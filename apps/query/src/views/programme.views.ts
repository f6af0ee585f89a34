import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
import { addDays, daysBetween } from '../domain/calendar';
import {
  MODERN_CHANNEL_KINDS,
  MODERN_CHANNEL_TARGET,
  SELLING_ORDER_STATUSES,
  share,
} from '../domain/modern-channel';
import { OrderDoc, ProductDoc } from '../read-models/collections';
import { collectionPage } from './paging';
import { ReadModels } from './read-models.service';
import { vietnamDay, vietnamMonth, ExpiringCertificatesQuery } from '@ocop/contracts';

const EXPIRING_SORT_FIELDS: Record<ExpiringCertificatesQuery['sort'], string> = {
  expiresOn: 'certificate.expiresOn',
  name: 'nameFolded',
  stars: 'stars',
};

function tally(counts: Record<string, number>, key: string | null | undefined): void {
  const name = key ?? 'unknown';
  counts[name] = (counts[name] ?? 0) + 1;
}

/** The programme's figures for trade promotion officers. */
@Injectable()
export class ProgrammeViews {
  constructor(
    private readonly models: ReadModels,
    private readonly clock: Clock,
  ) {}

  /** Products whose certificate is valid today (not expired, not revoked, expiry day not come). */
  validCertificateFilter(today: string): Filter<ProductDoc> {
    return { 'certificate.status': 'valid', 'certificate.expiresOn': { $gt: today } };
  }

  async figures() {
    const today = vietnamDay(this.clock.now());
    const [certified, producers, distributors, mous, orders] = await Promise.all([
      this.models.products.find(this.validCertificateFilter(today)).toArray(),
      this.models.producers.find({}).toArray(),
      this.models.distributors.find({}, { projection: { kind: 1 } }).toArray(),
      this.models.mous
        .find(
          { signedAt: { $ne: null } },
          { projection: { signedAt: 1, fairId: 1, distributorId: 1, producerIds: 1 } },
        )
        .toArray(),
      this.models.orders
        .find(
          { status: { $in: SELLING_ORDER_STATUSES as OrderDoc['status'][] } },
          { projection: { distributorId: 1, producerId: 1 } },
        )
        .toArray(),
    ]);
    const producerById = new Map(producers.map((p) => [p._id, p]));

    const byStars: Record<string, number> = {};
    const byGroup: Record<string, number> = {};
    const byDistrict: Record<string, number> = {};
    const byProducerKind: Record<string, number> = {};
    const horizon = addDays(today, 90);
    let expiring = 0;
    for (const product of certified) {
      const producer = producerById.get(product.producerId);
      tally(byStars, String(product.stars));
      tally(byGroup, product.group);
      tally(byDistrict, producer?.district);
      tally(byProducerKind, producer?.kind);
      if (product.certificate!.expiresOn.slice(0, 10) <= horizon) expiring++;
    }

    const byMonth: Record<string, number> = {};
    const byFair: Record<string, number> = {};
    for (const mou of mous) {
      tally(byMonth, vietnamMonth(mou.signedAt!));
      if (mou.fairId) tally(byFair, mou.fairId);
    }

    const modern = new Set(
      distributors.filter((d) => MODERN_CHANNEL_KINDS.includes(d.kind as never)).map((d) => d._id),
    );
    const active = new Set(producers.filter((p) => p.active).map((p) => p._id));
    const selling = new Set<string>();
    mous
      .filter((m) => modern.has(m.distributorId))
      .forEach((m) => m.producerIds.forEach((id) => active.has(id) && selling.add(id)));
    orders
      .filter((o) => modern.has(o.distributorId) && active.has(o.producerId))
      .forEach((o) => selling.add(o.producerId));

    return {
      asOf: today,
      certifiedProducts: {
        total: certified.length,
        byStars,
        byGroup,
        byDistrict,
        byProducerKind,
      },
      expiringWithin90Days: expiring,
      mousSigned: { total: mous.length, byMonth, byFair },
      modernChannel: {
        producers: active.size,
        withModernChannelMouOrOrder: selling.size,
        share: share(selling.size, active.size),
        target: MODERN_CHANNEL_TARGET,
      },
    };
  }

  async expiringCertificates(query: ExpiringCertificatesQuery) {
    const today = vietnamDay(this.clock.now());
    const page = await collectionPage(
      this.models.products,
      this.expiringFilter(today, query.days),
      EXPIRING_SORT_FIELDS[query.sort],
      this.expiringOrder(query),
      query,
      (doc) => doc,
    );
    return { ...page, items: await this.expiringItems(page.items, today) };
  }

  /** Every certificate expiring within `days`, in the list's order (for exports). */
  async allExpiringCertificates(query: Omit<ExpiringCertificatesQuery, 'page' | 'limit'>) {
    const today = vietnamDay(this.clock.now());
    const direction = this.expiringOrder(query) === 'asc' ? 1 : -1;
    const docs = await this.models.products
      .find(this.expiringFilter(today, query.days))
      .sort({ [EXPIRING_SORT_FIELDS[query.sort]]: direction, _id: direction })
      .toArray();
    return this.expiringItems(docs, today);
  }

  private expiringFilter(today: string, days: number): Filter<ProductDoc> {
    return {
      'certificate.status': 'valid',
      'certificate.expiresOn': { $gt: today, $lte: addDays(today, days) },
    };
  }

  private expiringOrder(query: Pick<ExpiringCertificatesQuery, 'sort' | 'order'>) {
    return query.order ?? (query.sort === 'stars' ? 'desc' : 'asc');
  }

  private async expiringItems(products: ProductDoc[], today: string) {
    const names = await this.models.partyNames(
      products.map((p) => p.producerId),
      [],
    );
    return products.map((p) => {
      const expiresOn = p.certificate!.expiresOn.slice(0, 10);
      return {
        productId: p._id,
        producerId: p.producerId,
        producerName: names.producers.get(p.producerId) ?? null,
        name: p.name,
        group: p.group,
        stars: p.stars,
        decisionNumber: p.certificate!.decisionNumber,
        level: p.certificate!.level,
        expiresOn: p.certificate!.expiresOn,
        daysToExpiry: daysBetween(today, expiresOn),
      };
    });
  }
}
