#!/usr/bin/env node
// Builds apps/widget/dist/widget.js, the file the server serves at /widget.js, and prints its size.
import { relative } from 'node:path';
import { buildWidget, defaultOutfile } from './build-widget.mjs';

const { bytes, gzipBytes } = await buildWidget({ outfile: defaultOutfile });
const kilobytes = (count) => `${(count / 1024).toFixed(1)} kB`;
console.log(`${relative(process.cwd(), defaultOutfile)}: ${kilobytes(bytes)} raw, ${kilobytes(gzipBytes)} gzipped (budget 30 kB gzipped)`);
