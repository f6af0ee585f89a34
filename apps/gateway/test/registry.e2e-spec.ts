import { RunningSystem, waitFor } from '@ocop/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import {
  Actor,
  distributorRegistration,
  eventually,
  expectStatus,
  mouDraft,
  officer,
  openFair,
  producerRegistration,
  signer,
  tea,
} from './journeys';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pad = (n: number) => String(n).padStart(2, '0');
const dmy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
/** An instant as its day in Việt Nam (UTC+07:00), dd/MM/yyyy. */
const vietnamDay = (iso: string) => dmy(new Date(Date.parse(iso) + 7 * 3_600_000));
/** A calendar day (YYYY-MM-DD...) as dd/MM/yyyy. */
const day = (value: string) => dmy(new Date(`${value.slice(0, 10)}T00:00:00Z`));

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Each sheet of a workbook as rows of cell values (header row first). */
async function readWorkbook(bytes: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === undefined ? null : v)));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

interface ListAnswer<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

interface RegistryItem {
  producerId: string;
  legalName: string;
  kind: string;
  district: string;
  commune: string;
  craftVillage: string | null;
  active: boolean;
  products: number;
  certifiedProducts: number;
}

/**
 * The registry lists officers browse (producers, distributors) and the sourcing requests a
 * producer could answer, through the gateway with every service running: filters, search with
 * and without diacritics, paging, and who may see what.
 */
