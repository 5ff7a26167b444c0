import { describe, expect, it } from 'vitest';
import { evidenceUnits } from './evidence-units.js';
import { focusTableRows } from './focus-table-rows.js';

const table = '| Service | Price |\n| --- | --- |\n| Standard | $19 |\n| Express | $39 |\n| Overnight | $59 |';

describe('focusTableRows', () => {
  const units = evidenceUnits(`Rates for the United States.\n\n${table}`);

  it('keeps the rows the question singles out, with their header, and the prose around them', () => {
    const kept = focusTableRows(units, (unit) => (unit.text.includes('Express') ? 0.5 : 0));
    expect(kept.map((unit) => unit.text)).toEqual(['Rates for the United States.', 'Service: Express; Price: $39.']);
  });

  it('keeps a table whole when the question does not narrow it', () => {
    expect(focusTableRows(units, () => 0)).toHaveLength(units.length);
    expect(focusTableRows(units, (unit) => (unit.kind === 'row' ? 0.3 : 0))).toHaveLength(units.length);
  });
});
