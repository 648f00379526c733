// A sanction in a criterion's words (core/criteria/sheet/sanction.ts): the real table of an officer's walk — Thanh Hóa's
// commune People's Council scoring, whose deduction rows IX.1, IX.7, IX.8, IX.9 write «Chế tài: …» — read into each
// criterion's `sanction` with a notice at the cell of its words, kept through our own criteria sheet; and small tables
// of the shapes around it: «không được xét khen thưởng», a band the set does not have, a sanction under a condition, a
// row that is no deduction, «quy chế tài chính» that is none; and Hải Phòng's form for civil servants with the discipline
// its rules add, in their words («xếp loại chất lượng ở mức không hoàn thành nhiệm vụ»).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { checkCriteriaSet } from '../../core/criteria/check-set.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { criteriaSetToGrid, readCriteriaSheet, type ReadCriteriaResult } from '../../core/criteria/sheet/index.js';
import { readSanction } from '../../core/criteria/sheet/sanction.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { score } from '../../core/checks/run.js';
import { makeReport } from '../helpers/make-report.js';
import { DIEU_6, haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';

const BANDS = [
  { id: 'xuat-sac', label: 'Xuất sắc', minPercent: 90 },
  { id: 'tot', label: 'Tốt', minPercent: 80 },
  { id: 'dat', label: 'Đạt', minPercent: 60 },
  { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
];
const sanctions = (set: CriteriaSet) => set.criteria.filter((c) => c.sanction).map((c) => [c.code, c.sanction]);

describe('the commune People’s Council table (hdnd-thanh-hoa-cap-xa), as an office sends it', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-sanction-'));
    const entry = (await loadCorpus()).find((e) => e.id === 'hdnd-thanh-hoa-cap-xa')!;
    const written = await renderCorpus([entry], dir);
    read = await readCriteriaFile(written.get(entry.id)!, dir);
  }, 300_000);

  it('keeps each sanction on its deduction, its bands the set’s, what thidua cannot apply kept as words', () => {
    expect(sanctions(read.set)).toEqual([
      ['IX.1', { text: 'Chế tài: Không xếp loại Xuất sắc trong năm đánh giá.', cap: 'tot' }],
      ['IX.7', { text: 'Chế tài: Không xếp loại từ mức Tốt trở lên trong năm đánh giá.', cap: 'dat' }],
      ['IX.8', { text: 'Chế tài: Không xếp loại Xuất sắc trong năm đánh giá.', cap: 'tot' }],
      [
        'IX.9',
        {
          text: 'Chế tài: Trừ toàn bộ điểm của tiêu chí liên quan và hạ 01 mức xếp loại; tái phạm thì xếp loại Yếu.',
          lower: 1,
          rest: 'Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu',
        },
      ],
    ]);
    expect(checkCriteriaSet(read.set)).toEqual([]);
  });

  it('says what was read at the cell of the words, and what is left to the council', () => {
    const said = read.notices.filter((n) => n.message.includes('chế tài')).map((n) => `${n.cell}: ${n.message}`);
    expect(said).toEqual([
      'B77: Mục IX.1: khi bị trừ điểm, đơn vị không được xếp loại Xuất sắc (chế tài ghi trong bảng).',
      'B83: Mục IX.7: khi bị trừ điểm, đơn vị không được xếp loại từ Tốt trở lên, cao nhất là Đạt (chế tài ghi trong bảng).',
      'B84: Mục IX.8: khi bị trừ điểm, đơn vị không được xếp loại Xuất sắc (chế tài ghi trong bảng).',
      'B85: Mục IX.9: khi bị trừ điểm, đơn vị bị hạ 1 mức xếp loại (chế tài ghi trong bảng); phần «Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu» thidua không tự áp dụng — Hội đồng quyết định.',
    ]);
    // The reconciliation is the table's as before: the sanctions change no figure.
    expect(read.reconciliation.agrees).toBe(true);
  });

  it('keeps them through the criteria sheet thidua exports, said again at the cells of our own sheet', () => {
    const grid = criteriaSetToGrid(read.set);
    const again = readCriteriaSheet({ name: 'Tiêu chí', values: grid });
    if (!again.ok) throw new Error(again.errors.map((e) => e.message).join('\n'));
    expect(again.set).toEqual(read.set);
    const at = (code: string) => `B${grid.findIndex((r) => r[0] === code) + 1}`;
    expect(again.notices.filter((n) => n.message.startsWith('Mục IX.')).map((n) => n.cell)).toEqual(['IX.1', 'IX.7', 'IX.8', 'IX.9'].map(at));
  });
});

