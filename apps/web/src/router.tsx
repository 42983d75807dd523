import { Navigate, createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { RequireSession, homeOf, useSession } from './auth';
import { LoginPage } from './pages/LoginPage';
import { PasswordPage } from './pages/PasswordPage';
import { SettingsPage } from './pages/SettingsPage';
import { InboxPage } from './pages/InboxPage';
import { TaskPage } from './pages/TaskPage';
import { DirectivesPage } from './pages/DirectivesPage';
import { DirectivePage } from './pages/DirectivePage';
import { PastePage } from './pages/PastePage';
import { DraftReviewPage } from './pages/DraftReviewPage';
import { ManualDirectivePage } from './pages/ManualDirectivePage';
import { AdminPage } from './pages/admin/AdminPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { ReportTasksPage } from './pages/reports/ReportTasksPage';

function Home() {
  return <Navigate to={homeOf(useSession())} replace />;
}

/**
 * Page paths never collide with the API's (/tasks/:id, /directives/:id, /links/:token…); the
 * API serves this app under exactly these prefixes (apps/api/src/web/web-app.ts).
 */
export const router = createBrowserRouter([
  { path: '/dang-nhap', element: <LoginPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { path: '/', element: <Home /> },
      { path: '/mat-khau', element: <PasswordPage /> },
      { path: '/ca-nhan', element: <SettingsPage /> },
      { path: '/viec', element: <InboxPage /> },
      { path: '/nhiem-vu/:id', element: <TaskPage /> },
      { path: '/van-ban', element: <DirectivesPage /> },
      { path: '/van-ban/:id', element: <DirectivePage /> },
      { path: '/giao-viec', element: <PastePage /> },
      { path: '/giao-viec/nhap-tay', element: <ManualDirectivePage /> },
      { path: '/giao-viec/:id', element: <DraftReviewPage /> },
      { path: '/bao-cao', element: <ReportsPage /> },
      { path: '/bao-cao/nhiem-vu', element: <ReportTasksPage /> },
      { path: '/quan-tri', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
