// Ho Chi Minh City's Công văn 5155/SGDĐT-GDTXNNĐH (28/11/2025), the table for community learning centres of wards,
// communes and the special zone (criteria corpus, `tp-hcm-5155-trung-tam-hoc-tap-cong-dong`), as the Word document
// the office sends: its grades stand in the guide under the table, a paragraph each («3. Xếp loại», «a) Loại tốt: Tổng
// số điểm đạt được từ 85 đến 100;» … «d) Chưa đạt: các trường hợp còn lại.»). They were never read: the import said
// «Chưa có mục «XẾP LOẠI»» and graded by thidua's defaults, so the corpus's own example centre at 90 was «Xuất sắc»
// (a grade the table has not), one at 84,5 «Tốt» and proposed for a Giấy khen, one at 78,5 «Đạt».
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CriteriaSheetNotice } from '../../core/criteria/sheet/index.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { makeReport } from '../helpers/make-report.js';

const ID = 'tp-hcm-5155-trung-tam-hoc-tap-cong-dong';
const entry = (await loadCorpus()).find((e) => e.id === ID)!;

describe('Công văn 5155 as a Word document: the grades its guide writes under the table', () => {
  let set: CriteriaSet;
  let notices: CriteriaSheetNotice[];
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-5155-'));
    const read = await readCriteriaFile((await renderCorpus([entry], dir)).get(ID)!, dir);
    ({ set, notices } = read);
  }, 300_000);

  it('grades by the guide’s four grades (Tốt from 85, Khá from 70, Trung bình from 50, Chưa đạt the rest), said with where they stand', () => {
    expect(set.classification.map((b) => [b.label, b.minPercent])).toEqual([['Tốt', 85], ['Khá', 70], ['Trung bình', 50], ['Chưa đạt', 0]]);
    expect(notices.filter((n) => /^(?:Chưa có mục «XẾP LOẠI»|Xếp loại theo)/.test(n.message)).map((n) => [n.cell, n.message])).toEqual([
      [undefined, 'Xếp loại theo cách văn bản ghi (đoạn 7–10 dưới bảng), trên tổng 100 điểm của bộ tiêu chí: Tốt từ 85 điểm trên tổng 100 = 85%; Khá từ 70 điểm trên tổng 100 = 70%; Trung bình từ 50 điểm trên tổng 100 = 50%; Chưa đạt dưới 50 điểm trên tổng 100 = dưới 50%.'],
    ]);
  });

  it('classifies the corpus’s example centre (90) «Tốt», and 84,5, 78,5, 69,5, 33 as the guide does', () => {
    const values = entry.example!.values as Record<string, number>;
    const graded = (less: number) => {
      // The example's values, with `less` points taken off its items from the last up, to reach the score asked.
      const points = new Map(Object.entries(values));
      let left = less;
      for (const code of [...points.keys()].reverse()) {
        const take = Math.min(left, points.get(code)!);
        points.set(code, points.get(code)! - take);
        left -= take;
      }
      const rows = set.criteria.map((c) => ({ code: c.code, selfScore: points.get(c.code)!, evidence: 'Biên bản kiểm tra ngày 05/12/2025' }));
      const card = score(set, makeReport({ unitName: 'Trung tâm học tập cộng đồng phường Bàn Cờ', unitKind: 'Cơ quan', rows }));
      return [card.total, card.classification?.label];
    };
    expect([0, 5.5, 11.5, 20.5, 57].map(graded)).toEqual([[90, 'Tốt'], [84.5, 'Khá'], [78.5, 'Khá'], [69.5, 'Trung bình'], [33, 'Chưa đạt']]);
  });

  it('reads the guide’s «Các tiêu chí không có minh chứng phù hợp không được chấm điểm»: every criterion requires evidence, said', () => {
    expect(set.criteria.filter((c) => c.evidenceRequired).length).toBe(23);
    expect(notices.filter((n) => n.message.startsWith('Văn bản ghi dưới bảng')).map((n) => n.message)).toEqual([
      'Văn bản ghi dưới bảng (đoạn 5): «Các tiêu chí không có minh chứng phù hợp không được chấm điểm (không điểm).»: mọi tiêu chí bắt buộc có minh chứng; tiêu chí có điểm tự chấm mà ô «Minh chứng» để trống được gắn cờ «Thiếu minh chứng» để Hội đồng quyết định (bác số liệu: không điểm).',
    ]);
  });

  it('flags a centre’s 3.4, 5.3 and 5.5 scored without evidence (99 by its own count, 83 by the table), not its 2.4 scored «0 điểm»', () => {
    const unproven = new Set(['3.4', '5.3', '5.5', '2.4']);
    const rows = set.criteria.map((c) => ({ code: c.code, selfScore: c.code === '2.4' ? '0 điểm' : c.code === '5.1' ? 8 : c.maxPoints, ...(!unproven.has(c.code) && { evidence: 'QĐ số 12/QĐ-TTHTCĐ ngày 15/3/2025' }) }));
    const card = score(set, makeReport({ unitName: 'Trung tâm học tập cộng đồng phường Thủ Đức', unitKind: 'Cơ quan', rows }));
    expect(card.total).toBe(94);
    expect(card.flags.filter((f) => f.code === 'evidence-missing').map((f) => f.criterion)).toEqual(['3.4', '5.3', '5.5']);
  });
});

describe('Công văn 5155 pasted into Excel: the guide in the rows under «Tổng cộng | 100»', () => {
  let read: Awaited<ReturnType<typeof readCriteriaFile>>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-5155-xlsx-'));
    read = await readCriteriaFile((await renderCorpus([{ ...entry, as: 'xlsx' }], dir)).get(ID)!, dir);
  }, 300_000);

  it('ends the table at «Tổng cộng»: the guide’s «Tổng số điểm tối đa … là 100 điểm. … (cho điểm lẻ đến 0,5 điểm).» is no total of 0,5, its «1.», «2.», «3.» no rows', () => {
    expect(read.reconciliation.agrees).toBe(true);
    expect(read.reconciliation.figures.filter((f) => !f.agrees)).toEqual([]);
    expect(read.set.criteria.length).toBe(23);
    // The 0,5 is the guide's scoring step, said as such (test/cli/score-step.test.ts), never a total.
    expect(read.notices.filter((n) => /0,5 điểm|«[123]-2»/.test(n.message) && !n.message.startsWith('Bước chấm điểm 0,5 điểm'))).toEqual([]);
    expect(read.set.scoreStep).toBe(0.5);
  });

  it('reads the grades and the evidence rule from those rows, each said at its cell', () => {
    expect(read.set.classification.map((b) => [b.label, b.minPercent])).toEqual([['Tốt', 85], ['Khá', 70], ['Trung bình', 50], ['Chưa đạt', 0]]);
    expect(read.set.criteria.every((c) => c.evidenceRequired)).toBe(true);
    expect(read.notices.filter((n) => /^(?:Xếp loại theo|Dòng dưới bảng)/.test(n.message)).map((n) => n.cell)).toEqual(['A36', 'A38']);
  });
});

// Made for the walk of Công văn 5155 to its award papers (2026-11-28): five of six centres graded by thidua's defaults.
