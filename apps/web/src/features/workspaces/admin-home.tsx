import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/page-state';
import { api, ok } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { useApi } from '../../lib/use-api';

interface Projection {
  _id: string;
  generation: number;
  applied: number;
  status: string;
}

/** The read models' state (the administrator's tools beyond this come later). */
export default function AdminHome() {
  const { t } = useTranslation();
  const projections = useApi(() => ok<Projection[]>(api.GET('/api/v1/admin/projections')), []);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('workspace.adminHome')}
      </Typography.Title>
      <Loading loaded={projections}>
        {(list) => (
          <Table<Projection>
            rowKey="_id"
            dataSource={list}
            pagination={false}
            columns={[
              { title: t('workspace.projection'), dataIndex: '_id' },
              {
                title: t('workspace.generation'),
                dataIndex: 'generation',
                render: (v: number) => formatNumber(v),
              },
              {
                title: t('workspace.eventsApplied'),
                dataIndex: 'applied',
                render: (v: number) => formatNumber(v),
              },
              {
                title: t('fairs.status'),
                dataIndex: 'status',
                render: (status: 'live' | 'rebuilding') =>
                  t(`workspace.projectionStatus.${status}`),
              },
            ]}
          />
        )}
      </Loading>
    </Space>
  );
}
