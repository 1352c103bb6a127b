import type { BackupInfo } from '../../../shared/backups';
import { plural } from '../../format/workshop';

/** "22 Nov 2026" and "09:00:05", in the computer's own time zone; seconds tell apart backups made a moment apart. */
export function formatBackupTime(iso: string, locale?: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(at),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at),
  };
}

/** "22 Nov 2026, 09:00:05", for sentences. */
export function backupMoment(iso: string, locale?: string): string {
  const { date, time } = formatBackupTime(iso, locale);
  return `${date}, ${time}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "3 workshops" — what a facilitator would get back. */
export function backupContents(backup: BackupInfo): string {
  if (!backup.summary) return 'Unreadable file';
  return backup.summary.workshops === 0 ? 'No workshops' : plural(backup.summary.workshops, 'workshop', 'workshops');
}

/** The backups folder beside the data file, as the main process places it. */
export function backupsFolder(dataFile: string): string {
  return dataFile.replace(/[^/\\]+$/, 'backups');
}
