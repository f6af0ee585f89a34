import type { ProductGroup } from '@ocop/events';

/** The public page's languages: Vietnamese by default, English on ?lang=en. */
export type PageLanguage = 'vi' | 'en';

export function pageLanguage(lang: unknown): PageLanguage {
  return lang === 'en' ? 'en' : 'vi';
}

/** What a certificate is on the day the page is seen (see the query service's byQrCode). */
export type CertificateBadge = 'valid' | 'expired' | 'revoked' | 'not-yet-valid' | 'none';

export interface PageText {
  siteName: string;
  pageTitle: string;
  otherLanguage: { lang: PageLanguage; label: string };
  languageNav: string;
  photoAlt: (name: string) => string;
  stars: (stars: number) => string;
  formerStars: (stars: number) => string;
  group: string;
  groups: Record<ProductGroup, string>;
  certificate: string;
  badges: Record<CertificateBadge, string>;
  decisionNumber: string;
  level: string;
  levels: Record<string, string>;
  issuedOn: string;
  expiresOn: string;
  producer: string;
  producerName: string;
  commune: string;
  district: string;
  province: string;
  craftVillage: string;
  code: string;
  notFoundTitle: string;
  notFound: (code: string | undefined) => string;
  unavailableTitle: string;
  unavailable: string;
}

export const PAGE_TEXT: Record<PageLanguage, PageText> = {
  vi: {
    siteName: 'Sản phẩm OCOP',
    pageTitle: 'Sản phẩm OCOP',
    otherLanguage: { lang: 'en', label: 'English' },
    languageNav: 'Ngôn ngữ',
    photoAlt: (name) => `Ảnh sản phẩm ${name}`,
    stars: (stars) => `${stars} sao OCOP`,
    formerStars: (stars) => `Trước đây được xếp ${stars} sao (chứng nhận không còn hiệu lực)`,
    group: 'Nhóm sản phẩm',
    groups: {
      food: 'Thực phẩm',
      beverage: 'Đồ uống',
      herbal: 'Thảo dược',
      handicraft: 'Thủ công mỹ nghệ',
      ornamental: 'Sinh vật cảnh',
      tourism: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái',
    },
    certificate: 'Giấy chứng nhận OCOP',
    badges: {
      valid: 'Còn hiệu lực',
      expired: 'Đã hết hiệu lực',
      revoked: 'Đã bị thu hồi',
      'not-yet-valid': 'Chưa có hiệu lực',
      none: 'Chưa được chứng nhận OCOP',
    },
    decisionNumber: 'Số quyết định',
    level: 'Cấp đánh giá',
    levels: { province: 'Cấp tỉnh', national: 'Cấp quốc gia' },
    issuedOn: 'Ngày cấp',
    expiresOn: 'Ngày hết hạn',
    producer: 'Chủ thể sản xuất',
    producerName: 'Tên',
    commune: 'Xã/phường',
    district: 'Quận/huyện',
    province: 'Tỉnh/thành phố',
    craftVillage: 'Làng nghề',
    code: 'Mã truy xuất',
    notFoundTitle: 'Không tìm thấy sản phẩm',
    notFound: (code) =>
      code
        ? `Không có sản phẩm OCOP nào mang mã ${code}. Vui lòng kiểm tra lại mã QR trên nhãn.`
        : 'Mã QR này không phải mã sản phẩm OCOP. Vui lòng kiểm tra lại mã trên nhãn.',
    unavailableTitle: 'Tạm thời chưa xem được',
    unavailable: 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.',
  },
  en: {
    siteName: 'OCOP product',
    pageTitle: 'OCOP product',
    otherLanguage: { lang: 'vi', label: 'Tiếng Việt' },
    languageNav: 'Language',
    photoAlt: (name) => `Photo of ${name}`,
    stars: (stars) => `${stars}-star OCOP`,
    formerStars: (stars) => `Formerly rated ${stars} stars (certificate no longer valid)`,
    group: 'Product group',
    groups: {
      food: 'Food',
      beverage: 'Beverages',
      herbal: 'Herbal and medicinal products',
      handicraft: 'Handicrafts',
      ornamental: 'Ornamental plants and animals',
      tourism: 'Community and eco-tourism services',
    },
    certificate: 'OCOP certificate',
    badges: {
      valid: 'Valid',
      expired: 'Expired',
      revoked: 'Revoked',
      'not-yet-valid': 'Not yet in force',
      none: 'Not OCOP certified',
    },
    decisionNumber: 'Decision number',
    level: 'Level',
    levels: { province: 'Provincial', national: 'National' },
    issuedOn: 'Issued on',
    expiresOn: 'Expires on',
    producer: 'Producer',
    producerName: 'Name',
    commune: 'Commune',
    district: 'District',
    province: 'Province',
    craftVillage: 'Craft village',
    code: 'Traceability code',
    notFoundTitle: 'Product not found',
    notFound: (code) =>
      code
        ? `No OCOP product carries the code ${code}. Please check the QR code on the label.`
        : 'This QR code is not an OCOP product code. Please check the code on the label.',
    unavailableTitle: 'Not available right now',
    unavailable: 'The system is busy. Please try again in a few minutes.',
  },
};
