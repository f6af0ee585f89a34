import { ProductIndex } from './product-index';

const product = (id: string, producerId: string, nameFolded: string) => ({
  _id: id,
  producerId,
  nameFolded,
});

describe('the in-memory product index', () => {
  const index = () => {
    const built = new ProductIndex();
    built.put(product('p1', 'bat-trang', 'binh gom su bat trang men lam'));
    built.put(product('p2', 'bat-trang', 'am chen gom bat trang'));
    built.put(product('p3', 'van-phuc', 'khan lua to tam van phuc'));
    built.put(product('p4', 'ha-thai', 'tranh son mai ha thai'));
    return built;
  };

  it('finds the products with a name word starting with every prefix given', () => {
    const built = index();
    expect(built.withWordPrefixes(['gom'])).toEqual(new Set(['p1', 'p2']));
    expect(built.withWordPrefixes(['bat', 'tr'])).toEqual(new Set(['p1', 'p2']));
    expect(built.withWordPrefixes(['ba', 'men'])).toEqual(new Set(['p1']));
    expect(built.withWordPrefixes(['t'])).toEqual(new Set(['p1', 'p2', 'p3', 'p4']));
    expect(built.withWordPrefixes(['lua', 'gom'])).toEqual(new Set());
    // A prefix matches the start of a word only, not its middle.
    expect(built.withWordPrefixes(['ang'])).toEqual(new Set());
  });

  it('finds a product by the QR code on its label', () => {
    const built = index();
    built.put({ ...product('p5', 'bat-trang', 'dia gom'), qrCode: 'OCOP-P5' });
    expect(built.productWithQrCode('OCOP-P5')).toBe('p5');
    expect(built.productWithQrCode('OCOP-P6')).toBeUndefined();
  });

  it("lists a producer's products", () => {
    const built = index();
    expect(built.productsOf('bat-trang')).toEqual(new Set(['p1', 'p2']));
    expect(built.productsOf('nobody')).toEqual(new Set());
  });

  it('follows a product whose name or producer changed, forgetting what it had', () => {
    const built = index();
    built.put(product('p2', 'van-phuc', 'khan lua van phuc'));
    expect(built.productsOf('bat-trang')).toEqual(new Set(['p1']));
    expect(built.productsOf('van-phuc')).toEqual(new Set(['p2', 'p3']));
    expect(built.withWordPrefixes(['gom'])).toEqual(new Set(['p1']));
    expect(built.withWordPrefixes(['khan', 'lua'])).toEqual(new Set(['p2', 'p3']));
    // Putting the same document again changes nothing.
    built.put(product('p2', 'van-phuc', 'khan lua van phuc'));
    expect(built.withWordPrefixes(['khan'])).toEqual(new Set(['p2', 'p3']));
  });
});
