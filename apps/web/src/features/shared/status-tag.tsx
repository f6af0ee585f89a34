import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// antd's preset tag colours put light text on light backgrounds (under 4.5:1); these do not.
const PALETTE = {
  default: { color: '#262626', background: '#f5f5f5', borderColor: '#d9d9d9' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  orange: { color: '#612500', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  blue: { color: '#002c8c', background: '#e6f4ff', borderColor: '#91caff' },
};
type Color = keyof typeof PALETTE;

const COLORS: Record<string, Color> = {
  scheduled: 'default',
  'booking-open': 'green',
  'booking-closed': 'orange',
  'in-progress': 'blue',
  closed: 'default',
  requested: 'gold',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
  'checked-in': 'blue',
  drafted: 'default',
  proposed: 'gold',
  active: 'green',
  fulfilled: 'blue',
  expired: 'red',
  terminated: 'red',
  valid: 'green',
  revoked: 'red',
  none: 'default',
};

/** A tag in one of the console's readable colours. */
export function ColorTag({ color, children }: { color: Color; children: ReactNode }) {
  return <Tag style={PALETTE[color]}>{children}</Tag>;
}

/** A status in words, coloured by what it means; `scope` is its group of words (fairs.statuses…). */
export function StatusTag({ scope, status }: { scope: string; status: string }) {
  const { t } = useTranslation();
  return (
    <ColorTag color={COLORS[status] ?? 'default'}>
      {t(`${scope}.${status}`, { defaultValue: status })}
    </ColorTag>
  );
}
