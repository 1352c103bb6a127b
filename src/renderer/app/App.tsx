import { useEffect } from 'react';
import { WorkshopsScreen } from '../features/workshops/WorkshopsScreen';
import { useAppStore } from '../stores/app';

export function App() {
  const info = useAppStore((state) => state.info);
  const loadInfo = useAppStore((state) => state.loadInfo);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

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
        <p className="brand-tagline">CIO–CMO alignment workshops</p>
      </header>
      <main className="app-main">
        <WorkshopsScreen />
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
    </div>
  );
}
