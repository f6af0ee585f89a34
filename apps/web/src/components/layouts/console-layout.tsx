import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ConsoleRoute } from '../../app/routes-by-role';
import { changeLanguage, type Language } from '../../lib/i18n';
import { session, useSession } from '../../lib/session';

/** The menu entry a path belongs to: the longest nav path it starts with. */
function selectedNav(routes: ConsoleRoute[], pathname: string): string[] {
  const match = routes
    .filter((route) => route.nav)
    .filter((route) =>
      route.path === '/'
        ? pathname === '/'
        : pathname === route.path || pathname.startsWith(`${route.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.path] : [];
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={changeLanguage}
      options={[
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}

/** Header, the role's navigation and the page. */
export function ConsoleLayout({
  routes,
  children,
}: {
  routes: ConsoleRoute[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const current = useSession();
  const location = useLocation();
  const items = routes
    .filter((route) => route.nav)
    .map((route) => ({ key: route.path, label: <Link to={route.path}>{t(route.nav!)}</Link> }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220} theme="light">
        <div style={{ padding: '16px 20px', fontWeight: 700, fontSize: 16, color: '#0b6e4f' }}>
          {t('app.name')}
        </div>
        <nav aria-label={t('app.mainNav')}>
          <Menu mode="inline" selectedKeys={selectedNav(routes, location.pathname)} items={items} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            borderBottom: '1px solid #f0f0f0',
            minWidth: 0,
          }}
        >
          <Space size="middle" style={{ minWidth: 0 }}>
            <LanguageSwitch />
            {current && (
              // A long name is cut with an ellipsis (whole in its title), never pushing the menu.
              <Typography.Text
                ellipsis
                title={`${current.user.name} · ${t(`roles.${current.user.role}`)}`}
                style={{ maxWidth: 'min(320px, 40vw)', display: 'block' }}
              >
                {current.user.name} · {t(`roles.${current.user.role}`)}
              </Typography.Text>
            )}
            <Button onClick={session.logout}>{t('app.logout')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" style={{ margin: 24 }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
