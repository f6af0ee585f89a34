import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { router } from './router';

export function ConsoleApp() {
  const { i18n } = useTranslation();
  const vietnamese = i18n.language !== 'en';
  dayjs.locale(vietnamese ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={vietnamese ? viVN : enUS}
      theme={{ token: { colorPrimary: '#0b6e4f', borderRadius: 6 } }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
