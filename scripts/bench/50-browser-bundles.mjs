// What a browser downloads (issue 18): the chat widget's one file (budget: 30 kB gzipped) and the console's first
// load (index.html with the scripts and styles it names; the Metrics page's chart code loads only when opened).
// The peer for size: React 19 with react-dom doing nothing but mounting a root, bundled and minified the same way,
// the floor of a widget built on React. Sizes are deterministic, so one run is the figure (no medians needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildWidget } from '@switchboard/widget/build-widget.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const widget = await buildWidget();

const consoleDir = join(root, 'apps/console/dist');
const html = readFileSync(join(consoleDir, 'index.html'));
const firstLoad = [...html.toString().matchAll(/(?:src|href)="\/console\/([^"]+\.(?:js|css))"/g)].map(([, path]) => path);
const consoleFiles = firstLoad.map((path) => readFileSync(join(consoleDir, path)));
const consoleBytes = html.byteLength + consoleFiles.reduce((sum, file) => sum + file.byteLength, 0);
const consoleGzip = gzip(html) + consoleFiles.reduce((sum, file) => sum + gzip(file), 0);

const peer = await build({
  stdin: {
    contents: "import { createRoot } from 'react-dom/client'; createRoot(document.body).render(null);",
    resolveDir: join(root, 'apps/console'),
    loader: 'js',
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'silent',
});
const peerBytes = peer.outputFiles[0].contents;

console.log('bundle                                   raw        gzip -9');
console.log(`widget.js (Switchboard)                  ${kb(widget.bytes).padEnd(10)} ${kb(widget.gzipBytes)}   (budget 30 kB gzipped)`);
console.log(`React 19 + react-dom, an empty root      ${kb(peerBytes.byteLength).padEnd(10)} ${kb(gzip(peerBytes))}`);
console.log(`console first load (${firstLoad.length + 1} files)             ${kb(consoleBytes).padEnd(10)} ${kb(consoleGzip)}`);
console.log(`widget / empty React root, gzipped: ${(widget.gzipBytes / gzip(peerBytes)).toFixed(2)}×`);
if (widget.gzipBytes > 30 * 1024) {
  console.error('widget.js is over its 30 kB gzipped budget');
  process.exitCode = 1;
}
