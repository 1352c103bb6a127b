import { useEffect } from 'react';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { TrashScreen } from '../features/workshops/TrashScreen';
import { WorkshopScreen } from '../features/designer/WorkshopScreen';
import { WorkshopsScreen } from '../features/workshops/WorkshopsScreen';
import { useAppStore } from '../stores/app';
import { useNavigation, type View } from '../stores/navigation';
import { Notices } from '../ui/Notices';

const NAV: readonly { name: Exclude<View['name'], 'workshop'>; label: string }[] = [
  { name: 'workshops', label: 'Workshops' },
  { name: 'templates', label: 'Templates' },
  { name: 'trash', label: 'Trash' },
];

export function App() {
  const info = useAppStore((state) => state.info);
  const loadInfo = useAppStore((state) => state.loadInfo);
  const view = useNavigation((state) => state.view);
  const resumed = useNavigation((state) => state.resumed);
  const resume = useNavigation((state) => state.resume);
  const go = useNavigation((state) => state.go);

  useEffect(() => {
    void loadInfo();
    void resume();
  }, [loadInfo, resume]);

  const current = view.name === 'workshop' ? 'workshops' : view.name;

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
        {resumed && view.name === 'templates' && <TemplatesScreen />}
        {resumed && view.name === 'trash' && <TrashScreen />}
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
