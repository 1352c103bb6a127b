import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cruise, type IFlattenedRuleSet, type IViolation } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { ESLint } from 'eslint';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';

const ROOT = resolve(__dirname, '../..');

type Config = IFlattenedRuleSet & { options?: Record<string, unknown> };
let config: Config;

beforeAll(async () => {
  config = (await extractDepcruiseConfig(join(ROOT, '.dependency-cruiser.mjs'))) as Config;
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

type Broken = { rule: string; from: string; to: string };

function broken(violations: readonly IViolation[]): Broken[] {
  return violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

/** Cruises the tree with the project's own rules, from `baseDir`. */
async function violations(baseDir: string, tsConfig?: string): Promise<Broken[]> {
  const { tsConfig: _projectTsConfig, ...options } = config.options ?? {};
  const result = await cruise(['src'], {
    ...options,
    ...(tsConfig ? { tsConfig: { fileName: tsConfig } } : {}),
    baseDir,
    // The fixtures borrow the project's packages through a link; name them as the project would.
    preserveSymlinks: true,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
  });
  if (typeof result.output === 'string') throw new Error('cruise returned a report, not a result');
  return broken(result.output.summary.violations);
}

/** Writes a small source tree to a temp folder and cruises it with the project's rules. */
async function violationsIn(files: Record<string, string>): Promise<Broken[]> {
  const { dir, cleanup } = tempDir('cg-layers-');
  cleanups.push(cleanup);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  return violations(dir);
}

describe('the layers hold through every chain of imports', () => {
  it('refuses a command that reaches electron through two modules that look harmless', async () => {
    const found = await violationsIn({
      'src/cli/commands/open.ts': "import { openWindow } from '../window';\nexport const x = openWindow;\n",
      'src/cli/window.ts': "import { showWindow } from '../main/showWindow';\nexport const openWindow = showWindow;\n",
      'src/main/showWindow.ts': "import { BrowserWindow } from 'electron';\nexport const showWindow = BrowserWindow;\n",
    });
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'cli-never-reaches-electron', from: 'src/cli/commands/open.ts' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'cli-never-reaches-electron', from: 'src/cli/window.ts' }),
    );
  });

  it('refuses shared code that reaches a renderer module through an intermediate', async () => {
    const found = await violationsIn({
      'src/shared/labels.ts': "import { side } from './sides';\nexport const labels = side;\n",
      'src/shared/sides.ts':
        "import { SIDE_LABELS } from '../renderer/format/sides';\nexport const side = SIDE_LABELS;\n",
      'src/renderer/format/sides.ts': "export const SIDE_LABELS = { it: 'IT' };\n",
    });
    expect(found).toEqual([
      { rule: 'shared-imports-only-shared', from: 'src/shared/sides.ts', to: 'src/renderer/format/sides.ts' },
    ]);
  });

  it('refuses shared code that leaves src/shared through a folder no rule names', async () => {
    const found = await violationsIn({
      'src/shared/labels.ts': "import { side } from '../lib/sides';\nexport const labels = side;\n",
      'src/lib/sides.ts': "import { SIDE_LABELS } from '../renderer/format/sides';\nexport const side = SIDE_LABELS;\n",
      'src/renderer/format/sides.ts': "export const SIDE_LABELS = { it: 'IT' };\n",
    });
    expect(found).toEqual([
      { rule: 'shared-imports-only-shared', from: 'src/shared/labels.ts', to: 'src/lib/sides.ts' },
    ]);
  });

  it('refuses a renderer screen that reaches Node and the core by way of shared code', async () => {
    const found = await violationsIn({
      'src/renderer/features/workshops/List.tsx':
        "import { names } from '../../format/names';\nexport const List = () => names;\n",
      'src/renderer/format/names.ts': "import { load } from '../../shared/load';\nexport const names = load;\n",
      'src/shared/load.ts': "import { readWorkshops } from '../main/core/read';\nexport const load = readWorkshops;\n",
      'src/main/core/read.ts': "import { readFileSync } from 'node:fs';\nexport const readWorkshops = readFileSync;\n",
    });
    const reached = found.filter((v) => v.rule === 'renderer-never-reaches-main-preload-or-node');
    expect(reached.map((v) => [v.from, v.to])).toEqual(
      expect.arrayContaining([
        ['src/renderer/features/workshops/List.tsx', 'src/main/core/read.ts'],
        ['src/renderer/features/workshops/List.tsx', 'fs'],
        ['src/renderer/format/names.ts', 'src/main/core/read.ts'],
      ]),
    );
    expect(found).toContainEqual({
      rule: 'shared-imports-only-shared',
      from: 'src/shared/load.ts',
      to: 'src/main/core/read.ts',
    });
  });

  it.each([
    ['src/main/core/app.ts', "import { app } from 'electron';\nexport const x = app;\n", /^node_modules\/electron\//],
    [
      'src/main/core/menu.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      /^node_modules\/react\//,
    ],
    [
      'src/main/ipc/register.ts',
      "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
      /^node_modules\/electron\//,
    ],
    ['src/shared/path.ts', "import { join } from 'node:path';\nexport const x = join;\n", /^path$/],
    [
      'src/shared/store.ts',
      "import { create } from 'zustand';\nexport const x = create;\n",
      /^node_modules\/zustand\//,
    ],
    ['src/preload/index.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /^fs$/],
  ])('refuses %s importing %s', async (file, code, target) => {
    const found = await violationsIn({ [file]: code });
    expect(found).toContainEqual(expect.objectContaining({ from: file, to: expect.stringMatching(target) }));
  });

  it('refuses IPC handlers that reach into the core other than through the Core type', async () => {
    const found = await violationsIn({
      'src/main/ipc/handlers.ts':
        "import { createCore, type Core } from '../core';\nimport { reportData } from '../core/report';\nimport type { RoundFilter } from '../core/results';\nexport const x = [createCore, reportData] as const;\nexport type Y = [Core, RoundFilter];\n",
      'src/main/core/index.ts':
        "import { reportData } from './report';\nexport const createCore = () => ({ report: reportData });\nexport type Core = ReturnType<typeof createCore>;\n",
      'src/main/core/report.ts': 'export const reportData = 1;\n',
      'src/main/core/results.ts': 'export type RoundFilter = () => boolean;\n',
    });
    expect(found.map((v) => [v.rule, v.to])).toEqual(
      expect.arrayContaining([
        ['ipc-handlers-import-the-core-as-a-type', 'src/main/core/index.ts'],
        ['ipc-handlers-reach-core-only-through-its-services', 'src/main/core/report.ts'],
        ['ipc-handlers-reach-core-only-through-its-services', 'src/main/core/results.ts'],
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('refuses a preload that imports more of src/shared than the channel list', async () => {
    const found = await violationsIn({
      'src/preload/index.ts':
        "import { CHANNELS } from '../shared/ipc/channels';\nimport { contract } from '../shared/ipc/contract';\nexport const x = [CHANNELS, contract];\n",
      'src/shared/ipc/channels.ts': 'export const CHANNELS = [];\n',
      'src/shared/ipc/contract.ts': 'export const contract = {};\n',
    });
    expect(found).toEqual([
      {
        rule: 'preload-imports-only-electron-and-channels',
        from: 'src/preload/index.ts',
        to: 'src/shared/ipc/contract.ts',
      },
    ]);
  });

  it('refuses one feature importing another, and allows what they share from a folder outside features/', async () => {
    const found = await violationsIn({
      'src/renderer/features/ballot/BallotScreen.tsx':
        "import { PinDialog } from '../console/PinDialog';\nexport const x = PinDialog;\n",
      'src/renderer/features/console/PinDialog.tsx': 'export const PinDialog = 1;\n',
      'src/renderer/features/console/ConsoleScreen.tsx':
        "import { ExportReportButton } from '../report/ExportReportButton';\nimport { exportWorkbook } from '../../exports/exportWorkbook';\nexport const x = [ExportReportButton, exportWorkbook];\n",
      'src/renderer/features/designer/WorkshopScreen.tsx':
        "import { exportWorkbook } from '../../exports/exportWorkbook';\nexport const x = exportWorkbook;\n",
      'src/renderer/features/report/ExportReportButton.tsx': 'export const ExportReportButton = 1;\n',
      'src/renderer/exports/exportWorkbook.ts': 'export const exportWorkbook = 1;\n',
    });
    expect(found).toEqual([
      {
        rule: 'renderer-features-stay-apart',
        from: 'src/renderer/features/ballot/BallotScreen.tsx',
        to: 'src/renderer/features/console/PinDialog.tsx',
      },
      {
        rule: 'renderer-features-stay-apart',
        from: 'src/renderer/features/console/ConsoleScreen.tsx',
        to: 'src/renderer/features/report/ExportReportButton.tsx',
      },
    ]);
  });

  it('allows each layer what its list names', async () => {
    const found = await violationsIn({
      'src/cli/commands/import.ts':
        "import { importWorkshop } from '../../main/core/import';\nexport const x = importWorkshop;\n",
      'src/main/core/import.ts':
        "import { readFileSync } from 'node:fs';\nimport { Worker } from 'node:worker_threads';\nimport { parse } from '../../shared/parse';\nexport const importWorkshop = [readFileSync, Worker, parse];\n",
      'src/shared/parse.ts': "import { z } from 'zod';\nexport const parse = z;\n",
      'src/main/ipc/dispatch.ts':
        "import { importWorkshop } from '../core/import';\nexport const x = importWorkshop;\n",
      'src/main/ipc/handlers.ts':
        "import type { Core } from '../core';\nexport const handlers = (core: Core) => core.transfer;\n",
      'src/main/core/index.ts':
        "import { importWorkshop } from './import';\nexport const createCore = () => ({ transfer: importWorkshop });\nexport type Core = ReturnType<typeof createCore>;\n",
      'src/main/window.ts': "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n",
      'src/preload/index.ts':
        "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../shared/ipc/channels';\nexport const x = [contextBridge, CHANNELS];\n",
      'src/shared/ipc/channels.ts': 'export const CHANNELS = [];\n',
      'src/renderer/features/ballot/BallotScreen.tsx':
        "import { PinDialog } from '../../ui/PinDialog';\nimport { parse } from '../../../shared/parse';\nimport { create } from 'zustand';\nexport const x = [PinDialog, parse, create];\n",
      'src/renderer/ui/PinDialog.tsx': 'export const PinDialog = 1;\n',
    });
    expect(found).toEqual([]);
  });

  it('finds the tree as it stands within its layers', async () => {
    expect(await violations(ROOT, join(ROOT, 'tsconfig.json'))).toEqual([]);
  });
});

describe('the linter keeps the renderer to its client', () => {
  const eslint = new ESLint();

  async function problems(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: file });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-properties').map((m) => m.message);
  }

  it('refuses window.commonGround outside src/renderer/ipc', async () => {
    expect(await problems('src/renderer/features/example.ts', 'export const x = window.commonGround;\n')).not.toEqual(
      [],
    );
  });

  it('allows window.commonGround inside src/renderer/ipc', async () => {
    expect(await problems('src/renderer/ipc/example.ts', 'export const x = window.commonGround;\n')).toEqual([]);
  });
});
