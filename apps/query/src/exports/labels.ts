import type { ExportLanguage } from '@ocop/contracts';

/*
 * Vietnamese words for the codes the exports show (kinds, groups, statuses). The English export
 * keeps the API's codes, so a sheet can be matched against the API's JSON.
 */
const VI: Record<string, string> = {
  // producer kinds
  cooperative: 'Hợp tác xã',
  'cooperative-group': 'Tổ hợp tác',
  sme: 'Doanh nghiệp nhỏ và vừa',
  farm: 'Trang trại',
  'household-business': 'Hộ kinh doanh',
  // distributor kinds
  'retail-chain': 'Chuỗi bán lẻ',
  'e-commerce': 'Sàn thương mại điện tử',
  'ocop-showroom': 'Điểm giới thiệu sản phẩm OCOP',
  wholesaler: 'Nhà bán buôn',
  // product groups
  food: 'Thực phẩm',
  beverage: 'Đồ uống',
  herbal: 'Thảo dược',
  handicraft: 'Thủ công mỹ nghệ',
  ornamental: 'Sinh vật cảnh',
  tourism: 'Dịch vụ du lịch cộng đồng',
  // certification levels
  province: 'Cấp tỉnh',
  national: 'Cấp quốc gia',
  // booking statuses
  requested: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Bị từ chối',
  cancelled: 'Đã huỷ',
  'checked-in': 'Đã nhận gian',
  // meeting statuses
  scheduled: 'Đã xếp lịch',
  declined: 'Bị từ chối',
  held: 'Đã gặp',
  missed: 'Vắng mặt',
  // MOU statuses
  drafted: 'Bản nháp',
  proposed: 'Chờ ký',
  active: 'Đang hiệu lực',
  fulfilled: 'Đã hoàn thành',
  expired: 'Hết hạn',
  terminated: 'Đã chấm dứt',
  // order statuses
  placed: 'Đã đặt',
  confirmed: 'Đã xác nhận',
  shipped: 'Đang giao',
  delivered: 'Đã giao',
  // parties
  producer: 'Chủ thể OCOP',
  distributor: 'Nhà phân phối',
};

/** A code in the export's language: Vietnamese words, or the code itself in English. */
export function label(code: string | null | undefined, lang: ExportLanguage): string | null {
  if (code === null || code === undefined) return null;
  return lang === 'vi' ? (VI[code] ?? code) : code;
}
