import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PresenterScreen } from './features/presenter/PresenterScreen';
import '@fontsource-variable/inter';
import './app/styles.css';
import './app/live.css';

// The projector window opens on #/presenter/<workshop id>; the main window on everything else.
const presenter = /^#\/presenter\/([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>{presenter ? <PresenterScreen workshopId={presenter[1]!} /> : <App />}</StrictMode>,
);
