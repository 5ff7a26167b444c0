#!/usr/bin/env node
// Packs the CLI as one installable tarball, dist-pack/switchboard-<version>.tgz: apps/cli and the workspace packages
// it uses are bundled into one ESM file by esbuild; every third-party package (native ones such as better-sqlite3,
// onnxruntime-node and hnswlib-node, data packages such as the word vectors) stays a normal dependency, pinned to the
// version in package-lock.json. Run `npm run build` first (`npm run pack` does both).
// No npm-shrinkwrap.json: npm ignores it when a local tarball is installed globally (npm/cli#5325), so transitive
// dependencies resolve afresh within their ranges.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-pack');
// The package is staged outside the repository, so npm sees no workspace around it and lint sees no output.
const stage = mkdtempSync(join(tmpdir(), 'switchboard-pack-'));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const lock = readJson(join(root, 'package-lock.json'));
const cli = readJson(join(root, 'apps/cli/package.json'));
const workspaceRoot = readJson(join(root, 'package.json'));

// Workspace packages reachable from the CLI, and the third-party dependencies they declare. The root manifest lists
// the workspaces, so a package added since the lockfile was last written is still bundled, not looked up on npm.
const workspaces = new Map(workspaceRoot.workspaces.map((path) => [readJson(join(root, path, 'package.json')).name, path]));
const external = new Set();
const seen = new Set();
(function visit(manifest) {
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (!workspaces.has(name)) external.add(name);
    else if (!seen.has(name)) {
      seen.add(name);
      visit(readJson(join(root, workspaces.get(name), 'package.json')));
    }
  }
})(cli);

const lockedVersion = (name) => {
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`pack-cli: ${name} is not in package-lock.json; run npm install`);
  return version;
};
const dependencies = Object.fromEntries([...external].sort().map((name) => [name, lockedVersion(name)]));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  await stagePackage();
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }).trim();
  console.log(relative(process.cwd(), join(out, tarball.split('\n').pop())));
} finally {
  rmSync(stage, { recursive: true, force: true });
}

async function stagePackage() {
  const result = await build({
    entryPoints: [join(root, 'apps/cli/dist/main.js')],
    outfile: join(stage, 'dist/switchboard.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...external],
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
    logLevel: 'warning',
  });
  // Only our own compiled code may be inlined; a third-party file here means a dependency is missing from a manifest.
  const strays = Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules/') && !input.includes('@switchboard/'));
  if (strays.length > 0) throw new Error(`pack-cli: bundled third-party files (declare them as dependencies):\n${strays.join('\n')}`);

  // Files the CLI reads beside itself at run time: the demo's example help center (without its generated data/).
  const example = join(root, 'examples/acme-help-center');
  const tracked = execFileSync('git', ['ls-files', '-z', '--', '.'], { cwd: example, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) cpSync(join(example, file), join(stage, 'examples/acme-help-center', file));
  cpSync(join(root, 'README.md'), join(stage, 'README.md'));
  // The browser surfaces `serve` hosts, found beside the bundle by apps/cli/src/browser-asset-dirs.ts.
  for (const [app, file] of [
    ['widget', 'widget.js'],
    ['console', 'index.html'],
  ]) {
    const built = join(root, 'apps', app, 'dist');
    if (!existsSync(join(built, file))) throw new Error(`pack-cli: apps/${app} is not built; run npm run build`);
    cpSync(built, join(stage, 'dist', app), { recursive: true });
  }

  const manifest = {
    name: 'switchboard',
    version: cli.version,
    description: workspaceRoot.description,
    license: workspaceRoot.license,
    type: 'module',
    engines: workspaceRoot.engines,
    bin: { switchboard: './dist/switchboard.js' },
    files: ['dist', 'examples'],
    dependencies,
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
