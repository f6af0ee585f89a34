import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { GROUPS, type Group } from '../trade/views';

export interface SourcingForm {
  group: Group;
  keywords: string[];
  minStars: 3 | 4 | 5;
  quantity: number;
  unit: string;
  targetPriceVnd?: number;
  deliveryProvince: string;
  deadline: Dayjs;
}

/** A sourcing request's fields; `editing` keeps to what the API lets a published one change. */
export function SourcingFields({
  form,
  editing,
}: {
  form: FormInstance<SourcingForm>;
  editing?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical">
      <Form.Item name="group" label={t('products.group')} rules={[{ required: true }]}>
        <Select
          disabled={editing}
          options={GROUPS.map((value) => ({ value, label: t(`groups.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="keywords"
        label={t('trade.sourcing.keywords')}
        extra={t('trade.sourcing.keywordsHint')}
        rules={[{ required: true }]}
      >
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="minStars" label={t('trade.sourcing.minStars')} rules={[{ required: true }]}>
        <Select
          options={[3, 4, 5].map((value) => ({
            value,
            label: t('trade.starsLabel', { count: value }),
          }))}
        />
      </Form.Item>
      <Form.Item name="quantity" label={t('trade.quantity')} rules={[{ required: true }]}>
        <InputNumber min={1} />
      </Form.Item>
      <Form.Item name="unit" label={t('products.unit')} rules={[{ required: true }]}>
        <Input disabled={editing} />
      </Form.Item>
      <Form.Item name="targetPriceVnd" label={t('trade.sourcing.targetPrice')}>
        <InputNumber min={0} step={1000} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="deliveryProvince"
        label={t('trade.sourcing.deliveryProvince')}
        rules={[{ required: true }]}
      >
        <Input disabled={editing} />
      </Form.Item>
      <Form.Item name="deadline" label={t('trade.sourcing.deadline')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </Form>
  );
}
