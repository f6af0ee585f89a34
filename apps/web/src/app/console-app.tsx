import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { router } from './router';

// Text colours dark enough for WCAG AA contrast (4.5:1) on white, which antd's defaults for links,
// secondary text and placeholders are not.
const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0b6e4f',
    colorLink: '#0a5c42',
    colorError: '#c41d1f',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    borderRadius: 6,
  },
  components: {
    Menu: { itemSelectedBg: '#e3f2ec', itemSelectedColor: '#0a5c42' },
    // An empty table's words ("no records yet") are read, not disabled: antd draws them in the
    // disabled grey (#bfbfbf, 1.8:1 on white).
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};

// A user who asked the system for less motion gets no fades or zooms (modals, messages, lists).
const REDUCED_MOTION_THEME: ThemeConfig = {
  ...CONSOLE_THEME,
  token: { ...CONSOLE_THEME.token, motion: false },
};

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function ConsoleApp() {
  const { i18n } = useTranslation();
  const vietnamese = i18n.language !== 'en';
  dayjs.locale(vietnamese ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={vietnamese ? viVN : enUS}
      theme={prefersReducedMotion() ? REDUCED_MOTION_THEME : CONSOLE_THEME}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
