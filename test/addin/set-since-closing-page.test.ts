// The standalone page after closing, given its closed tong-hop.xlsx again with the example commune's reports and a
// criteria set edited since (a band's «Điều kiện khác» added, a criterion's maximum raised): the page's run (the same
// core as `thidua score`) names each change of the set, and its download is a draft, never «…-da-chot-lan-1.zip»
// (before: no change said, the results offered as the closed round's).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCommune, runDownloadName, type StepThread } from '../../excel-addin/page/commune-run.js';
import { closeCommuneRun } from '../../excel-addin/page/commune-closing.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = 'examples/bao-cao';
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
const CONDITION = 'Không có cá nhân bị kỷ luật trong năm';

describe('the page, a set edited after closing', () => {
  it('names each change of the set and offers the results as a draft', async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const names = (await readdir(join(ROOT, REPORTS))).sort().slice(0, 4);
    const reports = await Promise.all(names.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
    const opts = { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: inProcess };
    const { outcome, result } = await closeCommuneRun(await runCommune(reports, opts), { closedBy: 'Lò Văn Thành', acceptOpen: true }, new Date('2025-11-27T10:00:00+07:00'), inProcess);
    if (outcome.kind !== 'closed') throw new Error(outcome.kind);
    const closed = { name: 'tong-hop.xlsx', file: new Blob([await (await JSZip.loadAsync(result.download!.bytes)).file('tong-hop.xlsx')!.async('arraybuffer')]) };

    const same = await runCommune([...reports, closed], opts);
    expect(same.closing!.changes).toEqual([]);
    expect(runDownloadName(same)).toMatch(/-da-chot-lan-1\.zip$/);

    const set = criteria.set;
    const [top] = set.classification;
    const raised = set.criteria[0]!;
    const edited = {
      ...set,
      classification: set.classification.map((b, i) => (i === 0 ? { ...b, condition: CONDITION } : b)),
      criteria: set.criteria.map((c, i) => (i === 0 ? { ...c, maxPoints: c.maxPoints + 5 } : c)),
    };
    const page = await runCommune([...reports, closed], { ...opts, set: edited });
    expect(page.closing!.changes.map((c) => c.text)).toContain(`Xếp loại «${top!.label}»: thêm điều kiện «${CONDITION}» sau khi chốt.`);
    expect(page.closing!.changes.map((c) => c.text)).toContain(`Tiêu chí ${raised.code}: điểm tối đa ${raised.maxPoints} → ${raised.maxPoints + 5} sau khi chốt.`);
    expect(runDownloadName(page)).toMatch(/-ban-nhap\.zip$/);
  }, 180_000);
});

// Made for: a set edited after `close` scored again as «không đổi» (Hải Phòng's walk, Phụ lục 03, 2026-11-28), on the page.
