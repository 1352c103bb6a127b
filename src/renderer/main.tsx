import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PresenterScreen } from './features/presenter/PresenterScreen';
import { ReportScreen } from './features/report/ReportScreen';
import { parseReportHash } from '../shared/report';
import '@fontsource-variable/inter';
import './app/styles.css';
import './app/live.css';

// The projector window opens on #/presenter/<id>, the printed report on #/report/<id>?paper=a4&appendix=1;
// the main window on everything else.
const presenter = /^#\/presenter\/([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
const report = parseReportHash(window.location.hash);

function Root() {
  if (presenter) return <PresenterScreen workshopId={presenter[1]!} />;
  if (report) return <ReportScreen workshopId={report.workshopId} paper={report.paper} appendix={report.appendix} />;
  return <App />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