describe('registry lists through the gateway', () => {
  /*
   * Every name of this run carries its tag, and every list query searches for it, so the lists'
   * text search is exercised by every query (and a stray record of another run could not match).
   */
  const tag = `t${randomUUID().slice(0, 6)}`;
  const tagged = (name: string) => `${name} ${tag}`;
  let system: RunningSystem;
  let admin: string;
  let staff: Actor;
  const producers: Record<string, { producerId: string; token: string }> = {};
  let buyer: Actor & { distributorId: string };
  let requestId: string;
  let teaProductId: string;

  const api = (...args: Parameters<RunningSystem['api']>) => system.api(...args);

  /** A file from the public API, as bytes with its status and headers. */
  const download = async (path: string, token = staff.token) => {
    const response = await fetch(`${system.gatewayUrl}/api/v1${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };

  /** A CSV download: checks its type and byte order mark, answers its rows. */
  const csvRows = async (path: string, token = staff.token) => {
    const file = await download(path, token);
    expect({ status: file.status, type: file.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'text/csv; charset=utf-8',
    });
    expect(file.bytes.subarray(0, 3).equals(BOM)).toBe(true);
    return parseCsv(file.bytes.subarray(3).toString('utf8'));
  };

  const register = async (
    name: string,
    details: Partial<ReturnType<typeof producerRegistration>> & { craftVillage?: string },
  ) => {
    const registered = expectStatus(
      await api('POST', '/producers', {
        token: staff.token,
        body: { ...producerRegistration(), ...details, legalName: tagged(details.legalName!) },
      }),
      201,
    );
    const producerId = registered.producerId as string;
    const user = await system.user(admin, { role: 'producer', organisationId: producerId });
    producers[name] = { producerId, token: user.token };
    return producerId;
  };

  /** The registry, searched for this run's tag (and `query`'s words and filters). */
  const registry = (query: string, token = staff.token) => {
    const [path, words] = query.includes('q=') ? query.split('q=') : [query, ''];
    const separator = path === '' ? '?' : path.endsWith('&') || path.endsWith('?') ? '' : '&';
    return api('GET', `/producers${path}${separator}q=${words ? `${words}%20` : ''}${tag}`, {
      token,
    });
  };

  /** The registry's answer once the query service has every producer of this test. */
  const names = async (query: string): Promise<string[]> => {
    const page = expectStatus(await registry(query), 200) as ListAnswer<RegistryItem>;
    return page.items.map((p) => p.legalName.replace(` ${tag}`, ''));
  };

  beforeAll(async () => {
    // Servers of its own: the programme figures it compares with its exports count every MOU on the
    // topics, and on the shared servers the replay of earlier suites' events moved them between the
    // two reads (and held its matches back for over 30 s).
    system = await RunningSystem.startOnOwnServers({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = await system.loginAdmin();
    staff = await officer(system, admin);
    await register('ceramics', {
      kind: 'cooperative',
      legalName: 'HTX Gốm sứ Bát Tràng',
      province: 'Hà Nội',
      district: 'Gia Lâm',
      commune: 'Bát Tràng',
      craftVillage: 'Bát Tràng',
    });
    await register('silk', {
      kind: 'sme',
      legalName: 'Công ty TNHH Lụa Vạn Phúc',
      province: 'Hà Nội',
      district: 'Hà Đông',
      commune: 'Vạn Phúc',
      craftVillage: 'Vạn Phúc',
    });
    const teaGrower = await register('tea', {
      kind: 'household-business',
      legalName: 'Hộ kinh doanh Chè Tân Cương',
    });
    // The tea grower's product, certified: what matching proposes for a tea request.
    const product = expectStatus(
      await api('POST', `/producers/${teaGrower}/products`, { token: staff.token, body: tea }),
      201,
    );
    teaProductId = product.productId as string;
    expectStatus(
      await api('PUT', `/producers/${teaGrower}/products/${teaProductId}/certification`, {
        token: staff.token,
        body: {
          stars: 4,
          decisionNumber: 'QĐ-2026-TC',
          level: 'province',
          issuedOn: new Date().toISOString().slice(0, 10),
        },
      }),
      200,
    );
    const retired = await register('retired', {
      kind: 'farm',
      legalName: 'Trang trại Bưởi Diễn',
      province: 'Hà Nội',
      district: 'Bắc Từ Liêm',
      commune: 'Phú Diễn',
    });
    expectStatus(
      await api('POST', `/producers/${retired}/deactivate`, {
        token: staff.token,
        body: { reason: 'ngừng hoạt động' },
      }),
      204,
    );
    const retailer = expectStatus(
      await api('POST', '/distributors', {
        token: staff.token,
        body: { ...distributorRegistration(), name: tagged('Hệ thống siêu thị BRG Mart') },
      }),
      201,
    );
    const distributorId = retailer.distributorId as string;
    const buyerUser = await system.user(admin, {
      role: 'distributor',
      organisationId: distributorId,
    });
    buyer = { ...buyerUser, distributorId };
    expectStatus(
      await api('POST', '/distributors', {
        token: staff.token,
        body: {
          ...distributorRegistration(),
          kind: 'e-commerce',
          name: tagged('Sàn Bưu điện Postmart'),
        },
      }),
      201,
    );
    // The registry follows the producers' events: wait until the last change has arrived.
    await waitFor(
      'the registry to show every producer and the deactivation',
      async () => {
        const page = (await registry('?active=false')).body as ListAnswer<RegistryItem>;
        return page.total === 1 && (await names('')).length === 4;
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists every producer, sorted by name and paged', async () => {
    const first = expectStatus(await registry('?limit=2'), 200) as ListAnswer<RegistryItem>;
    expect(first).toMatchObject({ page: 1, limit: 2, total: 4 });
    expect(first.items.map((p) => p.legalName)).toEqual([
      tagged('Công ty TNHH Lụa Vạn Phúc'),
      tagged('Hộ kinh doanh Chè Tân Cương'),
    ]);
    expect(await names('?limit=2&page=2')).toEqual([
      'HTX Gốm sứ Bát Tràng',
      'Trang trại Bưởi Diễn',
    ]);
    expect(await names('?sort=name&order=desc&limit=1')).toEqual(['Trang trại Bưởi Diễn']);
    const ceramics = (await registry('?q=gom')).body.items[0] as RegistryItem;
    expect(ceramics.legalName).toBe(tagged('HTX Gốm sứ Bát Tràng'));
    expect(ceramics).toMatchObject({
      producerId: producers.ceramics.producerId,
      kind: 'cooperative',
      district: 'Gia Lâm',
      commune: 'Bát Tràng',
      craftVillage: 'Bát Tràng',
      active: true,
      products: 0,
      certifiedProducts: 0,
    });
    const teaGrower = (await registry('?q=tan cuong')).body.items[0] as RegistryItem;
    expect(teaGrower).toMatchObject({ products: 1, certifiedProducts: 1 });
  });

  it('searches with or without diacritics, in the name and the place', async () => {
    expect(await names('?q=bat%20trang')).toEqual(['HTX Gốm sứ Bát Tràng']);
    expect(await names(`?q=${encodeURIComponent('Bát Tràng')}`)).toEqual(['HTX Gốm sứ Bát Tràng']);
    expect(await names(`?q=${encodeURIComponent('gốm sứ')}`)).toEqual(['HTX Gốm sứ Bát Tràng']);
    expect(await names('?q=LUA%20van')).toEqual(['Công ty TNHH Lụa Vạn Phúc']);
    expect(await names('?q=ha%20dong')).toEqual(['Công ty TNHH Lụa Vạn Phúc']);
    expect(await names('?q=bat%20phuc')).toEqual([]);
  });

  it('filters by district, commune, craft village, kind and active', async () => {
    expect(await names(`?district=${encodeURIComponent('Gia Lâm')}`)).toEqual([
      'HTX Gốm sứ Bát Tràng',
    ]);
    expect(await names('?district=gia%20lam')).toEqual(['HTX Gốm sứ Bát Tràng']);
    expect(await names(`?commune=${encodeURIComponent('Vạn Phúc')}`)).toEqual([
      'Công ty TNHH Lụa Vạn Phúc',
    ]);
    expect(await names('?craftVillage=van%20phuc')).toEqual(['Công ty TNHH Lụa Vạn Phúc']);
    expect(await names('?kind=household-business')).toEqual(['Hộ kinh doanh Chè Tân Cương']);
    expect(await names('?active=false')).toEqual(['Trang trại Bưởi Diễn']);
    expect(await names('?active=true&province=ha%20noi')).toEqual([
      'Công ty TNHH Lụa Vạn Phúc',
      'HTX Gốm sứ Bát Tràng',
    ]);
    expect(await names('?district=Gia%20L%C3%A2m&kind=sme')).toEqual([]);
  });

  it('refuses bad filters and paging with 400 naming them', async () => {
    for (const [query, field] of [
      ['?kind=monastery', 'kind'],
      ['?active=maybe', 'active'],
      ['?limit=101', 'limit'],
      ['?sort=phone', 'sort'],
      ['?colour=red', 'colour'],
    ]) {
      const answer = await registry(query);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect((answer.body as { message: string[] }).message.join(' ')).toContain(field);
    }
  });

  it('lists the distributors, searched and filtered by kind', async () => {
    const all = expectStatus(
      await api('GET', `/distributors?q=${tag}`, { token: staff.token }),
      200,
    ) as ListAnswer<{ distributorId: string; name: string; kind: string }>;
    expect(all.total).toBe(2);
    expect(all.items.map((d) => d.name)).toEqual([
      tagged('Hệ thống siêu thị BRG Mart'),
      tagged('Sàn Bưu điện Postmart'),
    ]);
    const online = expectStatus(
      await api('GET', `/distributors?kind=e-commerce&q=${tag}`, { token: staff.token }),
      200,
    ) as ListAnswer<{ name: string }>;
    expect(online.items.map((d) => d.name)).toEqual([tagged('Sàn Bưu điện Postmart')]);
    const searched = expectStatus(
      await api('GET', `/distributors?q=sieu%20thi%20${tag}`, { token: admin }),
      200,
    );
    expect(searched.items).toEqual([
      expect.objectContaining({ distributorId: buyer.distributorId, kind: 'retail-chain' }),
    ]);
    expect((await api('GET', '/distributors?kind=bazaar', { token: staff.token })).status).toBe(
      400,
    );
  });

  it('keeps the registries to officers and admins: a producer or distributor gets 403', async () => {
    for (const token of [producers.ceramics.token, buyer.token]) {
      for (const path of ['/producers', '/distributors']) {
        const answer = await api('GET', path, { token });
        expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      }
    }
    // Each still reads its own record.
    const own = `/producers/${producers.ceramics.producerId}`;
    expect((await api('GET', own, { token: producers.ceramics.token })).status).toBe(200);
    expect((await api('GET', own, { token: producers.silk.token })).status).toBe(404);
  });

  it('shows a producer the open sourcing requests its certified products match, and only its own', async () => {
    const published = expectStatus(
      await api('POST', '/sourcing-requests', {
        token: buyer.token,
        body: {
          distributorId: buyer.distributorId,
          group: 'food',
          keywords: ['chè', 'Tân Cương'],
          minStars: 3,
          quantity: 200,
          unit: 'kg',
          targetPriceVnd: 450_000,
          deliveryProvince: 'Hà Nội',
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      }),
      201,
    );
    requestId = published.sourcingRequestId as string;
    const { producerId, token } = producers.tea;
    const path = `/producers/${producerId}/sourcing-requests`;
    const found = await waitFor(
      'the request to reach the tea grower',
      async () => {
        const page = expectStatus(await api('GET', path, { token }), 200);
        return (page.items as { requestId: string }[]).some((r) => r.requestId === requestId)
          ? page
          : false;
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    // Other suites' open tea requests may match the grower too: this run's is the one asked about.
    const mine = (found.items as { requestId: string; score: number }[]).find(
      (r) => r.requestId === requestId,
    )!;
    expect(mine).toMatchObject({
      requestId,
      distributorId: buyer.distributorId,
      distributorName: tagged('Hệ thống siêu thị BRG Mart'),
      group: 'food',
      quantity: 200,
      matches: [expect.objectContaining({ productName: tea.name })],
    });
    expect(mine.score).toBeGreaterThan(0);
    // The officer sees it too; the ceramics producer has none and cannot read the tea grower's.
    expect(expectStatus(await api('GET', path, { token: staff.token }), 200).items).toContainEqual(
      expect.objectContaining({ requestId }),
    );
    const ceramics = producers.ceramics;
    expect(
      expectStatus(
        await api('GET', `/producers/${ceramics.producerId}/sourcing-requests`, {
          token: ceramics.token,
        }),
        200,
      ).total,
    ).toBe(0);
    expect((await api('GET', path, { token: ceramics.token })).status).toBe(404);
    expect((await api('GET', path, { token: buyer.token })).status).toBe(403);

    // Closed, it is no longer one to answer.
    expectStatus(
      await api('POST', `/sourcing-requests/${requestId}/close`, { token: buyer.token }),
      200,
    );
    await waitFor(
      'the closed request to leave the list',
      async () =>
        !(
          expectStatus(await api('GET', path, { token }), 200).items as { requestId: string }[]
        ).some((r) => r.requestId === requestId),
      { timeoutMs: 30_000, intervalMs: 300 },
    );
  });

  describe('exports, streamed as XLSX and CSV', () => {
    let organiser: Actor;
    let fairId: string;

    it('exports the producer registry as CSV with a BOM, the same rows as the list', async () => {
      const list = expectStatus(await registry('?limit=100'), 200) as ListAnswer<
        RegistryItem & {
          registrationNumber: string;
          province: string;
          contact: { name: string; phone: string };
          registeredAt: string;
        }
      >;
      const file = await download(`/producers/export?format=csv&lang=en&q=${tag}`);
      const today = vietnamDay(new Date().toISOString()).split('/').reverse().join('-');
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="producer-registry-${today}.csv"`,
      );
      const [header, ...rows] = await csvRows(`/producers/export?format=csv&lang=en&q=${tag}`);
      expect(header).toEqual([
        'Legal name',
        'Kind',
        'Registration number',
        'Province',
        'District',
        'Commune',
        'Craft village',
        'Contact',
        'Phone',
        'Active',
        'Products',
        'Certified products',
        'Registered on',
      ]);
      expect(rows).toEqual(
        list.items.map((p) => [
          p.legalName,
          p.kind,
          p.registrationNumber,
          p.province,
          p.district,
          p.commune,
          p.craftVillage ?? '',
          p.contact.name,
          p.contact.phone,
          p.active ? 'Yes' : 'No',
          String(p.products),
          String(p.certifiedProducts),
          vietnamDay(p.registeredAt),
        ]),
      );
      // The list's filters apply; Vietnamese headers and words by default.
      const [viHeader, ...ceramics] = await csvRows(
        `/producers/export?format=csv&q=bat%20trang%20${tag}`,
      );
      expect(viHeader.slice(0, 3)).toEqual(['Tên chủ thể', 'Loại hình', 'Mã số đăng ký']);
      expect(ceramics).toHaveLength(1);
      expect(ceramics[0].slice(0, 2)).toEqual([tagged('HTX Gốm sứ Bát Tràng'), 'Hợp tác xã']);
      expect(ceramics[0][9]).toBe('Có');
    });

    it('exports the registry as a workbook with dates as dates', async () => {
      const file = await download(`/producers/export?district=gia%20lam&q=${tag}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(XLSX_TYPE);
      expect(file.headers.get('content-disposition')).toMatch(
        /^attachment; filename="danh-sach-chu-the-ocop-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      const sheets = await readWorkbook(file.bytes);
      const rows = sheets.get('Chủ thể OCOP')!;
      expect(rows[0][0]).toBe('Tên chủ thể');
      expect(rows).toHaveLength(2);
      const item = (await registry('?district=gia%20lam')).body.items[0] as RegistryItem & {
        registeredAt: string;
      };
      expect(rows[1].slice(0, 7)).toEqual([
        tagged('HTX Gốm sứ Bát Tràng'),
        'Hợp tác xã',
        expect.any(String),
        'Hà Nội',
        'Gia Lâm',
        'Bát Tràng',
        'Bát Tràng',
      ]);
      expect(dmy(rows[1][12] as Date)).toBe(vietnamDay(item.registeredAt));
    });

    it('exports the expiring certificates and the programme figures as the API shows them', async () => {
      const ceramics = producers.ceramics.producerId;
      const vase = expectStatus(
        await api('POST', `/producers/${ceramics}/products`, {
          token: staff.token,
          body: {
            ...tea,
            name: 'Bình gốm men lam Bát Tràng',
            group: 'handicraft',
            subgroup: 'ceramics',
            unit: 'chiếc',
          },
        }),
        201,
      );
      const today = new Date().toISOString().slice(0, 10);
      const expiresOn = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      expectStatus(
        await api(
          'PUT',
          `/producers/${ceramics}/products/${vase.productId as string}/certification`,
          {
            token: staff.token,
            body: {
              stars: 3,
              decisionNumber: 'QĐ-BT-40',
              level: 'province',
              issuedOn: today,
              expiresOn,
            },
          },
        ),
        200,
      );
      const expiring = await waitFor(
        'the certificate to show as expiring',
        async () => {
          const page = expectStatus(
            await api('GET', '/programme/expiring-certificates?limit=100', { token: staff.token }),
            200,
          ) as ListAnswer<{ decisionNumber: string }>;
          return page.items.some((c) => c.decisionNumber === 'QĐ-BT-40') ? page : false;
        },
        { timeoutMs: 30_000, intervalMs: 300 },
      );
      expect(expiring.total).toBeLessThanOrEqual(100);
      const [header, ...rows] = await csvRows(
        '/programme/expiring-certificates/export?format=csv&lang=en',
      );
      expect(header).toEqual([
        'Product',
        'Producer',
        'Group',
        'Stars',
        'Decision number',
        'Level',
        'Expires on',
        'Days to expiry',
      ]);
      expect(rows).toEqual(
        (
          expiring.items as {
            name: string;
            producerName: string;
            group: string;
            stars: number;
            decisionNumber: string;
            level: string;
            expiresOn: string;
            daysToExpiry: number;
          }[]
        ).map((c) => [
          c.name,
          c.producerName,
          c.group,
          String(c.stars),
          c.decisionNumber,
          c.level,
          day(c.expiresOn),
          String(c.daysToExpiry),
        ]),
      );
      const sheet = (
        await readWorkbook((await download('/programme/expiring-certificates/export')).bytes)
      ).get('Chứng nhận sắp hết hạn')!;
      const vaseRow = sheet.find((row) => row[4] === 'QĐ-BT-40')!;
      expect(vaseRow.slice(0, 6)).toEqual([
        'Bình gốm men lam Bát Tràng',
        tagged('HTX Gốm sứ Bát Tràng'),
        'Thủ công mỹ nghệ',
        3,
        'QĐ-BT-40',
        'Cấp tỉnh',
      ]);
      expect(dmy(vaseRow[6] as Date)).toBe(day(expiresOn));

      const figures = expectStatus(
        await api('GET', '/programme/figures', { token: staff.token }),
        200,
      ) as Record<string, Record<string, number | Record<string, number>>> & {
        expiringWithin90Days: number;
      };
      const [figureHeader, ...figureRows] = await csvRows(
        '/programme/figures/export?format=csv&lang=en',
      );
      expect(figureHeader).toEqual(['Figure code', 'Figure', 'Breakdown', 'Value']);
      const valueAt = (code: string, key: string) => {
        const value = code
          .split('.')
          .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], figures);
        return key === '' ? value : (value as Record<string, number>)[key];
      };
      for (const [code, , key, value] of figureRows) {
        expect({ code, key, value: Number(value) }).toEqual({
          code,
          key,
          value: valueAt(code, key),
        });
      }
      const breakdowns = (
        [
          ['certifiedProducts', 'byStars'],
          ['certifiedProducts', 'byGroup'],
          ['certifiedProducts', 'byDistrict'],
          ['certifiedProducts', 'byProducerKind'],
          ['mousSigned', 'byMonth'],
          ['mousSigned', 'byFair'],
        ] as const
      ).reduce((n, [a, b]) => n + Object.keys(figures[a][b] as object).length, 0);
      expect(figureRows).toHaveLength(breakdowns + 7);
      expect(figureRows).toContainEqual([
        'certifiedProducts.byStars',
        'Certified products by stars',
        '3',
        String((figures.certifiedProducts.byStars as Record<string, number>)['3']),
      ]);
      expect(figures.expiringWithin90Days).toBeGreaterThanOrEqual(1);
    });

    it("exports a fair's bookings, meetings, MOUs and orders, matching the board", async () => {
      organiser = await officer(system, admin);
      fairId = await openFair(system, organiser);
      const grower = producers.tea;
      const booked = await eventually(
        'the booking to be accepted',
        () =>
          api('POST', `/fairs/${fairId}/bookings`, {
            token: grower.token,
            body: {
              producerId: grower.producerId,
              boothType: 'standard-3x3',
              productIds: [teaProductId],
            },
          }),
        201,
      );
      expectStatus(
        await api('POST', `/fairs/${fairId}/bookings/${booked.bookingId as string}/approve`, {
          token: organiser.token,
        }),
        200,
      );
      expectStatus(
        await api('POST', `/fairs/${fairId}/attendees`, {
          token: buyer.token,
          body: { distributorId: buyer.distributorId },
        }),
        201,
      );
      await eventually(
        'the meeting request to be accepted',
        () =>
          api('POST', `/fairs/${fairId}/meetings`, {
            token: buyer.token,
            body: {
              producerId: grower.producerId,
              distributorId: buyer.distributorId,
              requestedBy: 'distributor',
              slots: [0, 1],
            },
          }),
        201,
      );
      const drafted = expectStatus(
        await api('POST', '/mous', {
          token: buyer.token,
          body: mouDraft(
            buyer.distributorId,
            { producerId: grower.producerId, productId: teaProductId },
            fairId,
          ),
        }),
        201,
      );
      const mou = `/mous/${drafted.mouId as string}`;
      expectStatus(await api('POST', `${mou}/propose`, { token: buyer.token }), 200);
      expectStatus(
        await api('POST', `${mou}/sign`, {
          token: grower.token,
          body: signer('producer', grower.producerId),
        }),
        200,
      );
      expectStatus(
        await api('POST', `${mou}/sign`, {
          token: buyer.token,
          body: signer('distributor', buyer.distributorId),
        }),
        200,
      );
      const placed = await api('POST', '/orders', {
        token: buyer.token,
        body: {
          distributorId: buyer.distributorId,
          producerId: grower.producerId,
          mouId: drafted.mouId as string,
          lines: [{ productId: teaProductId, quantity: 40, unitPriceVnd: 400_000 }],
        },
      });
      expect(placed.status).toBe(202);

      const board = await waitFor(
        'the board to count the booking, meeting, MOU and order',
        async () => {
          const answer = expectStatus(
            await api('GET', `/fairs/${fairId}/board`, { token: organiser.token }),
            200,
          );
          return answer.bookings.approved === 1 &&
            answer.meetings.requested === 1 &&
            answer.mous.signed === 1 &&
            answer.orders.count === 1
            ? answer
            : false;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      const file = await download(`/fairs/${fairId}/board/export?lang=en`, organiser.token);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(
        /^attachment; filename="fair-board-tuan-hang-ocop-ha-noi-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      const sheets = await readWorkbook(file.bytes);
      expect([...sheets.keys()]).toEqual(['Bookings', 'Meetings', 'MOUs', 'Orders']);
      const bookings = sheets.get('Bookings')!;
      expect(bookings).toHaveLength(2);
      expect(bookings[1].slice(0, 6)).toEqual([
        booked.bookingId,
        tagged('Hộ kinh doanh Chè Tân Cương'),
        'Gian tiêu chuẩn 3x3',
        booked.boothNumber,
        'approved',
        4_500_000,
      ]);
      expect(sheets.get('Meetings')!.slice(1)).toEqual([
        expect.arrayContaining([
          tagged('Hộ kinh doanh Chè Tân Cương'),
          tagged('Hệ thống siêu thị BRG Mart'),
        ]),
      ]);
      const mous = sheets.get('MOUs')!.slice(1);
      expect(mous.map((row) => [row[0], row[4], row[6]])).toEqual(
        (board.mous.items as { mouId: string; status: string; overallPercent: number }[]).map(
          (m) => [m.mouId, m.status, m.overallPercent],
        ),
      );
      const orders = sheets.get('Orders')!.slice(1);
      expect(orders).toHaveLength(board.orders.count as number);
      expect(orders[0][5]).toBe(board.orders.totalVnd);
      expect(orders[0][5]).toBe(16_000_000);

      // One table per CSV, money in đồng.
      const [header, ...csvOrders] = await csvRows(
        `/fairs/${fairId}/board/export?format=csv&section=orders`,
        organiser.token,
      );
      expect(header).toEqual([
        'Mã đơn hàng',
        'Mã biên bản',
        'Chủ thể OCOP',
        'Nhà phân phối',
        'Trạng thái',
        'Giá trị',
        'Thời điểm đặt',
      ]);
      expect(csvOrders).toHaveLength(1);
      expect(csvOrders[0][5]).toBe('16.000.000 ₫');
      expect(csvOrders[0][6]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    });

    it('keeps exports to those who may see the data, and refuses a bad format with 400', async () => {
      const other = await officer(system, admin);
      const board = `/fairs/${fairId}/board/export`;
      expect((await download(board, other.token)).status).toBe(404);
      expect((await download(board, producers.tea.token)).status).toBe(403);
      expect((await download(board, admin)).status).toBe(200);
      for (const path of [
        '/producers/export',
        '/programme/figures/export',
        '/programme/expiring-certificates/export',
      ]) {
        expect({ path, status: (await download(path, producers.tea.token)).status }).toEqual({
          path,
          status: 403,
        });
        expect({ path, status: (await download(path, buyer.token)).status }).toEqual({
          path,
          status: 403,
        });
      }
      for (const [path, token] of [
        ['/producers/export?format=pdf', staff.token],
        ['/programme/figures/export?format=docx', staff.token],
        ['/programme/expiring-certificates/export?format=', staff.token],
        [`${board}?format=xml`, organiser.token],
        [`${board}?section=meals`, organiser.token],
        ['/producers/export?lang=fr', staff.token],
        ['/producers/export?page=2', staff.token],
      ]) {
        const answer = await api('GET', path, { token });
        expect({ path, status: answer.status }).toEqual({ path, status: 400 });
        expect(answer.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      }
      const wrong = await api('GET', '/producers/export?format=pdf', { token: staff.token });
      expect((wrong.body as { message: string[] }).message.join(' ')).toContain('format');
    });
  });
});
