import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { OrdersList } from '../trade/orders-list';
import { PageTitle } from '../trade/record';

/** The distributor's orders (placed from a catalogue product or a match). */
export default function DistributorOrdersPage() {
  const { t } = useTranslation();
  const distributorId = useSession()?.user.organisationId ?? '';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.orders.title')}</PageTitle>
      <p>{t('trade.orders.howToPlace')}</p>
      <OrdersList side="distributor" partyId={distributorId} />
    </Space>
  );
}
