import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('app.notFound')}
        </Typography.Title>
      }
      subTitle={t('app.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}
