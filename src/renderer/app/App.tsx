import { useEffect } from 'react';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { takeRestoreNotice } from '../features/backups/restoreNotice';
import { BallotScreen } from '../features/ballot/BallotScreen';
import { ConsoleScreen } from '../features/console/ConsoleScreen';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { TrashScreen } from '../features/workshops/TrashScreen';
import { WorkshopScreen } from '../features/designer/WorkshopScreen';
import { WorkshopsScreen } from '../features/workshops/WorkshopsScreen';
import { useAppStore } from '../stores/app';
import { useNavigation, type View } from '../stores/navigation';
import { useNotices } from '../stores/notices';
import { Notices } from '../ui/Notices';

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
  if (resumed && view.name === 'ballot') return <BallotScreen key={view.id} workshopId={view.id} />;

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
        {resumed && view.name === 'workshops' && <WorkshopsScreen />}
        {resumed && view.name === 'workshop' && <WorkshopScreen key={view.id} id={view.id} tab={view.tab} />}
        {resumed && view.name === 'console' && <ConsoleScreen key={view.id} workshopId={view.id} />}
        {resumed && view.name === 'templates' && <TemplatesScreen />}
        {resumed && view.name === 'trash' && <TrashScreen />}
        {resumed && view.name === 'backups' && <BackupsScreen />}
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
