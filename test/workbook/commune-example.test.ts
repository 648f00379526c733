// examples/xa-ta-ma-2025.xlsx (the whole commune in one workbook, opened by the standalone page's
// example button) scores exactly like the per-unit files in examples/bao-cao/ with the criteria workbook.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCriteriaSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { scoreWorkbook } from '../../core/workbook/score-workbook.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const open = (path: string) => ExcelJsWorkbook.fromBuffer(readFileSync(path));
const DATE = '2025-11-27';

describe('examples/xa-ta-ma-2025.xlsx', () => {
  it('holds its own criteria sheet and the 15 units, scored as the separate files are', async () => {
    const commune = await open(join(EXAMPLES, 'xa-ta-ma-2025.xlsx'));
    const names = await commune.listSheets();
    expect(names).toHaveLength(1 + 15);
    expect(names[0]).toBe('Tiêu chí');
    const criteria = readCriteriaSheet(findCriteriaSheet(await commune.readSheets(names))!);
    if (!criteria.ok) throw new Error(criteria.errors.map((e) => e.message).join('\n'));

    const whole = await scoreWorkbook(commune, criteria.set, { date: DATE });
    expect(whole.errors).toEqual([]);
    expect(whole.cards).toHaveLength(15);

    const separate = [];
    for (const file of readdirSync(join(EXAMPLES, 'bao-cao')).sort()) {
      separate.push(...(await scoreWorkbook(await open(join(EXAMPLES, 'bao-cao', file)), criteria.set, { date: DATE })).cards);
    }
    const summary = (cards: typeof whole.cards) =>
      Object.fromEntries(cards.map((c) => [c.unitName, { total: c.total, flags: c.flags.map((f) => `${f.code}@${f.cell ?? ''}`).sort() }]));
    expect(summary(whole.cards)).toEqual(summary(separate));
  });
});
