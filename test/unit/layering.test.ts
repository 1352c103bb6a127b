import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-properties')
    .map((m) => m.message);
}

describe('the linter enforces the layering', () => {
  it.each([
    ['src/shared/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/shared/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/shared/example.ts', "import { createCore } from '../main/core';\nexport const x = createCore;\n"],
    ['src/main/core/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'src/main/core/db/example.ts',
      "import { createMainWindow } from '../../window';\nexport const x = createMainWindow;\n",
    ],
    ['src/main/ipc/example.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['src/renderer/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['src/renderer/example.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['src/renderer/example.ts', "import { createCore } from '../main/core';\nexport const x = createCore;\n"],
    ['src/renderer/features/example.ts', 'export const x = window.commonGround;\n'],
    ['src/preload/example.ts', "import { contract } from '../shared/ipc/contract';\nexport const x = contract;\n"],
  ])('refuses %s importing across its layer', async (file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/main/window.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n"],
    ['src/main/core/example.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['src/renderer/ipc/example.ts', 'export const x = window.commonGround;\n'],
    ['src/preload/example.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n"],
  ])('allows %s its own imports', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
