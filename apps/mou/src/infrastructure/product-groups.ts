import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Projection } from '@ocop/event-sourcing';
import { ProductGroup, TypedEnvelope } from '@ocop/events';
import { Collection, Connection } from 'mongoose';

const COLLECTION = 'mou_product_groups';

interface ProductGroupDocument {
  _id: string;
  group: ProductGroup;
  producerId: string;
}

/**
 * Which OCOP group each product is in, as producers registered it (ProductRegistered), so an MOU
 * that covers a product group knows whether a delivered product belongs to it. A product group is
 * fixed at registration, so this never changes after.
 */
export const productGroupsProjection: Projection<TypedEnvelope<'ProductRegistered'>> = {
  name: 'mou-product-groups',
  handles: ['ProductRegistered'],
  collections: [COLLECTION],
  project(event) {
    const { productId, group } = event.payload;
    return [
      {
        collection: COLLECTION,
        operation: {
          updateOne: {
            filter: { _id: productId },
            update: { $set: { group, producerId: event.aggregateId } },
            upsert: true,
          },
        },
      },
    ];
  },
};

@Injectable()
export class ProductGroups {
  private readonly products: Collection<ProductGroupDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.products = connection.collection<ProductGroupDocument>(COLLECTION);
  }

  /** The group of each of `productIds` that producers registered; unknown ones are left out. */
  async of(productIds: string[]): Promise<Map<string, ProductGroup>> {
    if (productIds.length === 0) return new Map();
    const found = await this.products.find({ _id: { $in: productIds } }).toArray();
    return new Map(found.map((product) => [product._id, product.group]));
  }
}
