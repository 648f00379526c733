// Điểm không phải mức bảng ghi on bonus and penalty rows typed by hand: Thanh Hóa's framework for rating the commune
// People's Councils, Phụ lục II (test/fixtures/real/criteria-corpus: hdnd-thanh-hoa-cap-xa, written to .xlsx by
// LibreOffice as an office sends it), whose bonus group VIII and penalty group IX write their steps in each row's own
// words: IX.6 «Trừ 3đ/lần, tối đa trừ 6đ», VIII.2 «Được khen thưởng cấp tỉnh trở lên: 2,0đ; được biểu dương tại hội nghị
// giao ban của tỉnh: 1,0đ». Before, IX.6 typed 2 and VIII.2 typed 1,5 were counted without a word; now each is said at
// its cell, counted as typed. I.1.b «Điểm chất lượng (cộng thêm, tối đa 1,5đ)» states no step: its 0,75 says nothing.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { pathToNextBand } from '../../core/ranking/what-it-takes.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, runOk, tempDir } from '../cli/helpers.js';
import { fillByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { flagsOf, makeReport, makeSet } from '../helpers/make-report.js';
import { fullMarks } from '../helpers/full-marks.js';
import { oneLine } from '../../core/text.js';

const ENTRY = 'hdnd-thanh-hoa-cap-xa';
const UNIT = 'HĐND xã Thọ Xuân';

let dir: string;
let set: CriteriaSet;

beforeAll(async () => {
  dir = await tempDir();
  const [entry] = (await loadCorpus()).filter((e) => e.id === ENTRY);
  await copyFile((await renderCorpus([entry!], join(dir, 'ban-goc'))).get(ENTRY)!, join(dir, 'khung.xlsx'));
  await runInProcess(['criteria', 'import', 'khung.xlsx', '--out', 'bo.json'], dir);
  set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
}, 300_000);

// Quoted in a sentence on one line (core/checks/define.ts criterionNamed).
const title = (code: string) => oneLine(set.criteria.find((c) => c.code === code)!.title);
const typed = (own: Record<string, number>) =>
  makeReport({ unitName: UNIT, unitKind: 'HĐND xã', rows: Object.entries(own).map(([code, selfScore]) => ({ code, selfScore })) });
const said = (own: Record<string, number>) => flagsOf('off-scoring-words', set, typed(own)).map((f) => [f.criterion, f.message]);

describe('off-scoring-words on the real table’s bonus and penalty rows', () => {
  it('keeps the rows’ words as the table writes them', () => {
    expect(title('IX.6')).toContain('Trừ 3đ/lần, tối đa trừ 6đ.');
    expect(title('VIII.2')).toContain('Được khen thưởng cấp tỉnh trở lên: 2,0đ; được biểu dương tại hội nghị giao ban của tỉnh: 1,0đ.');
    expect(set.criteria.filter((c) => ['IX.6', 'VIII.2', 'I.1.b'].includes(c.code)).map((c) => [c.code, c.rule])).toEqual([
      ['I.1.b', { kind: 'manual' }],
      ['VIII.2', { kind: 'bonus' }],
      ['IX.6', { kind: 'deduction' }],
    ]);
  });

  it('says IX.6 typed 2, no multiple of 3 a time, and VIII.2 typed 1,5, none of its levels; each counted as typed', () => {
    expect(said({ 'I.1.b': 0.75, 'VIII.2': 1.5, 'IX.6': 2 })).toEqual([
      ['VIII.2', `Ô G10: điểm tự chấm 1,5 không phải một mức bảng ghi (2 / 1 điểm) → tính 1,5 điểm như đã ghi; Hội đồng quyết định (tiêu chí «${title('VIII.2')}»)`],
      ['IX.6', `Ô G11: điểm tự chấm 2 không là bội của 3 điểm mỗi lần bảng ghi («Trừ 3đ/lần», tối đa 6 điểm) → trừ 2 điểm như đã ghi; Hội đồng quyết định (tiêu chí «${title('IX.6')}»)`],
    ]);
  });

  it('says the penalty typed «-2» as the table writes its penalties too, and nothing of a step its words give', () => {
    expect(said({ 'IX.6': -2 }).map(([code]) => code)).toEqual(['IX.6']);
    // I.1.b states no step; VIII.2's levels, IX.6's multiples (either sign), IX.3's 1 a time, VIII.4's 1 a resolution.
    expect(said({ 'I.1.b': 0.75, 'VIII.2': 1, 'IX.6': 6, 'IX.3': -3, 'VIII.4': 2 })).toEqual([]);
    expect(said({ 'VIII.2': 2, 'IX.6': -3, 'IX.3': 0 })).toEqual([]);
  });

  it('says VIII.4 typed 1,5 where each resolution gives 1 up to 2, and IX.1 typed 3 where a resolution takes 5', () => {
    expect(said({ 'VIII.4': 1.5, 'IX.1': 3 }).map(([code, message]) => [code, message!.replace(/ → [\s\S]*$/, '')])).toEqual([
      ['VIII.4', 'Ô G9: điểm tự chấm 1,5 không là bội của 1 điểm mỗi lần đếm bảng ghi («Mỗi nghị quyết chuyên đề được ban hành đúng thẩm quyền và có sản phẩm, kết quả đo đếm được (giải phóng mặt bằng, sắp xếp đơn vị hành chính, xây dựng nông thôn mới…): 1,0đ», tối đa 2 điểm)'],
      ['IX.1', 'Ô G10: điểm tự chấm 3 không là bội của 5 điểm mỗi nghị quyết bảng ghi («Trừ 5đ/nghị quyết», tối đa 5 điểm)'],
    ]);
  });
});

describe('«Còn thiếu gì» reads the bonus row’s words as the check does', () => {
  // I.1.b at its 1,5, IX.3 «Trừ 1đ/lần» once: 0,5 of 1,5, «Chưa đạt»; «Đạt» (50 %) asks 0,25 more. VIII.2 gives 2 or
  // 1 (its levels), never the 0,25 between that any-points-up-to-the-maximum asked before.
  it('asks VIII.2 a level its words state, named by its words', () => {
    const picked = makeSet({ criteria: set.criteria.filter((c) => ['I.1.b', 'VIII.2', 'IX.3'].includes(c.code)) });
    const path = pathToNextBand(picked, score(picked, typed({ 'I.1.b': 1.5, 'VIII.2': 0, 'IX.3': 1 })))!;
    expect(path.goal).toBe('Đạt');
    expect(path.steps.map((s) => [s.code, s.from, s.to, s.gain])).toEqual([['VIII.2', '0 điểm', '1 điểm (mức «được biểu dương tại hội nghị giao ban của tỉnh»)', 1]]);
    expect(path.text).toContain(`${set.criteria.find((c) => c.code === 'VIII.2')!.title} 0 điểm → 1 điểm (mức «được biểu dương tại hội nghị giao ban của tỉnh»): +1 điểm`);
  });
});

describe('`thidua score` on the council’s template filled by openpyxl', () => {
  it('prints IX.6’s 2 and VIII.2’s 1,5 at their cells, counts them as typed, and says nothing of I.1.b’s 0,75', async () => {
    await runOk(['template', '--criteria', 'bo.json', '--unit', UNIT, '--kind', 'Cơ quan', '--out', 'mau.xlsx'], dir);
    await mkdir(join(dir, 'bao-cao'));
    // Every base row at its maximum, as the walk's councils fill theirs, so the command line's first lines are these.
    const base = fullMarks(set);
    fillByOpenpyxl(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'tho-xuan.xlsx'), { ...base, 'I.1.b': 0.75, 'VIII.2': 1.5, 'IX.6': 2 }, '2025-12-10');
    const json = JSON.parse((await runOk(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'kq', '--json'], dir)).stdout) as ScoreRunOutput;
    const [card] = json.cards;
    const flags = card!.flags.filter((f) => f.code === 'off-scoring-words');
    expect(flags.map((f) => [f.criterion, f.message.replace(/^Ô [A-Z]+\d+: /, '').replace(/ \(tiêu chí «[\s\S]*$/, '')])).toEqual([
      ['VIII.2', 'điểm tự chấm 1,5 không phải một mức bảng ghi (2 / 1 điểm) → tính 1,5 điểm như đã ghi; Hội đồng quyết định'],
      ['IX.6', 'điểm tự chấm 2 không là bội của 3 điểm mỗi lần bảng ghi («Trừ 3đ/lần», tối đa 6 điểm) → trừ 2 điểm như đã ghi; Hội đồng quyết định'],
    ]);
    expect(['I.1.b', 'VIII.2', 'IX.6'].map((code) => card!.criteria.find((c) => c.code === code)!.points)).toEqual([0.75, 1.5, -2]);

    const text = (await runOk(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua'], dir)).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`tệp bao-cao/tho-xuan.xlsx, trang «${UNIT}»:`);
    expect(card!.flags.map((f) => f.code)).toEqual(['off-scoring-words', 'off-scoring-words']);
    for (const f of flags) expect(text).toContain(`Cảnh báo · ô ${f.cell} — Điểm không phải mức bảng ghi: ${f.message.replace(/^Ô [A-Z]+\d+: /, '').replace(/ \(tiêu chí «[\s\S]*$/, '')}`);
  });
});
