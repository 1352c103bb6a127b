import { demoWorkshopFile } from '../../src/main/core/demo';
import { builtInTemplate } from '../../src/main/core/templates';
import { WORKSHOP_FILE_LIMITS, type WorkshopFile } from '../../src/shared/workshopFile';

const text = (file: WorkshopFile) => `${JSON.stringify(file, null, 2)}\n`;

/**
 * A workshop file as large as a file may be (or `bytes`, if smaller): the demo's room of
 * 200 people, every activity re-voted round after round until the file, written as the
 * app exports it, is just under the limit.
 */
export function largeWorkshopFileText(bytes: number = WORKSHOP_FILE_LIMITS.bytes): string {
  const template = builtInTemplate('cio-cmo-alignment')!;
  const file = demoWorkshopFile(template, { participants: 200 });
  const activities = file.activities.map((activity) => ({ ...activity, rounds: [...activity.rounds] }));
  const grown: WorkshopFile = { ...file, activities };
  const roundBytes = activities.map((a) => Buffer.byteLength(JSON.stringify(a.rounds[0], null, 2)) + a.rounds.length);
  let size = Buffer.byteLength(text(grown));
  // Each re-vote copies the activity's first round; the estimate leaves room for indentation.
  const margin = bytes * 0.02;
  for (let i = 0; size < bytes - margin; i++) {
    const a = i % activities.length;
    const activity = activities[a]!;
    if (activity.rounds.length >= WORKSHOP_FILE_LIMITS.roundsPerActivity) continue;
    const first = activity.rounds[0]!;
    const number = Math.max(...activity.rounds.map((r) => r.number)) + 1;
    activity.rounds.push({ ...first, number, status: first.status === 'open' ? 'revealed' : first.status });
    size += roundBytes[a]! * 1.1;
  }
  let written = text(grown);
  while (Buffer.byteLength(written) > bytes) {
    const longest = activities.reduce((best, a) => (a.rounds.length > best.rounds.length ? a : best));
    longest.rounds.pop();
    written = text(grown);
  }
  return written;
}
