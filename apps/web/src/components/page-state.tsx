import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, type Loaded } from '../lib/use-api';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin size="large" />
      <div style={{ marginTop: 12 }}>{t('app.loading')}</div>
    </div>
  );
}

/** Shows progress while `loaded` loads, the failure with a retry, else `children(data)`. */
export function Loading<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (loaded.error && !loaded.data) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('app.loadFailed')}
        description={errorText(loaded.error)}
        action={<Button onClick={loaded.reload}>{t('app.retry')}</Button>}
      />
    );
  }
  if (loaded.data === undefined) return <PageLoading />;
  return <>{children(loaded.data)}</>;
}
