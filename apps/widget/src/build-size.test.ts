import { beforeAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../build-widget.mjs';

/** Issue 18: the widget's bundle stays under 30 kB gzipped. */
const budgetBytes = 30 * 1024;

describe('the widget bundle', () => {
  let bundle: Awaited<ReturnType<typeof buildWidget>>;
  beforeAll(async () => {
    bundle = await buildWidget();
  });

  it('is under 30 kB gzipped', () => {
    expect(bundle.gzipBytes).toBeGreaterThan(0);
    expect(bundle.gzipBytes).toBeLessThan(budgetBytes);
  });

  it('never parses server text as HTML: no innerHTML or other HTML sinks in the shipped file', () => {
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser', 'createContextualFragment']) {
      expect(bundle.code, sink).not.toContain(sink);
    }
  });

  it('is one self-contained script: an IIFE with the event-stream reader inside, no imports left, no source map', () => {
    expect(bundle.code).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(bundle.code).not.toMatch(/\bimport\s*[("'{]|\brequire\(|@switchboard\//);
    expect(bundle.code).not.toContain('sourceMappingURL');
    expect(bundle.code).toContain('getReader()'); // readEventStream, bundled
  });
});