describe('Hải Phòng’s form for civil servants (hai-phong-qd212-phu-luc-03) with the discipline its rules add, as an officer writes it', () => {
  let set: CriteriaSet;
  let notices: { cell?: string; message: string }[];
  beforeAll(async () => {
    ({ set, notices } = await haiPhongCivilServantSet());
  }, 300_000);

  it('reads the rules’ words as the band at most, said at their cell, not left to the council', () => {
    expect(sanctions(set)).toEqual([['KL', { text: 'Chế tài: xếp loại chất lượng ở mức Không hoàn thành nhiệm vụ', cap: 'khtnv' }]]);
    expect(notices.filter((n) => n.message.startsWith('Mục KL')).map((n) => n.message)).toEqual([
      'Mục KL: khi bị trừ điểm, đơn vị không được xếp loại từ Hoàn thành nhiệm vụ trở lên, cao nhất là Không hoàn thành nhiệm vụ (chế tài ghi trong bảng).',
    ]);
  });

  it('grades a civil servant disciplined in the year «Không hoàn thành nhiệm vụ» at 85 points, which reach «Hoàn thành tốt nhiệm vụ»', () => {
    const rows = set.criteria.map((c) => ({ code: c.code, selfScore: c.code === 'KL' ? 1 : c.code === 'II.2' ? 16 : c.maxPoints }));
    const c = score(set, makeReport({ sheet: 'Đỗ Văn Nam', unitName: 'Đỗ Văn Nam', unitKind: 'Cá nhân', rows }));
    expect([c.total, c.classification?.label]).toEqual([85, 'Không hoàn thành nhiệm vụ']);
    expect(c.sanction?.reached?.label).toBe('Hoàn thành tốt nhiệm vụ');
  });

  it('reads the rules’ other wording of a band, «không xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ trở lên» (Điều 3 khoản 3)', () => {
    expect(readSanction({ title: 'Nghỉ từ 03 đến dưới 06 tháng. Chế tài: không xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ trở lên', rule: { kind: 'deduction' } }, DIEU_6)).toEqual({
      text: 'Chế tài: không xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ trở lên',
      cap: 'ht',
    });
  });
});

describe('a sanction the set holds but its words do not (a set made in JSON)', () => {
  it('is written in «Ghi chú» and read back from there', () => {
    const set: CriteriaSet = {
      id: 'thu', version: '1', title: 'Thử', commune: '', district: '', province: '',
      legalBasis: { document: '', date: '', title: '' },
      period: { from: '2026-01-01', to: '2026-12-31', label: 'Năm 2026' },
      subjectKinds: [{ id: 'co-quan', label: 'Cơ quan', collective: true, aliases: [] }],
      groups: [{ id: 'I', title: 'Nhiệm vụ' }],
      criteria: [
        { code: '1', title: 'Hoàn thành nhiệm vụ', group: 'I', unit: '', measure: 'points', maxPoints: 10, rule: { kind: 'manual' }, appliesTo: [], evidenceRequired: false, source: '' },
        { code: '2', title: 'Vi phạm kỷ luật', group: 'I', unit: '', measure: 'points', maxPoints: 5, rule: { kind: 'deduction' }, appliesTo: [], evidenceRequired: false, source: '', note: 'Trừ 5 điểm/trường hợp', sanction: { text: 'Không xếp loại Xuất sắc', cap: 'tot' } },
      ],
      classification: BANDS,
      awards: { forms: [], tieBreaks: ['percent', 'total', 'gates_met', 'earlier_submission', 'name'] },
      tolerances: { ratioMismatch: 0.5, selfScoreGap: 0.5 },
      council: { onRejectedFigure: 'withdraw_points' },
    };
    const grid = criteriaSetToGrid(set);
    const header = grid.findIndex((r) => r[0] === 'Mã' && r.includes('Ghi chú'));
    const row = grid.find((r) => r[0] === '2')!;
    expect(row[grid[header]!.indexOf('Ghi chú')]).toBe('Trừ 5 điểm/trường hợp. Không xếp loại Xuất sắc');
    const again = readCriteriaSheet({ name: 'Tiêu chí', values: grid });
    if (!again.ok) throw new Error(again.errors.map((e) => e.message).join('\n'));
    expect(again.set.criteria[1]!.sanction).toEqual({ text: 'Không xếp loại Xuất sắc', cap: 'tot' });
  });
});

