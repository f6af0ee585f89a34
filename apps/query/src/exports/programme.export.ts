import type { ProgrammeViews } from '../views/programme.views';
import type { ExportLanguage } from '@ocop/contracts';
import { table } from './export-table';
import { label } from './labels';

type Figures = Awaited<ReturnType<ProgrammeViews['figures']>>;
type Expiring = Awaited<ReturnType<ProgrammeViews['expiringCertificates']>>['items'][number];

export interface FigureRow {
  /** The figure's code, e.g. `certifiedProducts.byStars` (the path in the API's JSON). */
  figure: string;
  name: string;
  /** The breakdown's key (a star rating, a group, a district, a month, a fair...), if any. */
  key: string | null;
  value: number;
}

const FIGURE_NAMES: Record<string, Record<ExportLanguage, string>> = {
  'certifiedProducts.total': {
    vi: 'Sản phẩm có chứng nhận còn hiệu lực',
    en: 'Certified products',
  },
  'certifiedProducts.byStars': { vi: 'Sản phẩm theo hạng sao', en: 'Certified products by stars' },
  'certifiedProducts.byGroup': { vi: 'Sản phẩm theo nhóm', en: 'Certified products by group' },
  'certifiedProducts.byDistrict': {
    vi: 'Sản phẩm theo quận/huyện',
    en: 'Certified products by district',
  },
  'certifiedProducts.byProducerKind': {
    vi: 'Sản phẩm theo loại hình chủ thể',
    en: 'Certified products by producer kind',
  },
  expiringWithin90Days: {
    vi: 'Chứng nhận hết hạn trong 90 ngày',
    en: 'Certificates expiring within 90 days',
  },
  'mousSigned.total': { vi: 'Biên bản ghi nhớ đã ký', en: 'MOUs signed' },
  'mousSigned.byMonth': { vi: 'Biên bản ghi nhớ đã ký theo tháng', en: 'MOUs signed by month' },
  'mousSigned.byFair': { vi: 'Biên bản ghi nhớ đã ký theo hội chợ', en: 'MOUs signed by fair' },
  'modernChannel.producers': { vi: 'Chủ thể đang hoạt động', en: 'Active producers' },
  'modernChannel.withModernChannelMouOrOrder': {
    vi: 'Chủ thể có kênh phân phối hiện đại',
    en: 'Producers in modern channels',
  },
  'modernChannel.share': {
    vi: 'Tỷ lệ chủ thể có kênh phân phối hiện đại',
    en: 'Modern-channel share',
  },
  'modernChannel.target': {
    vi: 'Mục tiêu tỷ lệ kênh phân phối hiện đại',
    en: 'Modern-channel target',
  },
};

/**
 * The programme's figures as rows of (figure, breakdown key, value), in the order of the API's
 * JSON; a fair is named by its name where the read model has it.
 */
export function figureRows(
  figures: Figures,
  fairNames: Map<string, string>,
  lang: ExportLanguage,
): FigureRow[] {
  const rows: FigureRow[] = [];
  const add = (figure: string, value: number, key: string | null = null) =>
    rows.push({ figure, name: FIGURE_NAMES[figure][lang], key, value });
  const breakdown = (figure: string, counts: Record<string, number>, name = (k: string) => k) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .forEach(([key, value]) => add(figure, value, name(key)));
  const kind = (k: string) => label(k, lang) ?? k;
  const { certifiedProducts, mousSigned, modernChannel } = figures;
  add('certifiedProducts.total', certifiedProducts.total);
  breakdown('certifiedProducts.byStars', certifiedProducts.byStars);
  breakdown('certifiedProducts.byGroup', certifiedProducts.byGroup, kind);
  breakdown('certifiedProducts.byDistrict', certifiedProducts.byDistrict);
  breakdown('certifiedProducts.byProducerKind', certifiedProducts.byProducerKind, kind);
  add('expiringWithin90Days', figures.expiringWithin90Days);
  add('mousSigned.total', mousSigned.total);
  breakdown('mousSigned.byMonth', mousSigned.byMonth);
  breakdown('mousSigned.byFair', mousSigned.byFair, (id) => fairNames.get(id) ?? id);
  add('modernChannel.producers', modernChannel.producers);
  add('modernChannel.withModernChannelMouOrOrder', modernChannel.withModernChannelMouOrOrder);
  add('modernChannel.share', modernChannel.share);
  add('modernChannel.target', modernChannel.target);
  return rows;
}

export const figuresTable = (rows: FigureRow[]) =>
  table<FigureRow>({
    name: { vi: 'Số liệu chương trình OCOP', en: 'Programme figures' },
    rows,
    columns: [
      {
        header: { vi: 'Mã chỉ tiêu', en: 'Figure code' },
        type: 'text',
        width: 40,
        value: (r) => r.figure,
      },
      { header: { vi: 'Chỉ tiêu', en: 'Figure' }, type: 'text', width: 44, value: (r) => r.name },
      {
        header: { vi: 'Phân loại', en: 'Breakdown' },
        type: 'text',
        width: 30,
        value: (r) => r.key,
      },
      { header: { vi: 'Giá trị', en: 'Value' }, type: 'number', value: (r) => r.value },
    ],
  });

export const expiringCertificatesTable = (rows: Iterable<Expiring>, lang: ExportLanguage) =>
  table<Expiring>({
    name: { vi: 'Chứng nhận sắp hết hạn', en: 'Expiring certificates' },
    rows,
    columns: [
      { header: { vi: 'Sản phẩm', en: 'Product' }, type: 'text', width: 40, value: (c) => c.name },
      {
        header: { vi: 'Chủ thể OCOP', en: 'Producer' },
        type: 'text',
        width: 36,
        value: (c) => c.producerName,
      },
      {
        header: { vi: 'Nhóm sản phẩm', en: 'Group' },
        type: 'text',
        width: 20,
        value: (c) => label(c.group, lang),
      },
      { header: { vi: 'Hạng sao', en: 'Stars' }, type: 'number', value: (c) => c.stars },
      {
        header: { vi: 'Số quyết định', en: 'Decision number' },
        type: 'text',
        width: 20,
        value: (c) => c.decisionNumber,
      },
      {
        header: { vi: 'Cấp công nhận', en: 'Level' },
        type: 'text',
        width: 16,
        value: (c) => label(c.level, lang),
      },
      { header: { vi: 'Ngày hết hạn', en: 'Expires on' }, type: 'day', value: (c) => c.expiresOn },
      {
        header: { vi: 'Số ngày còn lại', en: 'Days to expiry' },
        type: 'number',
        value: (c) => c.daysToExpiry,
      },
    ],
  });
