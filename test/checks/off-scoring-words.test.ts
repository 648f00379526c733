// Điểm không phải mức bảng ghi: the district DTI table's part 5 (the real cds-cap-huyen-bo-chi-tieu.xlsx, sheet «Hoạt
// động chính quyền số») keeps criteria whose «Cách xác định và tính điểm» words give only some points as manual criteria
// scored by hand: 5.20 «>=30 cuộc họp: 50 điểm / 20 - <30 cuộc họp: 40 điểm / 10 - <20 cuộc họp: 30 điểm / <10: 0
// điểm», 5.30 40 / 20 / 10 / 0, 5.26 «01 ứng dụng tương ứng 04 điểm; Tổng điểm không quá 20 điểm». Imported by the
// command line, two districts' templates filled with openpyxl, scored: a self-score no level or count gives is said at
// its cell — on the command line, the scored copy and «Rà soát» — and counted as typed; a level's own points are not.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { notesOf, openXlsx, runInProcess, runOk, tempDir, type Run } from '../cli/helpers.js';
import { score } from '../../core/checks/run.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';
import { typeSelfScores } from '../helpers/self-scores-typed.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { oneLine } from '../../core/text.js';

const SHEET = 'Hoạt động chính quyền số';
const DUC_TRONG = 'UBND huyện Đức Trọng';
const BAO_LAM = 'UBND huyện Bảo Lâm';
/**
 * Self-scores below the maximum: Đức Trọng's between levels and off the count; Bảo Lâm's each a level or a count. Both
 * declare 5.2 «Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng» as 950 of 1.000 records, scored 95 % × 30 =
 * 28,5 by the table's own rule: Đức Trọng gives itself 30, Bảo Lâm 29.
 */
const OWN: Record<string, Record<string, number>> = {
  [DUC_TRONG]: { '5.20': 10, '5.26': 7, '5.30': 28, '5.2': 30 },
  [BAO_LAM]: { '5.20': 30, '5.26': 8, '5.30': 20, '5.21': 20, '5.16': 5, '5.18': 2, '5.29': 0, '5.2': 29 },
};
const RECORDS: Record<string, [number, number]> = { '5.2': [950, 1000] };