describe('the shapes around it, on a small table', () => {
  const read = (rows: (string | null)[][]): Extract<ReadCriteriaResult, { ok: true }> => {
    const r = readCriteriaSheet({ name: 'Bảng 1', values: [['STT', 'Nội dung', 'Điểm tối đa', 'Ghi chú'], ...rows] }, { fileName: 'bang.docx' });
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    return r;
  };

  it('reads «không được xét khen thưởng» and a cap in «Ghi chú», a band the set does not have left to the council', () => {
    const { set, notices } = read([
      ['I', 'NHIỆM VỤ CHUYÊN MÔN', '10', null],
      ['1', 'Hoàn thành kế hoạch năm', '10', null],
      ['II', 'ĐIỂM TRỪ', '-10', null],
      ['1', 'Để xảy ra sai phạm nghiêm trọng', '-5', 'Đơn vị không được xét khen thưởng, không được xếp loại Xuất sắc trong năm'],
      ['2', 'Báo cáo không trung thực', '-5', 'Chế tài: xếp loại Kém'],
      ['3', 'Chấp hành quy chế tài chính', '-2', null],
    ]);
    expect(sanctions(set)).toEqual([
      ['II.1', { text: 'Đơn vị không được xét khen thưởng, không được xếp loại Xuất sắc trong năm', cap: 'tot', noAward: true }],
      ['II.2', { text: 'Chế tài: xếp loại Kém', rest: 'xếp loại Kém' }],
    ]);
    expect(notices.filter((n) => n.message.startsWith('Mục II.')).map((n) => `${n.cell}: ${n.message}`)).toEqual([
      'D5: Mục II.1: khi bị trừ điểm, đơn vị không được xếp loại Xuất sắc; không được xét khen thưởng (chế tài ghi trong bảng).',
      'D6: Mục II.2 ghi chế tài «Chế tài: xếp loại Kém»: không đọc được chế tài thành xếp loại hay khen thưởng nên thidua không tự áp dụng — Hội đồng quyết định khi đơn vị bị trừ điểm mục này.',
    ]);
  });

  it('keeps a sanction on a row that is no deduction as words: thidua cannot tell when it falls', () => {
    const { set, notices } = read([
      ['1', 'Gửi báo cáo chấm điểm đúng hạn', '5', '(không xếp loại)'],
      ['2', 'Hoàn thành kế hoạch năm', '5', null],
    ]);
    expect(sanctions(set)).toEqual([['1', { text: '(không xếp loại)', rest: '(không xếp loại)' }]]);
    expect(notices.filter((n) => n.message.startsWith('Mục 1 ')).map((n) => n.cell)).toEqual(['D2']);
  });
});

describe('readSanction', () => {
  const deduction = (title: string) => readSanction({ title, rule: { kind: 'deduction' } }, BANDS);
  it('reads caps, bands down and no award as written, and nothing it would have to guess', () => {
    expect(deduction('Trừ 5đ. Không xếp loại từ mức Đạt trở lên.')).toEqual({ text: 'Không xếp loại từ mức Đạt trở lên.', cap: 'chua-dat' });
    expect(deduction('Trừ 5đ. Bị hạ một bậc xếp loại.')).toEqual({ text: 'Bị hạ một bậc xếp loại.', lower: 1 });
    expect(deduction('Trừ 5đ. Chế tài: chỉ xếp loại tối đa mức Đạt.')).toEqual({ text: 'Chế tài: chỉ xếp loại tối đa mức Đạt.', cap: 'dat' });
    // A lone band that is not the top one: below it, or only not it? Not said: left to the council.
    expect(deduction('Chế tài: Không xếp loại Tốt.')).toEqual({ text: 'Chế tài: Không xếp loại Tốt.', rest: 'Không xếp loại Tốt' });
    // Under a condition thidua cannot judge.
    expect(deduction('Chế tài: nếu tái phạm thì không xếp loại Xuất sắc.')).toEqual({ text: 'Chế tài: nếu tái phạm thì không xếp loại Xuất sắc.', rest: 'nếu tái phạm thì không xếp loại Xuất sắc' });
    expect(deduction('Vi phạm quy chế tài chính, trừ 2 điểm.')).toBeUndefined();
  });
});

// Made for: an officer walk's commune People's Council table (Thanh Hóa, Phụ lục II), whose sanctions were read as nothing.
