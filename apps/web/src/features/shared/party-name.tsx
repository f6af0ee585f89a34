import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, ok } from '../../lib/api-client';
import type { components } from '../../lib/api-schema';

// Names change rarely; one request per party for the console's life.
const names = new Map<string, Promise<string>>();

// The catalogue's name card, which every role may read (a producer's own record is its own only).
function producerName(id: string): Promise<string> {
  return ok<{ name: string }>(
    api.GET('/api/v1/catalogue/producers/{producerId}', { params: { path: { producerId: id } } }),
  ).then((producer) => producer.name);
}

function distributorName(id: string): Promise<string> {
  return ok<components['schemas']['Distributor']>(
    api.GET('/api/v1/distributors/{distributorId}', { params: { path: { distributorId: id } } }),
  ).then((distributor) => distributor.name);
}

// A product's name from the catalogue, which every role may read.
function productName(id: string): Promise<string> {
  return ok<{ name: string }>(
    api.GET('/api/v1/catalogue/products/{productId}', { params: { path: { productId: id } } }),
  ).then((product) => product.name);
}

// A fair's name: every role may read fairs.
function fairName(id: string): Promise<string> {
  return ok<{ name: string }>(
    api.GET('/api/v1/fairs/{fairId}', { params: { path: { fairId: id } } }),
  ).then((fair) => fair.name);
}

// An MOU's title (its parties and officers may read it); an untitled one by its id's start.
function mouTitle(id: string): Promise<string> {
  return ok<components['schemas']['Mou']>(
    api.GET('/api/v1/mous/{mouId}', { params: { path: { mouId: id } } }),
  ).then((mou) => mou.title ?? `MOU ${id.slice(0, 8)}`);
}

const LOOKUPS = {
  producer: producerName,
  distributor: distributorName,
  product: productName,
  fair: fairName,
  mou: mouTitle,
};

export function useName(kind: keyof typeof LOOKUPS, id: string | undefined): string | undefined {
  const [name, setName] = useState<string>();
  useEffect(() => {
    if (!id) return;
    const key = `${kind}:${id}`;
    if (!names.has(key)) {
      const lookup = LOOKUPS[kind](id);
      names.set(
        key,
        lookup.catch(() => (names.delete(key), id.slice(0, 8))),
      );
    }
    let current = true;
    void names.get(key)!.then((found) => current && setName(found));
    return () => {
      current = false;
    };
  }, [kind, id]);
  return name;
}

/** A producer's or distributor's name, looked up by id. */
export function PartyName({ kind, id }: { kind: 'producer' | 'distributor'; id: string }) {
  const name = useName(kind, id);
  return <Typography.Text>{name ?? '…'}</Typography.Text>;
}

/** A product's name, looked up by id (an order's line, an MOU's target). */
export function ProductName({ id }: { id: string }) {
  const name = useName('product', id);
  return <Typography.Text>{name ?? '…'}</Typography.Text>;
}

/** A fair's name, looked up by id (plain text: it is shown inside its link). */
export function FairName({ id }: { id: string }) {
  return <>{useName('fair', id) ?? '…'}</>;
}

/** An MOU's title, looked up by id (plain text: it is shown inside its link). */
export function MouName({ id }: { id: string }) {
  return <>{useName('mou', id) ?? '…'}</>;
}
