import i18n from './i18n';

// Việt Nam's conventions in both languages: dd/MM/yyyy, 24-hour time in Việt Nam's zone, đồng.
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

function toDate(value: string | number | Date | undefined | null): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** 06/12/2026 (a calendar day such as "2026-12-06" is that day, whatever the zone). */
export function formatDate(value: string | number | Date | undefined | null): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  const date = toDate(value);
  return date ? dateFormat.format(date) : '—';
}

/** 06/12/2026 14:30 */
export function formatDateTime(value: string | number | Date | undefined | null): string {
  const date = toDate(value);
  return date ? `${dateFormat.format(date)} ${timeFormat.format(date)}` : '—';
}

/** 14:30 */
export function formatTime(value: string | number | Date | undefined | null): string {
  const date = toDate(value);
  return date ? timeFormat.format(date) : '—';
}

/** 1.500.000 ₫ */
export function formatMoney(vnd: number | undefined | null): string {
  return vnd === undefined || vnd === null ? '—' : money.format(vnd);
}

/** 1.054 in Vietnamese, 1,054 in English. */
export function formatNumber(value: number | undefined | null, digits = 0): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(share: number | undefined | null): string {
  if (share === undefined || share === null) return '—';
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}
