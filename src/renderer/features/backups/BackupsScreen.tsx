import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/backups';
import { useAppStore } from '../../stores/app';
import { useNotices } from '../../stores/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { backupContents, backupMoment, backupsFolder, formatBackupTime, formatBytes } from './format';
import { rememberRestoreNotice } from './restoreNotice';
import { useBackupsStore } from './store';
import './backups.css';

export function BackupsScreen() {
  const info = useAppStore((state) => state.info);
  const notify = useNotices((state) => state.show);
  const backups = useBackupsStore((state) => state.backups);
  const status = useBackupsStore((state) => state.status);
  const loadError = useBackupsStore((state) => state.loadError);
  const busy = useBackupsStore((state) => state.busy);
  const load = useBackupsStore((state) => state.load);
  const create = useBackupsStore((state) => state.backUpNow);
  const restoreBackup = useBackupsStore((state) => state.restore);
  const [pending, setPending] = useState<BackupInfo | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  async function backUpNow() {
    const result = await create();
    if (!result.ok) return notify({ tone: 'error', text: `No backup was made. ${result.error.message}` });
    notify({ tone: 'info', text: `Backed up: ${backupContents(result.value).toLowerCase()}.` });
  }

  async function restore() {
    const chosen = pending;
    setPending(null);
    if (!chosen) return;
    const result = await restoreBackup(chosen.name);
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    rememberRestoreNotice(
      `Restored the backup of ${backupMoment(result.value.restoredFrom.createdAt)}. ` +
        `What was there before is kept as the backup of ${backupMoment(result.value.safetyBackup.createdAt)}.`,
    );
    // Every screen and store reads the restored data afresh.
    window.location.reload();
  }

  return (
    <section className="screen" aria-labelledby="backups-heading">
      <div className="screen-header">
        <div>
          <h1 id="backups-heading">Backups</h1>
          <p className="screen-lede">
            A copy of every workshop, vote, note and template, made when a workshop is closed and once a day while
            Common Ground is open. The newest 10 are kept.
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button primary" disabled={busy !== null} onClick={() => void backUpNow()}>
            {busy === 'backing-up' ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </div>

      {info && (
        <p className="backups-folder">
          Kept in <code>{backupsFolder(info.dataFile)}</code>
        </p>
      )}

      {status === 'error' && (
        <div className="banner error" role="alert">
          {loadError}{' '}
          <button type="button" className="button link" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}

      {busy === 'restoring' && (
        <div className="banner info" role="status">
          Restoring… Keep Common Ground open.
        </div>
      )}

      {status === 'ready' && backups.length === 0 && (
        <p className="muted-note">
          No backups yet. The first is made when a workshop is closed, at the latest within a day — or now, with Back up
          now.
        </p>
      )}

      {backups.length > 0 && (
        <ul className="workshop-list" aria-label="Backups">
          {backups.map((backup, index) => (
            <BackupRow
              key={backup.name}
              backup={backup}
              newest={index === 0}
              disabled={busy !== null}
              onRestore={() => setPending(backup)}
            />
          ))}
        </ul>
      )}

      {pending && (
        <ConfirmDialog
          title="Restore this backup?"
          message={<RestoreExplanation backup={pending} />}
          confirmLabel="Restore backup"
          danger
          onConfirm={() => void restore()}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

function BackupRow({
  backup,
  newest,
  disabled,
  onRestore,
}: {
  backup: BackupInfo;
  newest: boolean;
  disabled: boolean;
  onRestore(): void;
}) {
  const { date, time } = formatBackupTime(backup.createdAt);
  const title = backup.summary?.newestWorkshopTitle;
  return (
    <li className="workshop-row static backup-row">
      <span className="backup-when">
        <span className="workshop-date">{date}</span>
        <span className="backup-time">{time}</span>
      </span>
      <span className="workshop-main">
        <span className="workshop-title">
          {backupContents(backup)}
          {newest && <span className="status-badge">Latest</span>}
        </span>
        <span className="workshop-meta">
          {title ? `Newest: ${title} · ` : ''}
          {formatBytes(backup.bytes)}
        </span>
        {backup.problem && <span className="backup-problem">{backup.problem}</span>}
      </span>
      <span className="row-actions">
        <button
          type="button"
          className="button"
          disabled={disabled || backup.problem !== null}
          aria-label={`Restore the backup of ${backupMoment(backup.createdAt)}`}
          onClick={onRestore}
        >
          Restore…
        </button>
      </span>
    </li>
  );
}

function RestoreExplanation({ backup }: { backup: BackupInfo }) {
  const title = backup.summary?.newestWorkshopTitle;
  return (
    <div className="backup-restore">
      <p>
        Everything in Common Ground on this computer — every workshop, vote, note, agreement and template — will be
        replaced by the backup of <strong>{backupMoment(backup.createdAt)}</strong>:{' '}
        {backupContents(backup).toLowerCase()}
        {title ? `, the newest “${title}”` : ''}.
      </p>
      <p>
        Anything done since then is not in it. The current state is backed up first, so you can undo this by restoring
        that backup.
      </p>
    </div>
  );
}
