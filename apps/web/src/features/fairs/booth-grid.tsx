import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoothType } from '../shared/views';

export interface BoothHolder {
  boothType: string;
  boothNumber: number;
  status: string;
  producerName?: string;
}

type BoothState = 'free' | 'booked' | 'approved' | 'checked-in';

// Colours with text dark enough on them for WCAG AA contrast.
const STYLE: Record<BoothState, { background: string; color: string; key: string }> = {
  free: { background: '#f5f5f5', color: '#262626', key: 'board.boothFree' },
  booked: { background: '#ffe58f', color: '#262626', key: 'board.boothBooked' },
  approved: { background: '#95de64', color: '#262626', key: 'board.boothApproved' },
  'checked-in': { background: '#1d5fa5', color: '#ffffff', key: 'board.boothCheckedIn' },
};

function stateOf(holder: BoothHolder | undefined): BoothState {
  if (!holder) return 'free';
  if (holder.status === 'checked-in') return 'checked-in';
  if (holder.status === 'approved') return 'approved';
  return 'booked';
}

/** Every booth of the fair as a numbered cell per booth type, coloured by its booking's status. */
export function BoothGrid({
  boothTypes,
  holders,
}: {
  boothTypes: BoothType[];
  holders: BoothHolder[];
}) {
  const { t } = useTranslation();
  const byBooth = new Map(holders.map((h) => [`${h.boothType}#${h.boothNumber}`, h]));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space wrap aria-label={t('board.boothsLegend')}>
        {(Object.keys(STYLE) as BoothState[]).map((state) => (
          <Space key={state} size={4}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 16,
                height: 16,
                borderRadius: 3,
                background: STYLE[state].background,
                border: '1px solid #d9d9d9',
              }}
            />
            <Typography.Text>{t(STYLE[state].key)}</Typography.Text>
          </Space>
        ))}
      </Space>
      {boothTypes.map((type) => (
        <section key={type.code} aria-label={type.name}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {type.name} ({type.count})
          </Typography.Title>
          <ul
            style={{
              listStyle: 'none',
              padding: 0,
              margin: 0,
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(40px, 1fr))',
              gap: 4,
            }}
          >
            {Array.from({ length: type.count }, (_, i) => i + 1).map((number) => {
              const holder = byBooth.get(`${type.code}#${number}`);
              const state = stateOf(holder);
              const label = t('board.boothLabel', {
                number,
                type: type.name,
                status: t(STYLE[state].key),
              });
              return (
                <li key={number}>
                  <Tooltip
                    title={holder?.producerName ? `${label} · ${holder.producerName}` : label}
                  >
                    <div
                      role="img"
                      aria-label={label}
                      data-booth-state={state}
                      style={{
                        ...STYLE[state],
                        textAlign: 'center',
                        fontSize: 12,
                        padding: '6px 0',
                        borderRadius: 4,
                        border: '1px solid #d9d9d9',
                      }}
                    >
                      {number}
                    </div>
                  </Tooltip>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </Space>
  );
}
