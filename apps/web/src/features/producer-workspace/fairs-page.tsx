import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { FairsList } from '../trade/fairs-list';
import { PageTitle } from '../trade/record';
import { MyBookings } from './my-bookings';

/** Fairs open for booking and the producer's bookings. */
export default function ProducerFairsPage() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.fairs.openTitle')}</PageTitle>
      <FairsList status="booking-open" />
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.bookings.title')}</h2>}>
        <MyBookings producerId={producerId} round={0} />
      </Card>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.fairs.inProgress')}</h2>}>
        <FairsList status="in-progress" />
      </Card>
    </Space>
  );
}
