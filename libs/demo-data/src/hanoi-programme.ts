import type { DistributorKind, ProducerKind, ProductGroup } from '@ocop/events';

/*
 * Hà Nội's OCOP programme as its 2021 reporting describes it (../shared/DESIGN.md, "Domain facts"):
 * the counts the generator reproduces exactly at scale 1, and the places, crafts and buyers its
 * names come from.
 */

export const HANOI_2021 = {
  products: 1_054,
  stars: { 5: 17, 4: 731, 3: 306 },
  /** The reporting's categories; textiles and souvenirs / furniture / decoration are handicrafts. */
  categories: { food: 691, beverage: 30, herbal: 7, textile: 27, decoration: 299 },
  producers: { sme: 72, cooperative: 82, 'household-business': 101 } as Record<
    'sme' | 'cooperative' | 'household-business',
    number
  >,
} as const;

export type Category = keyof typeof HANOI_2021.categories;

export const CATEGORY_GROUP: Record<Category, ProductGroup> = {
  food: 'food',
  beverage: 'beverage',
  herbal: 'herbal',
  textile: 'handicraft',
  decoration: 'handicraft',
};

/** Hà Nội's 30 districts: 12 urban districts, the town of Sơn Tây and 17 rural districts. */
export const HANOI_DISTRICTS = [
  'Ba Đình',
  'Hoàn Kiếm',
  'Tây Hồ',
  'Long Biên',
  'Cầu Giấy',
  'Đống Đa',
  'Hai Bà Trưng',
  'Hoàng Mai',
  'Thanh Xuân',
  'Nam Từ Liêm',
  'Bắc Từ Liêm',
  'Hà Đông',
  'Sơn Tây',
  'Ba Vì',
  'Phúc Thọ',
  'Đan Phượng',
  'Hoài Đức',
  'Quốc Oai',
  'Thạch Thất',
  'Chương Mỹ',
  'Thanh Oai',
  'Thường Tín',
  'Phú Xuyên',
  'Ứng Hòa',
  'Mỹ Đức',
  'Mê Linh',
  'Sóc Sơn',
  'Đông Anh',
  'Gia Lâm',
  'Thanh Trì',
] as const;

/** Rural districts, where most food producers farm. */
export const RURAL_DISTRICTS = HANOI_DISTRICTS.slice(13);

export interface CraftVillage {
  name: string;
  district: string;
  commune: string;
  category: 'textile' | 'decoration' | 'food';
  /** The village's products, as their makers name them. */
  products: string[];
}

/** Well-known craft villages and what they make. */
export const CRAFT_VILLAGES: CraftVillage[] = [
  {
    name: 'Bát Tràng',
    district: 'Gia Lâm',
    commune: 'Bát Tràng',
    category: 'decoration',
    products: [
      'Bình gốm men lam Bát Tràng',
      'Bộ ấm chén gốm sứ Bát Tràng',
      'Lọ hoa gốm men rạn Bát Tràng',
      'Đĩa sứ vẽ tay Bát Tràng',
    ],
  },
  {
    name: 'Vạn Phúc',
    district: 'Hà Đông',
    commune: 'Vạn Phúc',
    category: 'textile',
    products: [
      'Khăn lụa tơ tằm Vạn Phúc',
      'Lụa tơ tằm Vạn Phúc',
      'Áo dài lụa Vạn Phúc',
      'Khăn choàng gấm Vạn Phúc',
    ],
  },
  {
    name: 'Ngũ Xã',
    district: 'Ba Đình',
    commune: 'Trúc Bạch',
    category: 'decoration',
    products: ['Tượng đồng Ngũ Xã', 'Lư hương đồng Ngũ Xã', 'Tranh đồng Ngũ Xã'],
  },
  {
    name: 'Hạ Thái',
    district: 'Thường Tín',
    commune: 'Duyên Thái',
    category: 'decoration',
    products: ['Tranh sơn mài Hạ Thái', 'Hộp sơn mài Hạ Thái', 'Bình sơn mài Hạ Thái'],
  },
  {
    name: 'Sơn Hà',
    district: 'Phú Xuyên',
    commune: 'Sơn Hà',
    category: 'decoration',
    products: ['Đồ gỗ mỹ nghệ Sơn Hà', 'Tủ gỗ chạm khắc Sơn Hà', 'Tượng gỗ Sơn Hà'],
  },
  {
    name: 'Chuyên Mỹ',
    district: 'Phú Xuyên',
    commune: 'Chuyên Mỹ',
    category: 'decoration',
    products: ['Tranh khảm trai Chuyên Mỹ', 'Hộp khảm trai Chuyên Mỹ'],
  },
  {
    name: 'Phú Vinh',
    district: 'Chương Mỹ',
    commune: 'Phú Nghĩa',
    category: 'decoration',
    products: ['Giỏ mây tre đan Phú Vinh', 'Đèn mây tre Phú Vinh', 'Khay mây Phú Vinh'],
  },
  {
    name: 'Nhị Khê',
    district: 'Thường Tín',
    commune: 'Nhị Khê',
    category: 'decoration',
    products: ['Đồ tiện gỗ Nhị Khê', 'Hộp gỗ tiện Nhị Khê'],
  },
  {
    name: 'Chàng Sơn',
    district: 'Thạch Thất',
    commune: 'Chàng Sơn',
    category: 'decoration',
    products: ['Quạt giấy Chàng Sơn', 'Đồ mộc Chàng Sơn'],
  },
  {
    name: 'Quảng Phú Cầu',
    district: 'Ứng Hòa',
    commune: 'Quảng Phú Cầu',
    category: 'decoration',
    products: ['Hương trầm Quảng Phú Cầu', 'Tăm hương Quảng Phú Cầu'],
  },
  {
    name: 'Vân Từ',
    district: 'Phú Xuyên',
    commune: 'Vân Từ',
    category: 'textile',
    products: ['Áo dài may đo Vân Từ', 'Áo sơ mi thêu tay Vân Từ'],
  },
  {
    name: 'Quất Động',
    district: 'Thường Tín',
    commune: 'Quất Động',
    category: 'textile',
    products: ['Tranh thêu tay Quất Động', 'Khăn thêu Quất Động'],
  },
  {
    name: 'Đường Lâm',
    district: 'Sơn Tây',
    commune: 'Đường Lâm',
    category: 'food',
    products: ['Tương nếp Đường Lâm', 'Kẹo lạc Đường Lâm', 'Chè lam Đường Lâm'],
  },
  {
    name: 'Cự Đà',
    district: 'Thanh Oai',
    commune: 'Cự Khê',
    category: 'food',
    products: ['Miến dong Cự Đà', 'Tương Cự Đà'],
  },
  {
    name: 'Tân Hòa',
    district: 'Quốc Oai',
    commune: 'Tân Hòa',
    category: 'food',
    products: ['Bánh tráng Tân Hòa', 'Bún khô Tân Hòa'],
  },
  {
    name: 'Ước Lễ',
    district: 'Thanh Oai',
    commune: 'Tân Ước',
    category: 'food',
    products: ['Giò chả Ước Lễ', 'Nem chua Ước Lễ'],
  },
];

