import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, download, ok } from '../../lib/api-client';
import { useApi, useErrorText } from '../../lib/use-api';
import type { Fair, Page } from '../shared/views';

const SECTIONS = ['bookings', 'meetings', 'mous', 'orders'] as const;

/** Server-side exports (streamed by the query service), in the console's language. */
export function exportPath(
  path: string,
  format: 'xlsx' | 'csv',
  lang: string,
  extra: Record<string, string> = {},
) {
  const query = new URLSearchParams({ format, lang: lang === 'en' ? 'en' : 'vi', ...extra });
  return `${path}?${query.toString()}`;
}

function DownloadButtons({ path, extra }: { path: string; extra?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<string>();
  const get = async (format: 'xlsx' | 'csv') => {
    setBusy(format);
    const hide = message.loading(t('exports.downloading'), 0);
    try {
      const file = await download(exportPath(path, format, i18n.language, extra));
      void message.success(t('exports.downloaded', { file }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      hide();
      setBusy(undefined);
    }
  };
  return (
    <Space>
      <Button loading={busy === 'xlsx'} onClick={() => void get('xlsx')}>
        {t('exports.xlsx')}
      </Button>
      <Button loading={busy === 'csv'} onClick={() => void get('csv')}>
        {t('exports.csv')}
      </Button>
    </Space>
  );
}

export default function ExportsPage() {
  const { t } = useTranslation();
  const [fairId, setFairId] = useState<string>();
  const [section, setSection] = useState<(typeof SECTIONS)[number]>('bookings');
  const fairs = useApi(
    () => ok<Page<Fair>>(api.GET('/api/v1/fairs', { params: { query: { limit: 100 } } })),
    [],
  );
  const fair = fairs.data?.items.find((f) => f.fairId === fairId) ?? fairs.data?.items[0];
  const rows = [
    { key: 'programme', what: t('exports.programme'), path: '/programme/figures/export' },
    {
      key: 'expiring',
      what: t('exports.expiring'),
      path: '/programme/expiring-certificates/export',
    },
    { key: 'registry', what: t('exports.registry'), path: '/producers/export' },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('exports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('exports.hint')}</Typography.Text>
      </div>
      <Table
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('exports.what'), dataIndex: 'what' },
          {
            title: t('app.actions'),
            key: 'download',
            render: (_, row) => <DownloadButtons path={row.path} />,
          },
        ]}
      />
      <Card
        size="small"
        title={fair ? t('exports.fairBoard', { name: fair.name }) : t('board.title')}
      >
        <Loading loaded={fairs}>
          {(list) => (
            <Space wrap>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 320 }}
                aria-label={t('mous.fair')}
                value={fair?.fairId}
                onChange={setFairId}
                options={list.items.map((f) => ({ value: f.fairId, label: f.name }))}
              />
              <Select
                style={{ width: 200 }}
                aria-label={t('exports.section')}
                value={section}
                onChange={setSection}
                options={SECTIONS.map((value) => ({
                  value,
                  label: t(`exports.sections.${value}`),
                }))}
              />
              {fair && (
                <DownloadButtons path={`/fairs/${fair.fairId}/board/export`} extra={{ section }} />
              )}
            </Space>
          )}
        </Loading>
      </Card>
    </Space>
  );
}
