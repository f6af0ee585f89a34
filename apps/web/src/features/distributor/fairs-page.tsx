import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FairsList } from '../trade/fairs-list';
import { PageTitle } from '../trade/record';

/** Fairs a distributor can attend. */
export default function DistributorFairsPage() {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.fairs.title')}</PageTitle>
      <FairsList />
    </Space>
  );
}
