import { foldedWords } from '@ocop/common';

/** What the index needs of a product document. */
export interface IndexedProduct {
  _id: string;
  producerId: string;
  nameFolded: string;
  qrCode?: string;
}

/**
 * Lookups over the in-memory products that a scan would otherwise do per request: a producer's
 * products, and the products with a name word starting with a given folded prefix. Kept current
 * one product at a time as the copy changes.
 */
export class ProductIndex {
  private readonly byProducer = new Map<string, Set<string>>();
  private readonly byWord = new Map<string, Set<string>>();
  /** The code on a product's label never changes (see the producers service's qrCodeFor). */
  private readonly byQrCode = new Map<string, string>();
  private readonly indexed = new Map<
    string,
    { producerId: string; name: string; words: string[] }
  >();
  /** The distinct words, sorted, for prefix ranges; undefined when a new word came since. */
  private sortedWords: string[] | undefined = [];

  /** (Re)indexes a product after its document changed. */
  put(product: IndexedProduct): void {
    if (product.qrCode) this.byQrCode.set(product.qrCode, product._id);
    const before = this.indexed.get(product._id);
    if (before && before.producerId === product.producerId && before.name === product.nameFolded)
      return;
    if (before) this.remove(product._id);
    const words = [...new Set(foldedWords(product.nameFolded ?? ''))];
    this.indexed.set(product._id, {
      producerId: product.producerId,
      name: product.nameFolded,
      words,
    });
    add(this.byProducer, product.producerId, product._id);
    for (const word of words) {
      if (!this.byWord.has(word)) this.sortedWords = undefined;
      add(this.byWord, word, product._id);
    }
  }

  /** The product whose label carries `qrCode`, if any. */
  productWithQrCode(qrCode: string): string | undefined {
    return this.byQrCode.get(qrCode);
  }

  productsOf(producerId: string): ReadonlySet<string> {
    return this.byProducer.get(producerId) ?? new Set();
  }

  /**
   * The products whose folded name has, for every one of `words`, a word starting with it
   * (words already folded).
   */
  withWordPrefixes(words: string[]): Set<string> {
    let result: Set<string> | undefined;
    for (const prefix of words) {
      const found = this.withWordPrefix(prefix);
      result = result ? intersection(result, found) : found;
      if (result.size === 0) break;
    }
    return result ?? new Set();
  }

  private withWordPrefix(prefix: string): Set<string> {
    const sorted = (this.sortedWords ??= [...this.byWord.keys()].sort());
    const found = new Set<string>();
    for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
      if (!sorted[i].startsWith(prefix)) break;
      this.byWord.get(sorted[i])?.forEach((id) => found.add(id));
    }
    return found;
  }

  private remove(productId: string): void {
    const before = this.indexed.get(productId);
    if (!before) return;
    this.indexed.delete(productId);
    drop(this.byProducer, before.producerId, productId);
    for (const word of before.words) {
      // A word no product has any more stays in sortedWords; its empty posting matches nothing.
      drop(this.byWord, word, productId);
    }
  }
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

function drop(map: Map<string, Set<string>>, key: string, id: string): void {
  map.get(key)?.delete(id);
}

function intersection(a: Set<string>, b: Set<string>): Set<string> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((id) => large.has(id)));
}

/** The first index whose word is not below `prefix`. */
function lowerBound(sorted: string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}
