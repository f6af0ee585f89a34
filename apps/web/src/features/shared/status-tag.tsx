import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
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

/** A status in words, coloured by what it means; `scope` is its group of words (fairs.statuses…). */
export function StatusTag({ scope, status }: { scope: string; status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'}>
      {t(`${scope}.${status}`, { defaultValue: status })}
    </Tag>
  );
}
