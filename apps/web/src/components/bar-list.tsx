import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * A horizontal bar chart with each number written beside its bar: light (no chart library), and
 * read out as a list by screen readers (the bars themselves are decoration).
 */
export function BarList({
  title,
  bars,
  color = '#0b6e4f',
  format = formatNumber,
}: {
  title: string;
  bars: Bar[];
  color?: string;
  format?: (value: number) => string;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <Card title={title} size="small" style={{ height: '100%' }}>
      {bars.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.empty')} />
      ) : (
        <ul
          aria-label={t('home.chartOf', { title })}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {bars.map((bar) => (
            <li
              key={bar.key}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(90px, 38%) 1fr auto',
                gap: 8,
                alignItems: 'center',
                padding: '3px 0',
              }}
            >
              <Typography.Text ellipsis={{ tooltip: bar.label }}>{bar.label}</Typography.Text>
              <div
                aria-hidden="true"
                style={{ background: '#f0f0f0', borderRadius: 3, height: 14 }}
              >
                <div
                  style={{
                    width: `${(bar.value / max) * 100}%`,
                    minWidth: bar.value > 0 ? 2 : 0,
                    height: '100%',
                    borderRadius: 3,
                    background: color,
                  }}
                />
              </div>
              <Typography.Text strong style={{ minWidth: 48, textAlign: 'right' }}>
                {format(bar.value)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