let dir: string;
let set: CriteriaSet;
let json: ScoreRunOutput;
let plain: Run;

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), join(dir, 'bo-chi-tieu.xlsx'));
  await thidua('criteria', 'import', 'bo-chi-tieu.xlsx', '--sheet', SHEET, '--out', 'bo.json');
  set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
  await mkdir(join(dir, 'bao-cao'));
  for (const [unit, file] of [[DUC_TRONG, 'duc-trong'], [BAO_LAM, 'bao-lam']] as const) {
    await thidua('template', '--criteria', 'bo.json', '--unit', unit, '--kind', 'Cơ quan', '--out', `${file}-mau.xlsx`);
    typeSelfScores(join(dir, `${file}-mau.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), OWN[unit]!, RECORDS);
  }
  json = JSON.parse((await thidua('score', 'bao-cao', '--criteria', 'bo.json', '--out', 'thu', '--json')).stdout) as ScoreRunOutput;
  plain = await thidua('score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua');
}, 300_000);

// Quoted in a sentence on one line (core/checks/define.ts criterionNamed).
const title = (code: string) => oneLine(set.criteria.find((c) => c.code === code)!.title);
const said = (unit: string) => json.cards.find((c) => c.unitName === unit)!.flags.filter((f) => f.code === 'off-scoring-words');

describe('off-scoring-words on the real district DTI table, part 5', () => {
  it('says Đức Trọng’s 10 on 5.20, 28 on 5.30 and 7 on 5.26 at their cells, with the levels and count the table states', () => {
    expect(said(DUC_TRONG).map((f) => [f.severity, f.criterion, f.message.replace(/^Ô [A-Z]+\d+: /, '')])).toEqual([
      ['warning', '5.20', `điểm tự chấm 10 không phải một mức bảng ghi (50 / 40 / 30 / 0 điểm) → tính 10 điểm như đã ghi; Hội đồng quyết định (tiêu chí «${title('5.20')}»)`],
      ['warning', '5.26', `điểm tự chấm 7 không là bội của 4 điểm mỗi lần đếm bảng ghi («01 ứng dụng tương ứng 04 điểm», tối đa 20 điểm) → tính 7 điểm như đã ghi; Hội đồng quyết định (tiêu chí «${title('5.26')}»)`],
      ['warning', '5.30', `điểm tự chấm 28 không phải một mức bảng ghi (40 / 20 / 10 / 0 điểm) → tính 28 điểm như đã ghi; Hội đồng quyết định (tiêu chí «${title('5.30')}»)`],
    ]);
    for (const flag of said(DUC_TRONG)) expect(flag.message.startsWith(`Ô ${flag.cell}: `)).toBe(true);
  });

  it('counts the figures as typed: the doubt is the council’s, not scoring’s', () => {
    const card = json.cards.find((c) => c.unitName === DUC_TRONG)!;
    expect(['5.20', '5.26', '5.30'].map((code) => card.criteria.find((c) => c.code === code)!.points)).toEqual([10, 7, 28]);
    expect(card.total).toBe(set.criteria.reduce((sum, c) => sum + c.maxPoints, 0) - 40 - 13 - 12 - 1.5);
  });

  it('says nothing of Bảo Lâm, every figure one a level or the count gives (30, 8, 20, 20, 5, 2, and 0)', () => {
    expect(said(BAO_LAM)).toEqual([]);
  });

  it('shows each flag on the command line under the unit’s file and sheet, on the scored copy at its cell, and in «Rà soát»', async () => {
    const flags = said(DUC_TRONG);
    expect(flags.map((f) => f.criterion)).toEqual(['5.20', '5.26', '5.30']);
    const text = plain.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`tệp bao-cao/duc-trong.xlsx, trang «${DUC_TRONG}»:`);
    // The message to the criterion's title, which the command line prints on one line.
    for (const f of flags) expect(text).toContain(`Cảnh báo · ô ${f.cell} — Điểm không phải mức bảng ghi: ${f.message.replace(/^Ô [A-Z]+\d+: /, '').replace(/ \(tiêu chí «[\s\S]*$/, '')}`);

    const notes = await notesOf(join(dir, 'ket-qua', 'duc-trong.cham-diem.xlsx'), DUC_TRONG);
    for (const f of flags) expect(notes.get(f.cell!)).toContain(`[Điểm không phải mức bảng ghi] ${f.message}`);

    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([REVIEW_SHEET]);
    const at = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h);
    const rows = review!.values.filter((r) => r[at('Cảnh báo')] === 'Điểm không phải mức bảng ghi');
    expect(rows.map((r) => [r[at('Đơn vị')], r[at('Trang')], r[at('Ô')], r[at('Nội dung')]])).toEqual(flags.map((f) => [DUC_TRONG, DUC_TRONG, f.cell, f.message]));
  });
});

describe('self-score-gap on the same table, by default', () => {
  // The table states no tolerance: a self-score differs from the computed one beyond its rounding, or it does not.
  const gaps = (unit: string) => json.cards.find((c) => c.unitName === unit)!.flags.filter((f) => f.code === 'self-score-gap');
  it('says Đức Trọng’s 30 on 5.2 where its own 950 of 1.000 records give 28,5', () => {
    expect(gaps(DUC_TRONG).map((f) => [f.criterion, f.message.replace(/^Ô [A-Z]+\d+: /, '').replace(/ \(tiêu chí «[\s\S]*$/, '')])).toEqual([
      ['5.2', 'điểm tự chấm 30 chênh 1,5 điểm so với điểm thẩm định 28,5 (cho phép 0,5)'],
    ]);
  });
  it('takes Bảo Lâm’s 29, the 28,5 written in whole points', () => {
    expect(gaps(BAO_LAM)).toEqual([]);
  });
});

describe('off-scoring-words on words made here', () => {
  const worded = (code: string, maxPoints: number, words: string) => criterion({ code, measure: 'points', rule: { kind: 'manual' }, maxPoints, note: `Cách chấm: ${words}` });
  const set = makeSet({
    criteria: [
      worded('L', 10, '- Hàng tuần: Điểm tối đa \n - Hàng tháng: 5 điểm \n - Chưa có chuyên mục: 0 điểm'),
      worded('P', 20, '04 điểm một ứng dụng, tối đa 20'),
      worded('M', 10, '- Mỗi hoạt động nghiệp vụ có ứng dụng AI: 1 điểm; - Tổng điểm không quá Điểm tối đa.'),
      worded('F', 10, 'Hội đồng xem xét mức độ hoàn thành'),
    ],
  });
  const typed = (own: Record<string, number>) => makeReport({ unitName: 'Sở A', unitKind: 'Thôn', rows: Object.entries(own).map(([code, selfScore]) => ({ code, selfScore })) });

  it('says 7 of «Điểm tối đa / 5 / 0», 6 of 4 an application, 2,5 of 1 an activity; words that state neither say nothing', () => {
    expect(flagsOf('off-scoring-words', set, typed({ L: 7, P: 6, M: 2.5, F: 7 })).map((f) => [f.criterion, f.message])).toEqual([
      ['L', 'Ô G9: điểm tự chấm 7 không phải một mức bảng ghi (10 / 5 / 0 điểm) → tính 7 điểm như đã ghi; Hội đồng quyết định (tiêu chí «Tiêu chí L»)'],
      ['P', 'Ô G10: điểm tự chấm 6 không là bội của 4 điểm mỗi lần đếm bảng ghi («04 điểm một ứng dụng», tối đa 20 điểm) → tính 6 điểm như đã ghi; Hội đồng quyết định (tiêu chí «Tiêu chí P»)'],
      ['M', 'Ô G11: điểm tự chấm 2,5 không là bội của 1 điểm mỗi lần đếm bảng ghi («Mỗi hoạt động nghiệp vụ có ứng dụng AI: 1 điểm», tối đa 10 điểm) → tính 2,5 điểm như đã ghi; Hội đồng quyết định (tiêu chí «Tiêu chí M»)'],
    ]);
  });

  it('takes a level, a multiple, the maximum and 0; leaves a figure above the maximum to self-score-over-max', () => {
    expect(flagsOf('off-scoring-words', set, typed({ L: 10, P: 12, M: 3, F: 7 }))).toEqual([]);
    expect(flagsOf('off-scoring-words', set, typed({ L: 0, P: 0, M: 10, F: 0 }))).toEqual([]);
    expect(flagsOf('off-scoring-words', set, typed({ L: 12, P: 24, M: 11, F: 7 }))).toEqual([]);
  });

  it('says the council’s verified score off the levels too, counted as typed', () => {
    const report = typed({ L: 5, P: 8, M: 3, F: 7 });
    report.rows[0]!.verifiedScore = { address: 'I9', raw: 7, value: { kind: 'number', value: 7, percent: false } };
    expect(flagsOf('off-scoring-words', set, report).map((f) => f.message)).toEqual([
      'Ô I9: điểm thẩm định 7 không phải một mức bảng ghi (10 / 5 / 0 điểm) → tính 7 điểm như đã ghi; Hội đồng quyết định (tiêu chí «Tiêu chí L»)',
    ]);
  });
});

describe('off-scoring-words on parts that add up to the maximum, and after the council’s «Bác số liệu»', () => {
  // The departments' Word table's 6.1 (10) words two parts of its points, each a share of the maximum with the points
  // beside it, then the rows under it the reader keeps as its description: a unit earns 0, 2, 8 or 10, never 7.
  const parts = criterion({
    code: '6.1',
    measure: 'points',
    rule: { kind: 'manual' },
    maxPoints: 10,
    note: 'Cách chấm: - Đáp ứng yêu cầu chức năng: 4/5*Điểm tối đa (8 điểm); - Đã chuyển đổi sang công nghệ IPv6: 1/5 *Điểm tối đa (2 điểm); - Chưa đáp ứng, chưa chuyển đổi: 0 điểm 6.1.1 Đáp ứng yêu cầu chức năng 6.1.2 Đã chuyển đổi sang công nghệ IPv6',
  });
  const levels = criterion({ code: 'L', measure: 'points', rule: { kind: 'manual' }, maxPoints: 10, note: 'Cách chấm: - Có: Điểm tối đa - Không: 0 điểm' });
  const set = makeSet({ criteria: [parts, levels] });
  const typed = (own: Record<string, number>) => makeReport({ unitName: 'Sở A', unitKind: 'Cơ quan', rows: Object.entries(own).map(([code, selfScore]) => ({ code, selfScore })) });

  it('says 7 and 9 on 6.1 with the parts and their sums; 0, 2, 8 and 10 are sums', () => {
    expect(flagsOf('off-scoring-words', set, typed({ '6.1': 7 })).map((f) => f.message)).toEqual([
      'Ô G9: điểm tự chấm 7 không phải tổng các phần bảng ghi (8 + 2 điểm: 0 / 2 / 8 / 10 điểm) → tính 7 điểm như đã ghi; Hội đồng quyết định (tiêu chí «Tiêu chí 6.1»)',
    ]);
    expect(flagsOf('off-scoring-words', set, typed({ '6.1': 9 }))).toHaveLength(1);
    for (const sum of [0, 2, 8, 10]) expect(flagsOf('off-scoring-words', set, typed({ '6.1': sum })), String(sum)).toEqual([]);
  });

  it('no longer says the points are counted as typed once the council has withdrawn them', () => {
    // Before: «→ tính 0 điểm như đã ghi» — 0 is what the council's «Bác số liệu» left, not what the unit typed.
    const report = typed({ '6.1': 7, L: 5 });
    const decisions = ['G9', 'G10'].map((cell): CouncilDecision => ({ sheet: report.sheet, unitName: 'Sở A', flagCode: 'off-scoring-words', cell, decision: 'reject', reviewer: 'Hội đồng', date: '2026-01-05', comment: '' }));
    const card = score(set, report, { decisions });
    expect(card.criteria.map((c) => [c.code, c.points, c.before])).toEqual([['6.1', 0, 7], ['L', 0, 5]]);
    expect(card.flags.filter((f) => f.code === 'off-scoring-words').map((f) => f.message)).toEqual([
      'Ô G9: điểm tự chấm 7 không phải tổng các phần bảng ghi (8 + 2 điểm: 0 / 2 / 8 / 10 điểm); Hội đồng quyết định (tiêu chí «Tiêu chí 6.1»)',
      'Ô G10: điểm tự chấm 5 không phải một mức bảng ghi (10 / 0 điểm); Hội đồng quyết định (tiêu chí «Tiêu chí L»)',
    ]);
  });
});

describe('off-scoring-words on levels said as sentences: the DTI set’s «An toàn thông tin mạng»', () => {
  // The real cds-an-toan-thong-tin-mang.xlsx: 8 «Tổng kinh phí cho an toàn thông tin» (20) is kept by its words «- Từ
  // 50.000.000 đồng trở lên được điểm tối đa. / - Từ 30.000.000 đến 50.000.000 đồng được 10 điểm. / - Còn lại được 0
  // điểm». Sở Công Thương typed 12, Sở Y tế 10 (a level).
  it('says Sở Công Thương’s 12 at its cell with the words’ levels, counted as typed; Sở Y tế’s 10 is a level', async () => {
    const at = await tempDir();
    const thidua = async (...args: string[]) => (await runInProcess(args, at)).stdout;
    await copyFile(join(CORPUS, 'cds-an-toan-thong-tin-mang.xlsx'), join(at, 'attt.xlsx'));
    await thidua('criteria', 'import', 'attt.xlsx', '--out', 'bo.json');
    await mkdir(join(at, 'bao-cao'));
    for (const [unit, file, typed] of [['Sở Công Thương', 'cong-thuong', 12], ['Sở Y tế', 'y-te', 10]] as const) {
      await thidua('template', '--criteria', 'bo.json', '--unit', unit, '--kind', 'Cơ quan', '--out', `mau-${file}.xlsx`);
      await typeInTemplate(join(at, `mau-${file}.xlsx`), join(at, 'bao-cao', `${file}.xlsx`), 'Điểm tự chấm', { 1: 10, 2: 10, 3: 10, 4: 10, 5: 10, 6: 20, 7: 10, 8: typed });
    }
    const run = JSON.parse(await thidua('score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json')) as ScoreRunOutput;
    const card = (unit: string) => run.cards.find((c) => c.unitName === unit)!;
    expect(card('Sở Công Thương').criteria.find((c) => c.code === '8')!.points).toBe(12);
    expect(card('Sở Công Thương').flags.filter((f) => f.code === 'off-scoring-words').map((f) => [f.cell, f.message])).toEqual([
      ['K21', 'Ô K21: điểm tự chấm 12 không phải một mức bảng ghi (20 / 10 / 0 điểm) → tính 12 điểm như đã ghi; Hội đồng quyết định (tiêu chí «Tổng kinh phí cho an toàn thông tin»)'],
    ]);
    // One flag for one doubt: between-levels speaks only for levels typed as their points, not for these words.
    expect(card('Sở Công Thương').flags.filter((f) => f.cell === 'K21')).toHaveLength(1);
    expect(card('Sở Y tế').flags).toEqual([]);
  }, 300_000);
});

// Made for an engineer's walk of the district DTI table's part 5: a district's 10 on 5.20 (levels 50 / 40 / 30 / 0) and
// 7 on 5.26 (4 points an application, at most 20) were taken as typed, with no word where the council acts.
