import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ok } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useApi, useCommand } from '../../lib/use-api';
import { FormErrors } from '../shared/form-errors';
import type { Page } from '../shared/views';
import { MousList } from '../trade/mous-list';
import { ProducerSelect } from '../trade/producer-select';
import { PageTitle } from '../trade/record';
import type { CatalogueProduct } from '../trade/views';

interface DraftForm {
  title?: string;
  producerId: string;
  targets: { productId: string; quantity: number; unitPriceVnd?: number }[];
  priceText?: string;
  period: [Dayjs, Dayjs];
  obligations: { kind: 'delivery' | 'action'; description: string; dueDate: Dayjs }[];
}

/** The distributor's MOUs; draft one with a producer. */
export default function DistributorMousPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const distributorId = useSession()?.user.organisationId ?? '';
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DraftForm>();
  const producerId = Form.useWatch('producerId', form);
  // The chosen producer's certified products (a producer has a handful).
  const catalogue = useApi(
    () =>
      producerId
        ? ok<Page<CatalogueProduct>>(
            api.GET('/api/v1/catalogue/products', {
              params: { query: { producerId, validCertificate: true, limit: 100 } },
            }),
          )
        : Promise.resolve(undefined),
    [producerId],
  );
  const products = catalogue.data?.items ?? [];
  const draft = useCommand(
    (values: DraftForm, key: string) => {
      const units = new Map(products.map((p) => [p.productId, p.unit]));
      return ok<{ mouId: string }>(
        api.POST('/api/v1/mous', {
          body: {
            distributorId,
            producerIds: [values.producerId],
            title: values.title || undefined,
            products: values.targets.map((x) => x.productId),
            targets: values.targets.map((x) => ({
              productId: x.productId,
              quantity: x.quantity,
              unit: units.get(x.productId) ?? 'kg',
            })),
            priceTerms: {
              text: values.priceText || undefined,
              unitPrices: values.targets
                .filter((x) => x.unitPriceVnd)
                .map((x) => ({ productId: x.productId, unitPriceVnd: x.unitPriceVnd! })),
            },
            startDate: values.period[0].format('YYYY-MM-DD'),
            endDate: values.period[1].format('YYYY-MM-DD'),
            obligations: (values.obligations ?? []).map((o) => ({
              kind: o.kind,
              description: o.description,
              dueDate: o.dueDate.format('YYYY-MM-DD'),
            })),
          },
          headers: { 'Idempotency-Key': key },
        }),
      ).then((made) => void navigate(`/mous/${made.mouId}`));
    },
    { form, success: t('trade.mous.drafted') },
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <PageTitle>{t('trade.mous.title')}</PageTitle>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('trade.mous.draft')}
        </Button>
      </Space>
      <MousList side="distributor" partyId={distributorId} />
      <Modal
        open={open}
        width={720}
        title={t('trade.mous.draft')}
        okText={t('trade.mous.draftOk')}
        cancelText={t('app.cancel')}
        okButtonProps={{ loading: draft.busy }}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => draft.run(values))}
      >
        <FormErrors messages={draft.formErrors} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            targets: [{ quantity: 100 }],
            obligations: [],
            period: [dayjs(), dayjs().add(6, 'month')],
          }}
        >
          <Form.Item name="title" label={t('trade.mous.titleColumn')}>
            <Input />
          </Form.Item>
          <Form.Item name="producerId" label={t('trade.producer')} rules={[{ required: true }]}>
            <ProducerSelect />
          </Form.Item>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="end" wrap>
                    <Form.Item
                      name={[field.name, 'productId']}
                      label={t('trade.mous.product')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        style={{ width: 220 }}
                        loading={catalogue.loading}
                        options={products.map((p) => ({ value: p.productId, label: p.name }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'quantity']}
                      label={t('trade.mous.target')}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={1} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unitPriceVnd']} label={t('trade.unitPrice')}>
                      <InputNumber min={0} step={1000} style={{ width: 150 }} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button onClick={() => remove(field.name)}>{t('trade.remove')}</Button>
                    )}
                  </Space>
                ))}
                <Button onClick={() => add({ quantity: 100 })}>{t('trade.mous.addProduct')}</Button>
              </>
            )}
          </Form.List>
          <Form.Item
            name="priceText"
            label={t('trade.mous.priceTerms')}
            style={{ marginTop: 12 }}
            dependencies={['targets']}
            rules={[
              ({ getFieldValue }) => ({
                // The API's rule, said before sending: price terms in words, unit prices, or both.
                validator: (_, text?: string) =>
                  text?.trim() ||
                  (getFieldValue('targets') as DraftForm['targets']).some((x) => x?.unitPriceVnd)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('trade.mous.priceNeeded'))),
              }),
            ]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="period" label={t('trade.mous.period')} rules={[{ required: true }]}>
            <DatePicker.RangePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.List name="obligations">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="end" wrap>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('trade.mous.kind')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        style={{ width: 130 }}
                        options={['delivery', 'action'].map((value) => ({
                          value,
                          label: t(`trade.mous.kinds.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'description']}
                      label={t('trade.mous.obligation')}
                      rules={[{ required: true }]}
                    >
                      <Input style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'dueDate']}
                      label={t('trade.mous.due')}
                      rules={[{ required: true }]}
                    >
                      <DatePicker format="DD/MM/YYYY" />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('trade.remove')}</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ kind: 'action' })}>
                  {t('trade.mous.addObligation')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Space>
  );
}
