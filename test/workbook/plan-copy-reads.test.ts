// forCopy (core/run/plan-copy.ts): what a kept workbook's reports keep until the run is decided is enough to plan
// its copy — planCopy of it is planCopy of the whole, on the example commune as the units sent it and on its scored
// copies read again (their sheets carry scoring's columns right of the report, which forCopy leaves out); and so is a
// workbook read again without scoring, as one past the kept budget is for its copy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { decideRun } from '../../core/run/decide-run.js';
import { editedInPlace, forCopy, planCopy, runShares } from '../../core/run/plan-copy.js';
import { readWorkbookOn, type WorkbookReports } from '../../core/run/workbook-reports.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const SET = findBuiltin('ta-ma-2025')!;
const DATE = '2025-12-01';

/** Each workbook read (with the council's `review`), the run decided over them all, and each copy planned from the whole reports and from forCopy's. */
async function plans(files: Uint8Array[], review: { decisions?: CouncilDecision[]; unread?: UnreadDecision[] } = {}) {
  const read: WorkbookReports[] = [];
  const ports: OoxmlWorkbook[] = [];
  for (const [i, bytes] of files.entries()) {
    const port = OoxmlWorkbook.open(bytes);
    ports.push(port);
    read.push(await readWorkbookOn(port, SET, { file: `tep-${i}.xlsx`, ...review }));
  }
  const shareOf = runShares(decideRun(SET, read.map((r) => ({ cards: r.cards })), {}));
  // Read again without scoring, as a workbook past the kept budget is for its copy (core/run/worker-steps.ts).
  const again = await Promise.all(files.map((bytes, i) => readWorkbookOn(OoxmlWorkbook.open(bytes), SET, { file: `tep-${i}.xlsx`, ...review, unscored: true })));
  return read.map((r, i) => ({
    read: r,
    port: ports[i]!,
    whole: planCopy(SET, r, shareOf(i), r.decisions, { date: DATE }),
    kept: planCopy(SET, forCopy(r), shareOf(i), forCopy(r).decisions, { date: DATE }),
    unscored: again[i]!,
    readAgain: planCopy(SET, again[i]!, shareOf(i), again[i]!.decisions, { date: DATE }),
  }));
}

describe('forCopy', () => {
  it('plans the same copy as the whole reports, for every example workbook and for its scored copy read again', async () => {
    const dir = join(EXAMPLES, 'bao-cao');
    const units = [...readdirSync(dir).sort().map((f) => readFileSync(join(dir, f))), readFileSync(join(EXAMPLES, 'xa-ta-ma-2025.xlsx'))].map((b) => new Uint8Array(b));
    const first = await plans(units);
    expect(first.length).toBe(13);
    for (const p of first) {
      expect(p.kept).toEqual(p.whole);
      // Read again unscored: the same reports, no card, the same copy.
      expect(p.unscored.cards).toEqual([]);
      expect(p.unscored.reports).toEqual(p.read.reports);
      expect(p.readAgain).toEqual(p.whole);
      expect(editedInPlace(p.read)).toEqual(p.whole.sheets.filter((s) => s.mode === 'existing').map((s) => s.sheet));
    }

    const copies: Uint8Array[] = [];
    for (const p of first) {
      await p.port.apply(p.whole);
      copies.push(await p.port.toBuffer());
    }
    const again = await plans(copies);
    // Scored before: each report sheet holds scoring's columns, past the column after the report's last.
    expect(again.every((p) => p.read.alreadyScored.length > 0)).toBe(true);
    expect(again.some((p) => p.read.grids.some((g, i) => g.values.some((row) => row.length > p.read.reports[i]!.lastColumn + 2 - (g.origin?.col ?? 1))))).toBe(true);
    for (const p of again) {
      expect(p.kept).toEqual(p.whole);
      expect(p.readAgain).toEqual(p.whole);
      expect(editedInPlace(p.read)).toEqual(p.whole.sheets.filter((s) => s.mode === 'existing').map((s) => s.sheet));
    }
  });

  it('keeps the council\'s decisions and the flags held as typed that the copy\'s «Rà soát» shows, and plans the same copy', async () => {
    const dir = join(EXAMPLES, 'bao-cao');
    const units = readdirSync(dir).sort().map((f) => new Uint8Array(readFileSync(join(dir, f))));
    const flagged = (await plans(units)).flatMap((p) => p.read.cards).filter((c) => c.flags.length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(4);
    const about = (c: (typeof flagged)[number]) => ({ sheet: c.sheet, unitName: c.unitName, flagCode: c.flags[0]!.code, ...(c.flags[0]!.cell ? { cell: c.flags[0]!.cell } : {}) });
    const decisions: CouncilDecision[] = flagged.slice(0, 3).map((c, i) => ({ ...about(c), decision: i === 0 ? 'explain' : 'accept', reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Đã xem minh chứng' }));
    decisions.push({ sheet: 'Bản Không Có', unitName: 'Bản Không Có', flagCode: flagged[0]!.flags[0]!.code, decision: 'accept', reviewer: '', date: '', comment: '' });
    const unread: UnreadDecision[] = [{ ...about(flagged[3]!), first: { decision: 'chấp nhận?', reviewer: '', date: '', comment: '', notes: [] } }];
    const reviewed = await plans(units, { decisions, unread });
    for (const p of reviewed) expect(p.kept).toEqual(p.whole);
    const kept = reviewed.map((p) => forCopy(p.read));
    expect(kept.reduce((n, r) => n + r.decisions.length, 0)).toBe(3);
    expect(kept.reduce((n, r) => n + r.unread.length, 0)).toBe(1);
  });
});

// Made for issue 27 item 4: a kept workbook's reports held at what its copy's plan reads.
