import { Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';

const KINDS = ['cooperative', 'cooperative-group', 'sme', 'farm', 'household-business'] as const;

interface ProducerForm {
  kind: (typeof KINDS)[number];
  legalName: string;
  registrationNumber: string;
  contact: { name: string; phone: string };
  province: string;
  district: string;
  commune: string;
  craftVillage?: string;
}

export default function RegisterProducerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProducerForm>();
  const register = useCommand(
    async (values: ProducerForm, key: string) => {
      const created = await ok<{ producerId: string }>(
        api.POST('/api/v1/producers', {
          body: { ...values, craftVillage: values.craftVillage || undefined },
          headers: { 'Idempotency-Key': key },
        }),
      );
      void navigate(`/producers/${created.producerId}`);
    },
    { form, success: t('producers.registered') },
  );
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('producers.register')}
      </Typography.Title>
      <Form<ProducerForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'cooperative', province: 'Hà Nội' }}
        onFinish={(values) => void register.run(values)}
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="legalName" label={t('producers.name')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('producers.kind')} rules={[{ required: true }]}>
                <Select
                  options={KINDS.map((value) => ({ value, label: t(`producerKinds.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="registrationNumber"
                label={t('producers.registrationNumber')}
                rules={[{ required: true }]}
              >
                <Input placeholder="HN-2021-000001" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['contact', 'name']}
                label={t('producers.contactName')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['contact', 'phone']}
                label={t('producers.phone')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="province"
                label={t('producers.province')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="district"
                label={t('producers.district')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="commune" label={t('producers.commune')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="craftVillage" label={t('producers.craftVillage')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <FormErrors messages={register.formErrors} />
        <Space>
          <Button type="primary" htmlType="submit" loading={register.busy}>
            {t('producers.register')}
          </Button>
          <Button onClick={() => void navigate('/producers')}>{t('app.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
