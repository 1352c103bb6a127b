import { builtinModules } from 'node:module';

/**
 * The layering of the tree, as allow-lists: each folder names what it may import, and
 * anything else is refused. The renderer and the command line are also checked through
 * every chain of imports, so a forbidden module cannot be reached by way of a helper.
 *
 *   src/shared     pure TypeScript, runs everywhere
 *   src/main/core  the engine over SQLite, runs in plain Node
 *   src/main/ipc   channel registration, no electron
 *   src/main/*.ts  the shell: the only main-process files that import electron
 *   src/preload    electron's contextBridge + the channel list
 *   src/renderer   React; reaches the main process only through renderer/ipc
 *   src/cli        the command line, runs in plain Node
 */

/** Node's built-in modules, as dependency-cruiser names them with or without the node: prefix. */
const NODE_BUILTIN = `^(node:)?(${builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => name.replace(/[/]/g, '\\/'))
  .join('|')})$`;

/** An npm package, by its folder under node_modules (which resolves to files inside it). */
const npm = (...names) => names.map((name) => `^node_modules/${name}/`);

export default {
  forbidden: [
    {
      name: 'shared-imports-only-shared',
      comment: 'src/shared is pure TypeScript: it imports only src/shared and zod.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { pathNot: ['^src/shared/', ...npm('zod')] },
    },
    {
      name: 'core-imports-only-shared-node-sqlite-zod',
      comment:
        'src/main/core runs in plain Node: src/shared, itself, Node built-ins, better-sqlite3 and zod, ' +
        'the spreadsheet writer of its Excel export, and the built-in templates it ships with.',
      severity: 'error',
      from: { path: '^src/main/core/' },
      to: {
        pathNot: [
          '^src/shared/',
          '^src/main/core/',
          '^assets/templates/',
          NODE_BUILTIN,
          ...npm('better-sqlite3', 'zod', 'write-excel-file'),
        ],
      },
    },
    {
      name: 'ipc-imports-only-core-and-shared',
      comment: 'src/main/ipc registers channels over the core; the shell passes ipcMain in.',
      severity: 'error',
      from: { path: '^src/main/ipc/' },
      to: { pathNot: ['^src/main/core/', '^src/main/ipc/', '^src/shared/'] },
    },
    {
      name: 'ipc-handlers-reach-core-only-through-its-services',
      comment:
        'Each IPC handler calls core.<service>.<method>: from src/main/core, handlers.ts imports only the Core type.',
      severity: 'error',
      from: { path: '^src/main/ipc/handlers\\.ts$' },
      to: { path: '^src/main/core/', pathNot: '^src/main/core/index\\.ts$' },
    },
    {
      name: 'ipc-handlers-import-the-core-as-a-type',
      comment: 'handlers.ts is given the core; it never creates or reads one of its own.',
      severity: 'error',
      from: { path: '^src/main/ipc/handlers\\.ts$' },
      to: { path: '^src/main/core/index\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'preload-imports-only-electron-and-channels',
      comment: "The preload holds electron's contextBridge and the channel list, nothing else.",
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { pathNot: ['^src/preload/', '^src/shared/ipc/channels\\.ts$', '^electron$', ...npm('electron')] },
    },
    {
      name: 'main-never-imports-renderer-or-preload',
      comment: 'The main process does not import renderer or preload code, nor React.',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: ['^src/renderer/', '^src/preload/', ...npm('react', 'react-dom')] },
    },
    {
      name: 'cli-never-reaches-electron',
      comment: 'The command line runs in plain Node: no chain of imports from it may end in electron.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^electron$', ...npm('electron')], reachable: true },
    },
    {
      name: 'renderer-imports-only-renderer-shared-npm',
      comment: 'The renderer reaches the main process only through renderer/ipc: no main, preload or Node code.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { pathNot: ['^src/renderer/', '^src/shared/', '^node_modules/'] },
    },
    {
      name: 'renderer-never-reaches-main-preload-or-node',
      comment: 'No chain of imports from the renderer may end in the main process, the preload, electron or Node.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: {
        path: [
          '^src/main/',
          '^src/preload/',
          '^src/cli/',
          '^electron$',
          ...npm('electron', 'better-sqlite3'),
          NODE_BUILTIN,
        ],
        reachable: true,
      },
    },
    {
      name: 'renderer-features-stay-apart',
      comment:
        'A feature (a screen) does not import another feature; what two of them share lives in a named folder ' +
        'outside features/, such as ui/ or exports/.',
      severity: 'error',
      from: { path: '^src/renderer/features/([^/]+)/' },
      to: { path: '^src/renderer/features/', pathNot: '^src/renderer/features/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.css$' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
