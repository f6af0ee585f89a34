import { Button, Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import { StatusTag } from '../shared/status-tag';
import type { Fair } from '../shared/views';
import { MeetingsPanel } from '../trade/meetings-panel';
import { PageTitle, RecordLoading } from '../trade/record';
import { ProducerSelect } from '../trade/producer-select';

/** A fair for the distributor: register as an attendee, meetings and the schedule. */
export default function DistributorFairPage() {
  const { t } = useTranslation();
  const { fairId = '' } = useParams();
  const distributorId = useSession()?.user.organisationId ?? '';
  const fair = useApi(
    () => ok<Fair>(api.GET('/api/v1/fairs/{fairId}', { params: { path: { fairId } } })),
    [fairId],
  );
  const register = useCommand(
    (_: void, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/attendees', {
          params: { path: { fairId } },
          body: { distributorId },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.fairs.registered') },
  );
  return (
    <RecordLoading loaded={fair}>
      {(f) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <PageTitle>{f.name}</PageTitle>
          <Card
            extra={
              <Button type="primary" loading={register.busy} onClick={() => void register.run()}>
                {t('trade.fairs.registerAttendee')}
              </Button>
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('trade.status')}>
                <StatusTag scope="fairs.statuses" status={f.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fairs.venue')}>
                {f.venue}, {f.province}
              </Descriptions.Item>
              <Descriptions.Item label={t('trade.fairs.dates')}>
                {formatDate(f.startsAt)} – {formatDate(f.endsAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <MeetingsPanel
            fairId={fairId}
            side="distributor"
            partyId={distributorId}
            counterpartPicker={<ProducerSelect />}
          />
        </Space>
      )}
    </RecordLoading>
  );
}
