import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api/client';
import { router } from './router';
import './styles.css';

dayjs.locale('vi');

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (err) => {
      // A session that ended while the page was open: sign in again, then come back here.
      if (err instanceof ApiError && err.status === 401) {
        queryClient.setQueryData(['session'], null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** Colours dark enough for WCAG AA on white; the red of Vietnamese official documents. */
const theme = {
  token: {
    colorPrimary: '#a8071a',
    colorLink: '#a8071a',
    colorError: '#b3141c',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.45)',
    borderRadius: 6,
    fontFamily: "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#7f0716' },
    Menu: {
      darkItemBg: '#7f0716',
      darkItemSelectedBg: '#5c0011',
      darkItemColor: '#ffffff',
      darkItemHoverColor: '#ffffff',
    },
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
