import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// The projector and the printed report are windows of their own: each loads only its screen.
const PresenterScreen = lazy(() =>
  import('./features/presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
);
const ReportScreen = lazy(() => import('./features/report/ReportScreen').then((m) => ({ default: m.ReportScreen })));
import { parseReportHash } from '../shared/report';
import '@fontsource-variable/inter';
import './app/styles.css';
import './app/live.css';

// The projector window opens on #/presenter/<id>, the printed report on #/report/<id>?paper=a4&appendix=1;
// the main window on everything else.
const presenter = /^#\/presenter\/([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
const report = parseReportHash(window.location.hash);

function Root() {
  if (presenter) {
    return (
      <Suspense fallback={null}>
        <PresenterScreen workshopId={presenter[1]!} />
      </Suspense>
    );
  }
  if (report) {
    return (
      <Suspense fallback={null}>
        <ReportScreen workshopId={report.workshopId} paper={report.paper} appendix={report.appendix} />
      </Suspense>
    );
  }
  return <App />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
