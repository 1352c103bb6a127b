import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { CommonGroundApi } from '../../src/shared/ipc/contract';
import { tempDir } from '../support/temp';

/**
 * The real app in the real Electron, where its binary is installed (a developer's machine
 * with internet): start it, vote once, quit. Where `npm ci` ran with
 * ELECTRON_SKIP_BINARY_DOWNLOAD, the binary is absent and the test says so and skips;
 * requiring `electron` itself is avoided, as it would try to download the binary.
 */
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
const present = binary !== null && existsSync(binary);
if (!present) {
  console.warn(
    'Electron smoke test skipped: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD). ' +
      'Run `npm ci` on a machine that can reach GitHub to run it.',
  );
}

it.skipIf(!present)('starts the real app, records one vote and quits', { timeout: 120_000 }, async () => {
  const { _electron } = await import('playwright-core');
  const { dir, cleanup } = tempDir('cg-electron-');
  const app = await _electron.launch({
    executablePath: binary!,
    args: [resolve('out/main/index.js'), `--user-data-dir=${dir}`],
  });
  try {
    const page = await app.firstWindow();
    await page.waitForFunction(() => 'commonGround' in window);
    const recorded = await page.evaluate(async () => {
      const api = (window as unknown as { commonGround: CommonGroundApi }).commonGround;
      const created = await api.workshops.create({
        title: 'Smoke test',
        organization: 'Acme',
        date: '2026-11-22',
        facilitator: 'Dana',
        templateId: null,
      });
      if (!created.ok) return created.error.message;
      const workshopId = created.value.id;
      await api.participants.add({ workshopId, participants: [{ name: 'Ines', side: 'it', title: null }] });
      await api.agenda.addActivity({ workshopId, kind: 'ranking' });
      const detail = await api.workshops.get({ id: workshopId });
      if (!detail.ok) return detail.error.message;
      const activity = detail.value.activities[0]!;
      const opened = await api.live.openRound({ activityId: activity.id, minutes: null });
      if (!opened.ok) return opened.error.message;
      const room = await api.live.watch({ workshopId });
      if (!room.ok || room.value.audience !== 'facilitator' || !room.value.openRound) return 'no open round';
      const vote = await api.live.recordBallot({
        roundId: room.value.openRound.id,
        participantId: detail.value.participants[0]!.id,
        entries: activity.items.map((item, i) => ({ itemId: item.id, value: i + 1 })),
        byFacilitator: false,
      });
      return vote.ok ? 'recorded' : vote.error.message;
    });
    expect(recorded).toBe('recorded');
  } finally {
    await app.close();
    cleanup();
  }
});
