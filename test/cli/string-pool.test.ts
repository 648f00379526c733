// The command's thread shares the strings of what the worker sends (cli/string-pool.ts): the data must come
// out the same, whatever it holds, for scoring and copies to read it as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { readWorkbookOn } from '../../core/run/workbook-reports.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { StringPool } from '../../cli/string-pool.js';

describe('StringPool', () => {
  it('leaves a kept report and its cards as they were, cloned as a worker sends them', async () => {
    const set = findBuiltin('ta-ma-2025')!;
    const pool = new StringPool();
    for (const file of ['ban-hua-ca.xlsx', 'tram-y-te-ta-ma.xlsx', 'ubnd-xa-ta-ma.xlsx']) {
      const workbook = OoxmlWorkbook.open(new Uint8Array(readFileSync(new URL(`../../examples/bao-cao/${file}`, import.meta.url))));
      const reports = await readWorkbookOn(workbook, set, { file });
      const sent = structuredClone(reports);
      expect(pool.share(sent)).toBe(sent);
      expect(sent).toEqual(reports);
    }
  });

  it('passes over dates, typed arrays and class instances, and shares strings inside arrays and plain objects', () => {
    const pool = new StringPool();
    const date = new Date(Date.UTC(2025, 11, 31));
    const bytes = new Uint8Array([1, 2, 3]);
    const map = new Map([['a', 'b']]);
    const value = { when: date, bytes, map, rows: [['General', null, 1, true], { kind: 'empty' }] };
    pool.share(value);
    expect(value.when).toBe(date);
    expect(value.bytes).toBe(bytes);
    expect(value.map).toBe(map);
    expect(value).toEqual({ when: new Date(Date.UTC(2025, 11, 31)), bytes: new Uint8Array([1, 2, 3]), map: new Map([['a', 'b']]), rows: [['General', null, 1, true], { kind: 'empty' }] });
  });
});
