// The checks that look at the reported criteria one by one give a visitor (`criterion`, core/checks/define.ts); score
// (core/checks/run.ts) walks the criteria once, calling each visitor on the criteria its check looks at (`looksAt`,
// asked once per criterion of a set), then runs the whole-report checks: each check's flags as its own loop gave them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { defineCheck, type FlagDraft, type Needs } from '../../core/checks/define.js';
import { checks } from '../../core/checks/index.js';
import { score } from '../../core/checks/run.js';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import { readReport } from '../../core/report/read.js';
import { scoreCriteria } from '../../core/scoring/score.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
    criterion({ code: 'CQS-02', measure: 'count', rule: { kind: 'manual' } }),
    criterion({ code: 'CQS-03', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
  ],
});
const report = (unitName: string) => makeReport({ unitName, unitKind: 'Thôn', rows: [['CQS-01', '90%'], ['CQS-02', '3'], ['CQS-03', '70%']] });

const described = { severity: 'warning', title: 'Kiểm tra thử', titleEn: 'A test check', description: 'Gắn cờ từng tiêu chí.' } as const;
/** A visitor check flagging each criterion it is called on, at the criterion's row, counting the criteria it is asked about. */
function visiting(id: string, asked: string[], looksAt?: (code: string) => boolean) {
  return defineCheck({
    id,
    ...described,
    ...(looksAt && {
      looksAt: (c) => {
        asked.push(c.code);
        return looksAt(c.code);
      },
    }),
    criterion: (_ctx, { criterion: c, row }, flags: FlagDraft[]) => {
      if (c.code === 'CQS-03' && id === 'c-throws') throw new Error('hỏng ở CQS-03');
      flags.push({ message: `${id} ${c.code}`, cell: `A${row.row}`, criterion: c.code });
    },
  });
}

describe('score walks the reported criteria once for the checks that look at them one by one', () => {
  it('gives each check its flags as its own loop did, in sheet order, a throwing visitor losing its own alone', () => {
    const asked: string[] = [];
    const whole = defineCheck({ id: 'b-whole', ...described, run: () => [{ message: 'cả báo cáo', cell: 'A1' }] });
    const card = score(set, report('Thôn A'), {}, [visiting('a-all', asked), whole, visiting('c-throws', asked), visiting('d-rates', asked, (code) => code !== 'CQS-02')]);
    // In sheet order: the failure (no cell) first, then by row and code.
    expect(card.flags.map((f) => f.message)).toEqual([
      expect.stringContaining('Lỗi khi kiểm tra «Kiểm tra thử»'),
      'cả báo cáo',
      ...['CQS-01', 'CQS-02', 'CQS-03'].flatMap((code) => ['a-all', 'd-rates'].filter((id) => id === 'a-all' || code !== 'CQS-02').map((id) => `${id} ${code}`)),
    ]);
    // c-throws flagged CQS-01 and CQS-02 before it threw: dropped, as a check's run that throws gives nothing.
    expect(card.flags.filter((f) => f.message.startsWith('c-throws'))).toEqual([]);
    expect(card.flags.find((f) => f.code === 'check-failed')!.details).toMatchObject({ check: 'c-throws', error: 'hỏng ở CQS-03' });
  });

  it('asks a check which criteria it looks at once per criterion of a set, not on every report', () => {
    const asked: string[] = [];
    const registry = [visiting('d-rates', asked, (code) => code !== 'CQS-02')];
    for (const unit of ['Thôn A', 'Thôn B', 'Thôn C']) {
      expect(score(set, report(unit), {}, registry).flags.map((f) => f.message)).toEqual(['d-rates CQS-01', 'd-rates CQS-03']);
    }
    expect(asked).toEqual(['CQS-01', 'CQS-02', 'CQS-03']);
    // The check alone (its run, as the faces' tests call it) looks at the same criteria.
    expect(registry[0]!.run({ set, report: report('Thôn D'), scores: score(set, report('Thôn D')).criteria, options: {} }).map((f) => f.message)).toEqual(['d-rates CQS-01', 'd-rates CQS-03']);
  });

  it('leaves the registered checks giving the same flags alone as in the walk', () => {
    const r = report('Thôn A');
    const card = score(set, r, {}, checks);
    const context = { set, report: r, scores: card.criteria, options: {} };
    expect(card.flags.length).toBeGreaterThan(0);
    expect(card.flags.map((f) => f.code).sort()).toEqual(checks.flatMap((c) => c.run(context)).map((f) => f.code).sort());
  });
});

describe('a visitor that needs a kind of reading or typed cells (`needs`)', () => {
  it('is called only on the criteria that have them', () => {
    const called: string[] = [];
    const needing = (needs: Needs) =>
      defineCheck({ id: 'e-needs', ...described, needs, criterion: (_ctx, { criterion: c }) => void called.push(c.code) });
    const r = makeReport({
      unitName: 'Thôn A',
      unitKind: 'Thôn',
      rows: [{ code: 'CQS-01', result: '90%', selfScore: '10' }, { code: 'CQS-02', result: '' }, { code: 'CQS-03', numerator: '7', denominator: '10', selfScore: '' }],
    });
    score(set, r, {}, [needing({ typed: ['selfScore'] })]);
    expect(called.splice(0)).toEqual(['CQS-01']);
    score(set, r, {}, [needing({ typed: ['numerator', 'denominator'] })]);
    expect(called.splice(0)).toEqual(['CQS-03']);
    score(set, r, {}, [needing({ reading: 'missing' })]);
    expect(called.splice(0)).toEqual(['CQS-02']);
    score(set, r, {}, [needing({ reading: 'value', typed: ['selfScore'] })]);
    expect(called.splice(0)).toEqual(['CQS-01']);
  });

  it('flags nothing where a criterion lacks them: every registered visitor, on every example report against every built-in set', async () => {
    const folder = fileURLToPath(new URL('../../examples/bao-cao/', import.meta.url));
    const reports = [];
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort()) {
      const workbook = OoxmlWorkbook.open(readFileSync(`${folder}${file}`));
      for (const grid of await workbook.readSheets(await workbook.listSheets())) {
        const read = readReport(grid, { file });
        if (read.ok) reports.push(read.report);
      }
    }
    const needing = checks.filter((c) => c.needs !== undefined);
    expect(needing.length).toBeGreaterThan(0);
    let asked = 0;
    for (const s of builtinSets()) {
      for (const r of reports) {
        const { card, rows, reported } = scoreCriteria(s, r);
        const context = { set: s, report: r, scores: card.criteria, options: {}, rows };
        for (const one of reported ?? []) {
          for (const check of needing) {
            const { reading, typed = [] } = check.needs!;
            if ((reading === undefined || one.reading.kind === reading) && typed.every((cell) => (one.row[cell]?.value.kind ?? 'empty') !== 'empty')) continue;
            if (check.looksAt && !check.looksAt(one.criterion)) continue;
            const flags: FlagDraft[] = [];
            check.criterion!(context, one, flags);
            asked++;
            expect(flags, `${check.id} at ${one.criterion.code} of «${r.sheet}», ${s.id}`).toEqual([]);
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});

// Made for issue 59 item 2: seventeen checks each walked the reported criteria in a loop of its own, on every report;
// the walk is now one, each check still one file that says which criteria it looks at.
