import { foldVietnamese } from '@ocop/common/text/vietnamese';

/*
 * Vietnam's six socio-economic regions and their provinces (the 63 before the 2025 merger; the 34
 * merged provinces kept one of the old names, so they are found here too). Names are compared
 * folded, so "Bắc Ninh", "Bac Ninh" and "tỉnh Bắc Ninh" meet.
 */
const REGIONS: Record<string, string[]> = {
  'northern-midlands-and-mountains': [
    'Hà Giang',
    'Cao Bằng',
    'Bắc Kạn',
    'Tuyên Quang',
    'Lào Cai',
    'Yên Bái',
    'Thái Nguyên',
    'Lạng Sơn',
    'Bắc Giang',
    'Phú Thọ',
    'Điện Biên',
    'Lai Châu',
    'Sơn La',
    'Hòa Bình',
  ],
  'red-river-delta': [
    'Hà Nội',
    'Vĩnh Phúc',
    'Bắc Ninh',
    'Quảng Ninh',
    'Hải Dương',
    'Hải Phòng',
    'Hưng Yên',
    'Thái Bình',
    'Hà Nam',
    'Nam Định',
    'Ninh Bình',
  ],
  'north-central-and-central-coast': [
    'Thanh Hóa',
    'Nghệ An',
    'Hà Tĩnh',
    'Quảng Bình',
    'Quảng Trị',
    'Thừa Thiên Huế',
    'Huế',
    'Đà Nẵng',
    'Quảng Nam',
    'Quảng Ngãi',
    'Bình Định',
    'Phú Yên',
    'Khánh Hòa',
    'Ninh Thuận',
    'Bình Thuận',
  ],
  'central-highlands': ['Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng'],
  southeast: [
    'Bình Phước',
    'Tây Ninh',
    'Bình Dương',
    'Đồng Nai',
    'Bà Rịa - Vũng Tàu',
    'Hồ Chí Minh',
  ],
  'mekong-delta': [
    'Long An',
    'Tiền Giang',
    'Bến Tre',
    'Trà Vinh',
    'Vĩnh Long',
    'Đồng Tháp',
    'An Giang',
    'Kiên Giang',
    'Cần Thơ',
    'Hậu Giang',
    'Sóc Trăng',
    'Bạc Liêu',
    'Cà Mau',
  ],
};

/** Prefixes people write before a place name that do not change which place it is. */
const PLACE_PREFIXES = /^(tinh|thanh pho|tp|quan|huyen|thi xa|tx)\s+/;

/** A place name as compared: folded, words joined by single spaces, without "tỉnh"/"TP" etc. */
export function placeKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(PLACE_PREFIXES, '');
}

const REGION_OF = new Map<string, string>(
  Object.entries(REGIONS).flatMap(([region, provinces]) =>
    provinces.map((province) => [placeKey(province), region] as const),
  ),
);
REGION_OF.set('sai gon', 'southeast');

/** The province's region, or undefined for a name not in the table. */
export function regionOf(province: string): string | undefined {
  return REGION_OF.get(placeKey(province));
}