/** Product names by category for producers outside the villages above, and where they grow. */
export const PRODUCTS_BY_CATEGORY: Record<Exclude<Category, 'textile' | 'decoration'>, string[]> = {
  food: [
    'Gạo nếp cái hoa vàng',
    'Mật ong hoa nhãn',
    'Chè búp sấy khô',
    'Bưởi Diễn',
    'Cam Canh',
    'Nhãn chín sớm',
    'Sữa chua nếp cẩm',
    'Nem Phùng',
    'Bánh cuốn Thanh Trì',
    'Ruốc nấm hương',
    'Trứng gà ác',
    'Cá thính',
    'Rau an toàn',
    'Nấm sò tươi',
    'Chả cá Lã Vọng',
    'Ổi Đông Dư',
    'Khoai lang mật',
    'Tinh bột nghệ',
    'Dưa lưới',
    'Thịt lợn sạch',
  ],
  beverage: ['Rượu làng Vân', 'Trà hoa sen Tây Hồ', 'Nước ép cam Canh', 'Rượu nếp cái hoa vàng'],
  herbal: ['Cao dược liệu Ba Vì', 'Trà hoa vàng', 'Xà phòng dược liệu Dao đỏ', 'Tinh dầu sả chanh'],
};

export const DEMO_DISTRIBUTORS: Array<{ name: string; kind: DistributorKind; channels: string[] }> =
  [
    { name: 'AEON Việt Nam', kind: 'retail-chain', channels: ['supermarket'] },
    {
      name: 'Central Retail Việt Nam',
      kind: 'retail-chain',
      channels: ['supermarket', 'hypermarket'],
    },
    { name: 'WinMart', kind: 'retail-chain', channels: ['supermarket', 'convenience-store'] },
    { name: 'Hapro', kind: 'retail-chain', channels: ['supermarket', 'wholesale'] },
    { name: 'Postmart', kind: 'e-commerce', channels: ['e-commerce'] },
    { name: 'Voso', kind: 'e-commerce', channels: ['e-commerce'] },
    { name: 'Tiki', kind: 'e-commerce', channels: ['e-commerce'] },
    { name: 'Lazada Việt Nam', kind: 'e-commerce', channels: ['e-commerce'] },
    { name: 'Shopee Việt Nam', kind: 'e-commerce', channels: ['e-commerce'] },
    {
      name: 'Trung tâm giới thiệu sản phẩm OCOP Hà Nội',
      kind: 'ocop-showroom',
      channels: ['showroom'],
    },
  ];

export const PRODUCER_KIND_NAME: Record<'sme' | 'cooperative' | 'household-business', string> = {
  sme: 'Công ty TNHH',
  cooperative: 'HTX',
  'household-business': 'Hộ kinh doanh',
};

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đỗ',
  'Bùi',
  'Đặng',
  'Ngô',
];
export const GIVEN_NAMES = [
  'Văn An',
  'Thị Bình',
  'Văn Cường',
  'Thị Dung',
  'Minh Đức',
  'Thị Hà',
  'Quang Huy',
  'Thu Lan',
  'Đức Minh',
  'Thị Nga',
  'Văn Phúc',
  'Thanh Tâm',
];

/** Hà Nội's trade promotion events of a year (four in 2020). */
export const DEMO_FAIRS = [
  {
    name: 'Tuần hàng OCOP Hà Nội',
    kind: 'ocop-product-week',
    venue: 'Cung Văn hoá Hữu nghị Việt Xô',
  },
  {
    name: 'Hội chợ sản phẩm OCOP và làng nghề Hà Nội',
    kind: 'trade-fair',
    venue: 'Trung tâm Triển lãm Giảng Võ',
  },
  {
    name: 'Festival nông sản, sản phẩm OCOP Hà Nội',
    kind: 'trade-fair',
    venue: 'Công viên Thống Nhất',
  },
  {
    name: 'Triển lãm quà tặng du lịch làng nghề Hà Nội',
    kind: 'exhibition',
    venue: 'Hoàng thành Thăng Long',
  },
] as const;

export type DemoProducerKind = Extract<ProducerKind, 'sme' | 'cooperative' | 'household-business'>;
