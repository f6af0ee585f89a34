import {
  certificateBadge,
  escapeHtml,
  notFoundPage,
  productPage,
  PublicProduct,
  vietnameseDate,
} from './product-page.html';

const product = (overrides: Partial<PublicProduct> = {}): PublicProduct => ({
  name: 'Nước mắm <Phú Quốc> & "cá cơm"',
  group: 'food',
  qrCode: 'OCOP-ABC',
  photoUrls: ['javascript:alert(1)', 'https://example.vn/a.jpg?x=1&y="2"'],
  stars: 5,
  certificate: {
    decisionNumber: '12/QĐ-UBND',
    level: 'national',
    issuedOn: '2025-01-10',
    expiresOn: '2028-01-10',
    status: 'valid',
  },
  validToday: true,
  today: '2026-12-06',
  producerName: 'HTX <b>',
  province: 'Kiên Giang',
  district: 'Phú Quốc',
  commune: 'Dương Đông',
  craftVillage: null,
  ...overrides,
});

describe('the public product page', () => {
  it('escapes every text and attribute it shows', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const html = productPage(product(), 'vi', '/p/OCOP-ABC', 'n0nce');
    expect(html).toContain('<h1>Nước mắm &lt;Phú Quốc&gt; &amp; &quot;cá cơm&quot;</h1>');
    expect(html).toContain('<dd>HTX &lt;b&gt;</dd>');
    // Only http(s) photos, escaped inside the attribute.
    expect(html).not.toContain('javascript:');
    expect(html).toContain('src="https://example.vn/a.jpg?x=1&amp;y=&quot;2&quot;"');
    expect(html).not.toContain('Làng nghề');
  });

  it('calls a certificate valid only when the shared rule says so today', () => {
    expect(certificateBadge(product())).toBe('valid');
    // The event saying it expired may not have come yet: the day decides.
    expect(certificateBadge(product({ validToday: false }))).toBe('expired');
    const revoked = product({ validToday: false });
    revoked.certificate!.status = 'revoked';
    expect(certificateBadge(revoked)).toBe('revoked');
    const later = product({ validToday: false });
    later.certificate!.issuedOn = '2026-12-07';
    expect(certificateBadge(later)).toBe('not-yet-valid');
    expect(certificateBadge(product({ certificate: null, stars: null }))).toBe('none');
  });

  it('writes dates as dd/MM/yyyy', () => {
    expect(vietnameseDate('2028-01-10')).toBe('10/01/2028');
    expect(vietnameseDate('2028-01-10T00:00:00.000Z')).toBe('10/01/2028');
  });

  it('says in the visitor language when no product has the code', () => {
    expect(notFoundPage('OCOP-X', 'en', '/p/OCOP-X', 'n')).toContain(
      'No OCOP product carries the code OCOP-X.',
    );
    expect(notFoundPage(undefined, 'vi', '/p/%3C', 'n')).toContain(
      'Mã QR này không phải mã sản phẩm OCOP.',
    );
  });
});
