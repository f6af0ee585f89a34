import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/layouts/console-layout';
import { api, ApiError, ok } from '../../lib/api-client';
import { session, useSession, type Role, type SessionUser } from '../../lib/session';
import { useErrorText } from '../../lib/use-api';

const DEMO_USERS: { email: string; role: Role }[] = [
  { email: 'officer@demo.ocop.vn', role: 'officer' },
  { email: 'producer@demo.ocop.vn', role: 'producer' },
  { email: 'distributor@demo.ocop.vn', role: 'distributor' },
  { email: 'admin@demo.ocop.vn', role: 'admin' },
];

interface Credentials {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const current = useSession();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Credentials>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [expired] = useState(() => session.takeEndReason() === 'expired');

  if (current) {
    const next = params.get('next');
    return <Navigate to={next && next.startsWith('/') ? next : '/'} replace />;
  }

  const submit = async (credentials: Credentials) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const { accessToken, expiresIn, user } = await ok<{
        accessToken: string;
        expiresIn: number;
        user: SessionUser;
      }>(api.POST('/api/v1/auth/login', { body: credentials }));
      session.start({ token: accessToken, expiresAt: Date.now() + expiresIn * 1000, user });
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 401 ? t('login.failed') : errorText(error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(135deg, #e8f5ef, #f7f3e8)',
        padding: 16,
      }}
    >
      <Card style={{ width: 420, maxWidth: '100%' }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography.Title level={1} style={{ fontSize: 22, margin: 0, color: '#0b6e4f' }}>
              {t('app.name')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          {expired && <Alert type="warning" showIcon message={t('login.expired')} />}
          {failure && <Alert type="error" showIcon message={failure} role="alert" />}
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Form
            form={form}
            layout="vertical"
            onFinish={(values) => void submit(values)}
            requiredMark={false}
          >
            <Form.Item
              name="email"
              label={t('login.email')}
              rules={[{ required: true, message: t('login.emailRequired') }]}
            >
              <Input autoComplete="username" type="email" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
          <div>
            <Typography.Text type="secondary">{t('login.demoUsers')}</Typography.Text>
            <ul style={{ paddingLeft: 0, listStyle: 'none', margin: '8px 0 0' }}>
              {DEMO_USERS.map((user) => (
                <li
                  key={user.email}
                  style={{ display: 'flex', justifyContent: 'space-between', padding: '2px 0' }}
                >
                  <span>
                    {t(`roles.${user.role}`)}: <code>{user.email}</code>
                  </span>
                  <Button
                    size="small"
                    type="link"
                    aria-label={`${t('login.useDemo')} ${user.email}`}
                    onClick={() =>
                      form.setFieldsValue({ email: user.email, password: 'ocop-demo-2021' })
                    }
                  >
                    {t('login.useDemo')}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        </Space>
      </Card>
    </main>
  );
}
