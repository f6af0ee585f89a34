import type { ProducerRegistryItem } from '../views/registry.views';
import type { ExportLanguage } from '@ocop/contracts';
import { table } from './export-table';
import { label } from './labels';

/** The producer registry as one table, columns as the list's fields. */
export const producerRegistryTable = (rows: ProducerRegistryItem[], lang: ExportLanguage) =>
  table<ProducerRegistryItem>({
    name: { vi: 'Chủ thể OCOP', en: 'Producers' },
    rows,
    columns: [
      {
        header: { vi: 'Tên chủ thể', en: 'Legal name' },
        type: 'text',
        width: 40,
        value: (p) => p.legalName,
      },
      {
        header: { vi: 'Loại hình', en: 'Kind' },
        type: 'text',
        width: 22,
        value: (p) => label(p.kind, lang),
      },
      {
        header: { vi: 'Mã số đăng ký', en: 'Registration number' },
        type: 'text',
        width: 18,
        value: (p) => p.registrationNumber,
      },
      {
        header: { vi: 'Tỉnh/Thành phố', en: 'Province' },
        type: 'text',
        width: 16,
        value: (p) => p.province,
      },
      {
        header: { vi: 'Quận/Huyện', en: 'District' },
        type: 'text',
        width: 18,
        value: (p) => p.district,
      },
      {
        header: { vi: 'Xã/Phường', en: 'Commune' },
        type: 'text',
        width: 18,
        value: (p) => p.commune,
      },
      {
        header: { vi: 'Làng nghề', en: 'Craft village' },
        type: 'text',
        width: 18,
        value: (p) => p.craftVillage,
      },
      {
        header: { vi: 'Người liên hệ', en: 'Contact' },
        type: 'text',
        width: 22,
        value: (p) => p.contact?.name,
      },
      {
        header: { vi: 'Điện thoại', en: 'Phone' },
        type: 'text',
        width: 14,
        value: (p) => p.contact?.phone,
      },
      { header: { vi: 'Đang hoạt động', en: 'Active' }, type: 'text', value: (p) => p.active },
      { header: { vi: 'Số sản phẩm', en: 'Products' }, type: 'number', value: (p) => p.products },
      {
        header: { vi: 'Sản phẩm có chứng nhận còn hiệu lực', en: 'Certified products' },
        type: 'number',
        value: (p) => p.certifiedProducts,
      },
      {
        header: { vi: 'Ngày đăng ký', en: 'Registered on' },
        type: 'vietnamDay',
        value: (p) => p.registeredAt,
      },
    ],
  });
