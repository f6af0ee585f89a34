import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useCommand } from '../../lib/use-api';
import type { components } from '../../lib/api-schema';
import { FormErrors } from '../shared/form-errors';

type ScheduleFair = components['schemas']['ScheduleFairDto'];

interface FairForm {
  kind: ScheduleFair['kind'];
  name: string;
  venue: string;
  province: string;
  bookingOpensAt: Dayjs;
  bookingClosesAt: Dayjs;
  startsAt: Dayjs;
  endsAt: Dayjs;
  boothTypes: { code: string; name: string; count: number; priceVnd: number }[];
  withMeetings: boolean;
  meetingSlots?: { lengthMinutes: number; tables: number; dailyStart: Dayjs; dailyEnd: Dayjs };
}

const KINDS = ['trade-fair', 'ocop-product-week', 'exhibition', 'b2b-matchmaking'] as const;

/** A calendar day picked in the form, at a time of day in Việt Nam (whatever the browser's zone). */
function vietnamTime(day: Dayjs, time: string): string {
  return `${day.format('YYYY-MM-DD')}T${time}:00+07:00`;
}

export default function ScheduleFairPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useSession();
  const [form] = Form.useForm<FairForm>();
  const withMeetings = Form.useWatch('withMeetings', form);
  const schedule = useCommand(
    async (values: FairForm, idempotencyKey: string) => {
      const body: ScheduleFair = {
        kind: values.kind,
        name: values.name,
        organiserId: current!.user.userId,
        venue: values.venue,
        province: values.province,
        bookingOpensAt: vietnamTime(values.bookingOpensAt, '00:00'),
        bookingClosesAt: vietnamTime(values.bookingClosesAt, '23:59'),
        startsAt: vietnamTime(values.startsAt, '08:00'),
        endsAt: vietnamTime(values.endsAt, '17:00'),
        boothTypes: values.boothTypes ?? [],
        meetingSlots:
          values.withMeetings && values.meetingSlots
            ? {
                lengthMinutes: values.meetingSlots.lengthMinutes,
                tables: values.meetingSlots.tables,
                dailyStart: values.meetingSlots.dailyStart.format('HH:mm'),
                dailyEnd: values.meetingSlots.dailyEnd.format('HH:mm'),
                utcOffset: '+07:00',
              }
            : undefined,
      };
      const created = await ok<{ fairId: string }>(
        api.POST('/api/v1/fairs', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
      );
      void navigate(`/fairs/${created.fairId}`);
    },
    { form, success: t('fairs.scheduled') },
  );

  const today = dayjs();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('fairs.schedule')}
      </Typography.Title>
      <Form<FairForm>
        form={form}
        layout="vertical"
        onFinish={(values) => void schedule.run(values)}
        initialValues={{
          kind: 'trade-fair',
          province: 'Hà Nội',
          bookingOpensAt: today,
          bookingClosesAt: today.add(14, 'day'),
          startsAt: today.add(21, 'day'),
          endsAt: today.add(23, 'day'),
          boothTypes: [
            { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: 20, priceVnd: 4_500_000 },
          ],
          withMeetings: true,
          meetingSlots: {
            lengthMinutes: 30,
            tables: 5,
            dailyStart: dayjs('09:00', 'HH:mm'),
            dailyEnd: dayjs('12:00', 'HH:mm'),
          },
        }}
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={t('fairs.name')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('fairs.kind')} rules={[{ required: true }]}>
                <Select
                  options={KINDS.map((value) => ({ value, label: t(`fairs.kinds.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="venue" label={t('fairs.venue')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="province" label={t('fairs.province')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            {(['bookingOpensAt', 'bookingClosesAt', 'startsAt', 'endsAt'] as const).map((field) => (
              <Col xs={12} md={6} key={field}>
                <Form.Item name={field} label={t(`fairs.${field}`)} rules={[{ required: true }]}>
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Card size="small" title={t('fairs.boothTypes')} style={{ marginBottom: 16 }}>
          <Form.List name="boothTypes">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row gutter={8} key={field.key} align="top">
                    <Col xs={12} md={5}>
                      <Form.Item
                        name={[field.name, 'code']}
                        label={t('fairs.boothCode')}
                        rules={[{ required: true }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8}>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('fairs.boothName')}
                        rules={[{ required: true }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item
                        name={[field.name, 'count']}
                        label={t('fairs.boothCount')}
                        rules={[{ required: true }]}
                      >
                        <InputNumber min={1} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item
                        name={[field.name, 'priceVnd']}
                        label={t('fairs.boothPrice')}
                        rules={[{ required: true }]}
                      >
                        <InputNumber<number>
                          min={0}
                          step={100_000}
                          style={{ width: '100%' }}
                          formatter={(value) =>
                            value === undefined
                              ? ''
                              : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
                          }
                          parser={(text) => Number((text ?? '').replace(/\./g, ''))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      <Form.Item label=" ">
                        <Button
                          danger
                          onClick={() => remove(field.name)}
                          aria-label={`${t('app.cancel')} ${field.name + 1}`}
                        >
                          ×
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button onClick={() => add({ code: '', name: '', count: 10, priceVnd: 0 })}>
                  {t('fairs.addBoothType')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card
          size="small"
          title={t('fairs.meetingSlots')}
          extra={
            <Space>
              <label htmlFor="withMeetings">{t('fairs.withMeetings')}</label>
              <Form.Item name="withMeetings" valuePropName="checked" noStyle>
                <Switch id="withMeetings" />
              </Form.Item>
            </Space>
          }
          style={{ marginBottom: 16 }}
        >
          {withMeetings && (
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['meetingSlots', 'lengthMinutes']}
                  label={t('fairs.slotLength')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={5} max={240} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['meetingSlots', 'tables']}
                  label={t('fairs.tables')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={1} max={500} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['meetingSlots', 'dailyStart']}
                  label={t('fairs.dailyStart')}
                  rules={[{ required: true }]}
                >
                  <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['meetingSlots', 'dailyEnd']}
                  label={t('fairs.dailyEnd')}
                  rules={[{ required: true }]}
                >
                  <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Card>
        <FormErrors messages={schedule.formErrors} />
        <Space>
          <Button type="primary" htmlType="submit" loading={schedule.busy}>
            {t('fairs.schedule')}
          </Button>
          <Button onClick={() => void navigate('/fairs')}>{t('app.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
