import { z } from 'zod';

/**
 * A backup's file name carries the moment it was made, in UTC, so that the names sort by
 * time: `common-ground-2026-11-22T09-00-00Z.sqlite`.
 */
export const BACKUP_NAME_PATTERN = /^common-ground-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.sqlite$/;

export const backupNameSchema = z
  .string({ error: 'Choose a backup from the list.' })
  .regex(BACKUP_NAME_PATTERN, { error: 'That is not the name of a Common Ground backup.' });

/** What a backup holds, read from the backup file itself. */
export interface BackupSummary {
  readonly schemaVersion: number;
  /** Workshops outside the trash. */
  readonly workshops: number;
  /** The title of the most recently created workshop outside the trash. */
  readonly newestWorkshopTitle: string | null;
}

export interface BackupInfo {
  readonly name: string;
  /** When the backup was made (ISO 8601, UTC), from its name. */
  readonly createdAt: string;
  readonly bytes: number;
  /** Null when the file could not be read. */
  readonly summary: BackupSummary | null;
  /** Why this backup cannot be restored by this version of the app, or null when it can. */
  readonly problem: string | null;
}

export interface RestoreOutcome {
  readonly restoredFrom: BackupInfo;
  /** The state just before the restore, kept so the restore can itself be undone. */
  readonly safetyBackup: BackupInfo;
}

export function backupName(at: Date): string {
  return `common-ground-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.sqlite`;
}

/** The moment in a backup's name, or null when the name is not a backup's. */
export function backupTime(name: string): Date | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds] = match;
  const time = new Date(`${date}T${hours}:${minutes}:${seconds}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}
