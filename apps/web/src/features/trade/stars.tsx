import { useTranslation } from 'react-i18next';

/** ★★★★☆ with its words for screen readers. */
export function Stars({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  if (!value) return <span>{t('trade.noStars')}</span>;
  return (
    <span aria-label={t('trade.starsLabel', { count: value })} style={{ color: '#ad6800' }}>
      {'★'.repeat(value)}
      <span style={{ color: '#8c8c8c' }}>{'☆'.repeat(5 - value)}</span>
    </span>
  );
}
