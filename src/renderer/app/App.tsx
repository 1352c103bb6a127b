import { lazy, Suspense, useEffect } from 'react';
import { takeRestoreNotice } from '../features/backups/restoreNotice';
import { WorkshopsScreen } from '../features/workshops/WorkshopsScreen';
import { useAppStore } from '../stores/app';
import { useNavigation, type View } from '../stores/navigation';
import { useNotices } from '../stores/notices';
import { Notices } from '../ui/Notices';

// The first screen comes with the app; the others, and the charts they carry, load when
// first opened, so the window paints sooner.
const BackupsScreen = lazy(() =>
  import('../features/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })),
);
const BallotScreen = lazy(() => import('../features/ballot/BallotScreen').then((m) => ({ default: m.BallotScreen })));
const ConsoleScreen = lazy(() =>
  import('../features/console/ConsoleScreen').then((m) => ({ default: m.ConsoleScreen })),
);
const TemplatesScreen = lazy(() =>
  import('../features/templates/TemplatesScreen').then((m) => ({ default: m.TemplatesScreen })),
);
const TrashScreen = lazy(() => import('../features/workshops/TrashScreen').then((m) => ({ default: m.TrashScreen })));
const WorkshopScreen = lazy(() =>
  import('../features/designer/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })),
);

type NavName = Extract<View['name'], 'workshops' | 'templates' | 'trash' | 'backups'>;

const NAV: readonly { name: NavName; label: string }[] = [
  { name: 'workshops', label: 'Workshops' },
  { name: 'templates', label: 'Templates' },
  { name: 'trash', label: 'Trash' },
  { name: 'backups', label: 'Backups' },
];

export function App() {
  const info = useAppStore((state) => state.info);
  const loadInfo = useAppStore((state) => state.loadInfo);
  const view = useNavigation((state) => state.view);
  const resumed = useNavigation((state) => state.resumed);
  const resume = useNavigation((state) => state.resume);
  const go = useNavigation((state) => state.go);
  const notify = useNotices((state) => state.show);

  useEffect(() => {
    void loadInfo();
    void resume();
  }, [loadInfo, resume]);

  useEffect(() => {
    const restored = takeRestoreNotice();
    if (restored) notify({ tone: 'info', text: restored });
  }, [notify]);

  const current = 'id' in view ? 'workshops' : view.name;

  // The shared-screen ballot fills the window: nothing of the app around it.
  if (resumed && view.name === 'ballot') {
    return (
      <Suspense fallback={<div className="ballot-screen" aria-busy="true" />}>
        <BallotScreen key={view.id} workshopId={view.id} />
      </Suspense>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            <span className="brand-it" />
            <span className="brand-mkt" />
          </span>
          <span className="brand-name">Common Ground</span>
        </div>
        <nav className="app-nav" aria-label="Main">
          {NAV.map((entry) => (
            <button
              key={entry.name}
              type="button"
              className={current === entry.name ? 'nav-link current' : 'nav-link'}
              aria-current={current === entry.name ? 'page' : undefined}
              onClick={() => go({ name: entry.name })}
            >
              {entry.label}
            </button>
          ))}
        </nav>
      </header>
      <main className="app-main">
        <Suspense fallback={<section className="screen" aria-busy="true" />}>
          {resumed && view.name === 'workshops' && <WorkshopsScreen />}
          {resumed && view.name === 'workshop' && <WorkshopScreen key={view.id} id={view.id} tab={view.tab} />}
          {resumed && view.name === 'console' && <ConsoleScreen key={view.id} workshopId={view.id} />}
          {resumed && view.name === 'templates' && <TemplatesScreen />}
          {resumed && view.name === 'trash' && <TrashScreen />}
          {resumed && view.name === 'backups' && <BackupsScreen />}
        </Suspense>
      </main>
      <footer className="app-footer">
        {info ? (
          <span>
            Version {info.version} · Data stored on this computer in <code>{info.dataFile}</code>
          </span>
        ) : (
          <span>Works offline · every answer stays on this computer</span>
        )}
      </footer>
      <Notices />
    </div>
  );
}
