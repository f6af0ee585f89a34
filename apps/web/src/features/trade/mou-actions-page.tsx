import { Button, Card, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import MouPage from '../mous/mou-page';
import type { Mou } from '../mous/mou-view';
import { FormErrors } from '../shared/form-errors';
import { useName } from '../shared/party-name';
import { RecordLoading } from './record';

/**
 * A party's MOU: what it can do now (propose, sign, amend, terminate), above the MOU's page with
 * its versions, signatures, targets, fulfilment and obligations. Another party's MOU is not found.
 */
export function MouActionsPage({ side }: { side: 'producer' | 'distributor' }) {
  const { t } = useTranslation();
  const { mouId = '' } = useParams();
  const current = useSession();
  const partyId = current?.user.organisationId ?? '';
  const organisation = useName(side, partyId);
  const [round, setRound] = useState(0);
  const [amending, setAmending] = useState(false);
  const [terminating, setTerminating] = useState(false);
  const [amendForm] = Form.useForm<{ reason: string; endDate: Dayjs }>();
  const [terminateForm] = Form.useForm<{ reason: string }>();
  const mou = useApi(
    () => ok<Mou>(api.GET('/api/v1/mous/{mouId}', { params: { path: { mouId } } })),
    [mouId, round],
  );
  const refresh = () => setTimeout(() => setRound((n) => n + 1), 800);
  const propose = useCommand(
    (_: void, key: string) =>
      ok(
        api.POST('/api/v1/mous/{mouId}/propose', {
          params: { path: { mouId } },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.mous.proposed'), onDone: refresh },
  );
  const sign = useCommand(
    (version: number | undefined, key: string) =>
      ok(
        api.POST('/api/v1/mous/{mouId}/sign', {
          params: { path: { mouId } },
          body: {
            partyType: side,
            partyId,
            signedBy: current?.user.name ?? '',
            onBehalfOf: organisation ?? current?.user.name ?? '',
            version,
          },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.mous.signed'), onDone: refresh },
  );
  const amend = useCommand(
    (values: { reason: string; endDate: Dayjs }, key: string) =>
      ok(
        api.POST('/api/v1/mous/{mouId}/amend', {
          params: { path: { mouId } },
          body: { reason: values.reason, endDate: values.endDate.format('YYYY-MM-DD') },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form: amendForm,
      success: t('trade.mous.amended'),
      onDone: () => (setAmending(false), refresh()),
    },
  );
  const terminate = useCommand(
    (values: { reason: string }, key: string) =>
      ok(
        api.POST('/api/v1/mous/{mouId}/terminate', {
          params: { path: { mouId } },
          body: values,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form: terminateForm,
      success: t('trade.mous.terminated'),
      onDone: () => (setTerminating(false), refresh()),
    },
  );
  return (
    <RecordLoading loaded={mou}>
      {(m) => {
        const pending = m.pendingVersion;
        const mustSign = pending?.awaitingSignatures.some(
          (p) => p.partyType === side && p.partyId === partyId,
        );
        return (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <MouPage key={round} />
            <Card size="small" title={t('trade.mous.whatNow')}>
              <Space wrap>
                {side === 'distributor' && m.status === 'drafted' && (
                  <Button type="primary" loading={propose.busy} onClick={() => void propose.run()}>
                    {t('trade.mous.propose')}
                  </Button>
                )}
                {mustSign && (
                  <Button
                    type="primary"
                    loading={sign.busy}
                    onClick={() => void sign.run(pending?.version)}
                  >
                    {t('trade.mous.sign', { version: pending?.version })}
                  </Button>
                )}
                {side === 'distributor' && m.status === 'active' && (
                  <Button
                    onClick={() => {
                      amendForm.setFieldsValue({
                        endDate: dayjs(m.versionInForce?.terms.endDate).add(3, 'month'),
                      });
                      setAmending(true);
                    }}
                  >
                    {t('trade.mous.amend')}
                  </Button>
                )}
                {side === 'distributor' && ['drafted', 'proposed', 'active'].includes(m.status) && (
                  <Button danger onClick={() => setTerminating(true)}>
                    {t('trade.mous.terminate')}
                  </Button>
                )}
                {!mustSign && m.status === 'proposed' && (
                  <span>{t('trade.mous.waitingOthers')}</span>
                )}
                {['fulfilled', 'expired', 'terminated'].includes(m.status) && (
                  <span>{t('trade.mous.finished')}</span>
                )}
              </Space>
            </Card>
            <Modal
              open={amending}
              title={t('trade.mous.amend')}
              okText={t('trade.mous.amend')}
              cancelText={t('app.cancel')}
              okButtonProps={{ loading: amend.busy }}
              onCancel={() => setAmending(false)}
              onOk={() => void amendForm.validateFields().then((v) => amend.run(v))}
            >
              <FormErrors messages={amend.formErrors} />
              <Form form={amendForm} layout="vertical">
                <Form.Item
                  name="endDate"
                  label={t('trade.mous.newEnd')}
                  rules={[{ required: true }]}
                >
                  <DatePicker format="DD/MM/YYYY" />
                </Form.Item>
                <Form.Item name="reason" label={t('trade.reason')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
              </Form>
            </Modal>
            <Modal
              open={terminating}
              title={t('trade.mous.terminate')}
              okText={t('trade.mous.terminate')}
              okButtonProps={{ danger: true, loading: terminate.busy }}
              cancelText={t('app.cancel')}
              onCancel={() => setTerminating(false)}
              onOk={() => void terminateForm.validateFields().then((v) => terminate.run(v))}
            >
              <FormErrors messages={terminate.formErrors} />
              <Form form={terminateForm} layout="vertical">
                <Form.Item name="reason" label={t('trade.reason')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
              </Form>
            </Modal>
          </Space>
        );
      }}
    </RecordLoading>
  );
}
