import { Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatDate, formatTime } from '../../lib/format';
import { useApi, useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';
import { PartyName } from '../shared/party-name';
import { StatusTag } from '../shared/status-tag';
import type { Page } from '../shared/views';
import type { Meeting, Slot } from './views';

type Side = 'producer' | 'distributor';

interface RequestForm {
  counterpartId: string;
  slots: number[];
  note?: string;
}

function slotLabel(slot: Slot | undefined, id: number): string {
  return slot
    ? `${formatDate(slot.startsAt)} ${formatTime(slot.startsAt)}–${formatTime(slot.endsAt)}`
    : `#${id}`;
}

/**
 * A party's meetings at a fair: request one offering several slots, accept (choosing one of the
 * offered slots) or decline the other side's requests, and the schedule per day.
 */
export function MeetingsPanel({
  fairId,
  side,
  partyId,
  counterpartPicker,
}: {
  fairId: string;
  side: Side;
  partyId: string;
  /** The select of whom this party can ask (its value: the other party's id). */
  counterpartPicker: ReactElement;
}) {
  const { t } = useTranslation();
  const other: Side = side === 'producer' ? 'distributor' : 'producer';
  const [asking, setAsking] = useState(false);
  const [accepting, setAccepting] = useState<Meeting>();
  const [chosenSlot, setChosenSlot] = useState<number>();
  const [form] = Form.useForm<RequestForm>();
  const loaded = useApi(async () => {
    const [slots, meetings] = await Promise.all([
      ok<Page<Slot>>(api.GET('/api/v1/fairs/{fairId}/slots', { params: { path: { fairId } } })),
      ok<Page<Meeting>>(
        api.GET('/api/v1/fairs/{fairId}/meetings', {
          params: { path: { fairId }, query: { [`${side}Id`]: partyId, limit: 100 } },
        }),
      ),
    ]);
    return { slots: slots.items, meetings: meetings.items };
  }, [fairId, side, partyId]);
  const request = useCommand(
    (values: RequestForm, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/meetings', {
          params: { path: { fairId } },
          body: {
            producerId: side === 'producer' ? partyId : values.counterpartId,
            distributorId: side === 'distributor' ? partyId : values.counterpartId,
            requestedBy: side,
            slots: values.slots,
            note: values.note || undefined,
          },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      form,
      success: t('trade.meetings.requested'),
      onDone: () => {
        setAsking(false);
        form.resetFields();
        loaded.reload();
      },
    },
  );
  const accept = useCommand(
    ({ meetingId, slot }: { meetingId: string; slot: number }, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/meetings/{meetingId}/accept', {
          params: { path: { fairId, meetingId } },
          body: { by: side, slot },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    {
      success: t('trade.meetings.accepted'),
      onDone: () => {
        setAccepting(undefined);
        loaded.reload();
      },
    },
  );
  const decline = useCommand(
    (meetingId: string, key: string) =>
      ok(
        api.POST('/api/v1/fairs/{fairId}/meetings/{meetingId}/decline', {
          params: { path: { fairId, meetingId } },
          body: { by: side },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    { success: t('trade.meetings.declined'), onDone: loaded.reload },
  );
  return (
    <Loading loaded={loaded}>
      {({ slots, meetings }) => {
        const bySlot = new Map(slots.map((s) => [s.slot, s]));
        const scheduled = meetings
          .filter((m) => m.startsAt && ['scheduled', 'held', 'missed'].includes(m.status))
          .sort((a, b) => (a.startsAt! < b.startsAt! ? -1 : 1));
        const days = [...new Set(scheduled.map((m) => formatDate(m.startsAt)))];
        return (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Card
              title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.meetings.title')}</h2>}
              extra={
                <Button
                  type="primary"
                  onClick={() => setAsking(true)}
                  disabled={slots.length === 0}
                >
                  {t('trade.meetings.request')}
                </Button>
              }
            >
              <Table<Meeting>
                rowKey="meetingId"
                dataSource={meetings}
                pagination={false}
                locale={{ emptyText: t('trade.meetings.none') }}
                columns={[
                  {
                    title: t(`trade.${other}`),
                    key: 'c',
                    render: (_, m) => (
                      <PartyName
                        kind={other}
                        id={other === 'producer' ? m.producerId : m.distributorId}
                      />
                    ),
                  },
                  {
                    title: t('trade.meetings.requestedBy'),
                    dataIndex: 'requestedBy',
                    render: (by: Side) =>
                      by === side ? t('trade.meetings.byMe') : t(`trade.${by}`),
                  },
                  {
                    title: t('trade.meetings.slots'),
                    key: 's',
                    render: (_, m) =>
                      m.slot !== null
                        ? `${slotLabel(bySlot.get(m.slot), m.slot)} · ${t('trade.meetings.table', { n: m.table })}`
                        : m.offeredSlots.map((id) => slotLabel(bySlot.get(id), id)).join('; '),
                  },
                  {
                    title: t('trade.status'),
                    dataIndex: 'status',
                    render: (s: string) => <StatusTag scope="trade.statuses" status={s} />,
                  },
                  {
                    title: t('app.actions'),
                    key: 'a',
                    render: (_, m) =>
                      m.status === 'requested' && m.requestedBy !== side ? (
                        <Space>
                          <Button
                            type="primary"
                            size="small"
                            onClick={() => {
                              setChosenSlot(m.offeredSlots[0]);
                              setAccepting(m);
                            }}
                          >
                            {t('trade.meetings.accept')}
                          </Button>
                          <Button
                            size="small"
                            danger
                            loading={decline.busy}
                            onClick={() => void decline.run(m.meetingId)}
                          >
                            {t('trade.meetings.decline')}
                          </Button>
                        </Space>
                      ) : m.status === 'requested' ? (
                        <Typography.Text type="secondary">
                          {t('trade.meetings.waiting')}
                        </Typography.Text>
                      ) : null,
                  },
                ]}
              />
            </Card>
            <Card
              title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('trade.meetings.schedule')}</h2>}
            >
              {days.length === 0 ? (
                <Empty description={t('trade.meetings.noSchedule')} />
              ) : (
                days.map((day) => (
                  <div key={day} style={{ marginBottom: 12 }}>
                    <h3 style={{ fontSize: 16 }}>{day}</h3>
                    <ul>
                      {scheduled
                        .filter((m) => formatDate(m.startsAt) === day)
                        .map((m) => (
                          <li key={m.meetingId}>
                            {formatTime(m.startsAt)}–{formatTime(m.endsAt)} ·{' '}
                            {t('trade.meetings.table', { n: m.table })} ·{' '}
                            <PartyName
                              kind={other}
                              id={other === 'producer' ? m.producerId : m.distributorId}
                            />
                          </li>
                        ))}
                    </ul>
                  </div>
                ))
              )}
            </Card>
            <Modal
              open={asking}
              title={t('trade.meetings.request')}
              okText={t('trade.meetings.send')}
              cancelText={t('app.cancel')}
              okButtonProps={{ loading: request.busy }}
              onCancel={() => setAsking(false)}
              onOk={() => void form.validateFields().then((values) => request.run(values))}
            >
              <FormErrors messages={request.formErrors} />
              <Form form={form} layout="vertical">
                <Form.Item
                  name="counterpartId"
                  label={t(`trade.${other}`)}
                  rules={[{ required: true }]}
                >
                  {counterpartPicker}
                </Form.Item>
                <Form.Item
                  name="slots"
                  label={t('trade.meetings.offer')}
                  rules={[{ required: true }]}
                >
                  <Select
                    mode="multiple"
                    options={slots.map((s) => ({ value: s.slot, label: slotLabel(s, s.slot) }))}
                  />
                </Form.Item>
                <Form.Item name="note" label={t('trade.meetings.note')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </Form>
            </Modal>
            <Modal
              open={accepting !== undefined}
              title={t('trade.meetings.accept')}
              okText={t('trade.meetings.accept')}
              cancelText={t('app.cancel')}
              okButtonProps={{ loading: accept.busy }}
              onCancel={() => setAccepting(undefined)}
              onOk={() =>
                accepting &&
                chosenSlot !== undefined &&
                void accept.run({ meetingId: accepting.meetingId, slot: chosenSlot })
              }
            >
              <FormErrors messages={accept.formErrors} />
              <Select
                aria-label={t('trade.meetings.chooseSlot')}
                style={{ width: '100%' }}
                value={chosenSlot}
                onChange={setChosenSlot}
                options={(accepting?.offeredSlots ?? []).map((id) => ({
                  value: id,
                  label: slotLabel(bySlot.get(id), id),
                }))}
              />
            </Modal>
          </Space>
        );
      }}
    </Loading>
  );
}
