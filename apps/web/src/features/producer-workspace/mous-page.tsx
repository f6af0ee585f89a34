import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import type { Page } from '../shared/views';
import { MousList } from '../trade/mous-list';
import { PageTitle } from '../trade/record';
import type { ObligationItem } from '../trade/views';
import { ObligationsTable } from './obligations-table';

/** The producer's MOUs with fulfilment per product, and its obligations with due dates. */
export default function ProducerMousPage() {
  const { t } = useTranslation();
  const producerId = useSession()?.user.organisationId ?? '';
  const obligations = useApi(
    () =>
      ok<Page<ObligationItem>>(
        api.GET('/api/v1/producers/{producerId}/obligations', {
          params: { path: { producerId }, query: { limit: 100 } },
        }),
      ),
    [producerId],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageTitle>{t('trade.mous.title')}</PageTitle>
      <MousList side="producer" partyId={producerId} />
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.mous.obligations')}</h2>}>
        <Loading loaded={obligations}>{(list) => <ObligationsTable items={list.items} />}</Loading>
      </Card>
    </Space>
  );
}
