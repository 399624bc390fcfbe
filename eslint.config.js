import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint for the whole repository. Besides the usual recommended rules it enforces the layers
 * (see docs/ARCHITECTURE.md): which src/ folder may import which, and which folders may use
 * Node, Electron or native packages. Tooling keeps the layers, not memory.
 */

const sourceFiles = '{ts,tsx,js,mjs,cjs}';
// Deep enough for any folder we will ever nest under a layer.
const maxDepth = 8;

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeBuiltins = [...new Set(builtinModules.map((name) => name.split('/')[0]))];
const anyOf = (names) => `(${names.map(escape).join('|')})`;

/**
 * What a layer may not import. `layers` are other src/ folders; `packages` are npm packages
 * (and their subpaths); `node` forbids Node's built-in modules.
 */
const layering = {
  shared: {
    layers: ['core', 'main', 'preload', 'renderer', 'server', 'cli'],
    packages: ['electron', 'better-sqlite3', 'react', 'react-dom', 'ws'],
    node: true,
    why: 'src/shared is pure TypeScript shared by every process',
  },
  renderer: {
    layers: ['core', 'main', 'preload', 'server', 'cli'],
    packages: ['electron', 'better-sqlite3', 'ws'],
    node: true,
    why: 'src/renderer runs in a sandboxed browser page and reaches the core only through the API',
  },
  preload: {
    layers: ['core', 'main', 'renderer', 'server', 'cli'],
    packages: ['better-sqlite3', 'ws'],
    node: true,
    why: 'src/preload runs sandboxed: only electron, src/shared and bundled packages',
  },
  core: {
    layers: ['main', 'preload', 'renderer'],
    packages: ['electron'],
    node: false,
    why: 'src/core is plain Node; it also runs without Electron (browser mode, tests, CLI)',
  },
  server: {
    layers: ['main', 'preload', 'renderer'],
    packages: ['electron'],
    node: false,
    why: 'src/server is plain Node and never runs inside Electron',
  },
  cli: {
    layers: ['main', 'preload', 'renderer'],
    packages: ['electron'],
    node: false,
    why: 'the minga command runs in plain Node',
  },
  main: {
    layers: ['preload', 'renderer'],
    packages: [],
    node: false,
    why: 'src/main loads the preload and renderer bundles by path, never imports their code',
  },
};

/**
 * One no-restricted-imports block per layer and folder depth. The depth matters for relative
 * imports: from src/shared/domain/x.ts, "../../core/y" reaches src/core but "../core" does not,
 * so each depth gets a pattern with exactly the number of "../" that climbs back to src/.
 * Test files beside the code run in Node, so for them only the layer boundaries apply.
 */
function layeringBlocks(layer, rule) {
  const message = `Layering: ${rule.why}.`;
  const blocks = [];
  for (let depth = 0; depth <= maxDepth; depth += 1) {
    const folder = `src/${layer}/${'*/'.repeat(depth)}`;
    const layerPatterns = [
      { regex: `^(\\.\\./){${depth + 1}}${anyOf(rule.layers)}(/|$)`, message },
      { regex: `(^|/)src/${anyOf(rule.layers)}(/|$)`, message },
    ];
    const platformPatterns = [
      ...(rule.packages.length > 0 ? [{ regex: `^${anyOf(rule.packages)}(/|$)`, message }] : []),
      ...(rule.node ? [{ regex: `^(node:|${anyOf(nodeBuiltins)}(/|$))`, message }] : []),
    ];
    blocks.push(
      {
        files: [`${folder}*.${sourceFiles}`],
        rules: { 'no-restricted-imports': ['error', { patterns: [...layerPatterns, ...platformPatterns] }] },
      },
      {
        files: [`${folder}*.test.${sourceFiles}`],
        rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns }] },
      },
    );
  }
  return blocks;
}

export default defineConfig(
  {
    ignores: [
      'out/', 'dist/', 'node_modules/', 'resources/', 'test-results/', 'playwright-report/',
      'coverage/', '.minga-data/', 'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    ...reactHooks.configs.flat.recommended,
    files: [`src/renderer/**/*.${sourceFiles}`],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [`src/preload/**/*.${sourceFiles}`],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  ...Object.entries(layering).flatMap(([layer, rule]) => layeringBlocks(layer, rule)),
);
