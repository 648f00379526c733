// Issue 55 item 2, sub-parts numbered «II.1», «IV.A» with no «II» / «IV» row above them: each a group of its own,
// never put under the part above (which would then cap them) — on real tables of the corpus
// (test/fixtures/real/criteria-corpus/): a high school's staff table whose «I. … (80 điểm ban đầu)» is followed by
// «II.1.», «II.2.», «II.4.», «II.5.», «II.7.», «II.8.» and no «II», and a university's form whose five alternative
// sections «IV.A.» … «IV.E.» (40 each, one per kind of post) stand between «III.» and «V.» with no «IV».
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { readCriteriaFile } from '../../cli/files.js';
import { reconcile } from '../../core/criteria/sheet/reconcile.js';
import { statedFigures } from '../../core/criteria/sheet/stated-figures.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { loadCorpus, renderCorpus, scorecard } from '../../scripts/harness/criteria-corpus.js';

type Read = Awaited<ReturnType<typeof readCriteriaFile>>;
const reads = new Map<string, Read>();
const scorecards = new Map<string, ReturnType<typeof scorecard>>();
let university: SheetGrid;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-orphan-parts-'));
  const entries = (await loadCorpus()).filter((e) => e.id === 'thi-dua-thpt-cva' || e.id === 'vien-chuc-quan-li-tu-danh-gia');
  const written = await renderCorpus(entries, dir);
  for (const e of entries) {
    const read = await readCriteriaFile(written.get(e.id)!, dir);
    reads.set(e.id, read);
    scorecards.set(e.id, scorecard(e, read));
  }
  const tables = await readDocxTables(await readFile(written.get('vien-chuc-quan-li-tu-danh-gia')!), (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document);
  university = tables.find((t) => t.grid.values.some((row) => row[0] === 'IV.A'))!.grid;
}, 300_000);
const groups = (id: string) => reads.get(id)!.set.groups.map((g) => [g.id, g.maxPoints]);
const inGroup = (id: string, group: string) => reads.get(id)!.set.criteria.filter((c) => c.group === group).map((c) => c.code);

describe('a high school’s staff table (thi-dua-thpt-cva): «II.1.» … «II.8.» after part I, no «II» row', () => {
  it('reads each «II.n» as a group of its own beside I, not as parts of I capped at its 80', () => {
    expect(groups('thi-dua-thpt-cva').map(([id]) => id)).toEqual(['I', 'II.1', 'II.2', 'II.4', 'II.5', 'II.7', 'II.8']);
    expect(inGroup('thi-dua-thpt-cva', 'I')).toEqual(['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'I.8']);
    expect(inGroup('thi-dua-thpt-cva', 'II.1')[0]).toBe('II.1.1');
    expect(inGroup('thi-dua-thpt-cva', 'II.8')).toEqual(['II.8.1']);
  });

  it('holds part I to the 80 its words write, and every figure of the table read or said', () => {
    const read = reads.get('thi-dua-thpt-cva')!;
    expect(read.reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.code === 'I')).toMatchObject({ reads: 80, agrees: true });
    expect(groups('thi-dua-thpt-cva')[0]).toEqual(['I', 80]);
    expect(scorecards.get('thi-dua-thpt-cva')!.figures.filter((f) => f.verdict === 'silent')).toEqual([]);
  });
});

describe('a university’s form for its managing staff (vien-chuc-quan-li-tu-danh-gia): «IV.A.» … «IV.E.» between «III.» and «V.», no «IV» row', () => {
  it('reads the five alternatives as sections of their own, 40 each, and V after them, not under IV.E', () => {
    expect(groups('vien-chuc-quan-li-tu-danh-gia')).toEqual([['I', 10], ['II', 10], ['III', 20], ['IV.A', 40], ['IV.B', 40], ['IV.C', 40], ['IV.D', 40], ['IV.E', 40], ['V', 20]]);
    expect(inGroup('vien-chuc-quan-li-tu-danh-gia', 'III')).toEqual(['III.1', 'III.2', 'III.3', 'III.4']);
    expect(inGroup('vien-chuc-quan-li-tu-danh-gia', 'IV.A')).toEqual(['IV.A.1', 'IV.A.2', 'IV.A.3']);
    expect(inGroup('vien-chuc-quan-li-tu-danh-gia', 'V')).toEqual(['V.1', 'V.2', 'V.3', 'V.4']);
  });

  it('holds each section to the maximum its row writes (IV.A … IV.E to the items under each), all agreeing', () => {
    const sections = reads.get('vien-chuc-quan-li-tu-danh-gia')!.reconciliation.figures.filter((f) => /^(I|II|III|IV\.[A-E]|V)$/.test(f.figure.code));
    expect(sections.map((f) => [f.figure.code, f.figure.value, f.agrees])).toEqual([
      ['I', 10, true], ['II', 10, true], ['III', 20, true], ['IV.A', 40, true], ['IV.B', 40, true], ['IV.C', 40, true], ['IV.D', 40, true], ['IV.E', 40, true], ['V', 20, true],
    ]);
    expect(scorecards.get('vien-chuc-quan-li-tu-danh-gia')!.figures.filter((f) => f.verdict === 'silent')).toEqual([]);
  });

  it('takes «IV.A» … «IV.E» as parts of their own, so a reading that puts them under III is said at part III', () => {
    const stated = statedFigures(university);
    const parts = stated.figures.filter((f) => f.kind === 'part');
    expect(parts.map((f) => [f.code, f.row, f.lastRow])).toEqual([['I', 2, 4], ['II', 5, 10], ['III', 11, 15], ['IV.A', 16, 19], ['IV.B', 20, 23], ['IV.C', 24, 26], ['IV.D', 27, 30], ['IV.E', 31, 34], ['V', 35, 39]]);
    // The set as a reader without its orphan-part rule builds it: every row after part III's heading in group III.
    const set = reads.get('vien-chuc-quan-li-tu-danh-gia')!.set;
    const merged = {
      ...set,
      groups: set.groups.filter((g) => ['I', 'II', 'III'].includes(g.id)),
      criteria: set.criteria.map((c) => (['I', 'II', 'III'].includes(c.group) ? c : { ...c, group: 'III' })),
    };
    const iii = reconcile(merged, stated).figures.find((f) => f.figure.code === 'III')!;
    expect(iii.agrees).toBe(false);
    expect(iii.text).toBe('Phần III «Ý thức tổ chức kỉ luật, tác phong và lề lối làm việc.» ghi 20 điểm (ô C11); thidua đọc được 240 — nhóm III gồm cả các mục ở dòng 17–39, ngoài các dòng của phần (dòng 11–15): các mục cộng được 240, tính 20');
  });
});

// Made for issue 55's «Done when»: orphan sub-parts held on real documents, not only on a table built for the test.
