// Bundles the widget into one minified IIFE (src/main.ts plus @switchboard/event-stream) and measures it.
// build.mjs, the size test and the benchmark all call buildWidget, so the figure they report is the shipped file's.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const entryPoint = fileURLToPath(new URL('./src/main.ts', import.meta.url));
export const defaultOutfile = fileURLToPath(new URL('./dist/widget.js', import.meta.url));

/**
 * Builds the bundle; writes it to `outfile` when one is given, else keeps it in memory.
 * @param {{ outfile?: string }} [options]
 * @returns {Promise<{ code: string, bytes: number, gzipBytes: number }>}
 */
export async function buildWidget({ outfile } = {}) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    write: false,
    outfile: outfile ?? defaultOutfile,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for src/main.ts');
  if (outfile) {
    await mkdir(dirname(outfile), { recursive: true });
    await writeFile(outfile, output.contents);
  }
  // Level 9, as a server's static gzip would be; the figure is what a browser downloads.
  return { code: output.text, bytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength };
}
