// «Còn thiếu gì» for a criterion scored by hand whose own words state its levels: the district DTI table's part 5 (the
// real cds-cap-huyen-bo-chi-tieu.xlsx, sheet «Hoạt động chính quyền số») keeps 5.30 «Tổng chi ngân sách …» as a manual
// criterion scored «theo lời»: «>=500 triệu: 40 điểm / 350 - <500 triệu: 20 điểm / 200 - <350 triệu: 10 điểm /
// <200 triệu: 0 điểm». Lạc Dương, at 0 there and 108 points short of «Tốt», was told «0 điểm → 28 điểm: +28 điểm»,
// points the table never gives. Imported, templated, filled and scored by the command line, as a walk did.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { pathToNextBand } from '../../core/ranking/what-it-takes.js';
import { SHORTFALL_HEADERS, SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { openXlsx, runOk, tempDir } from '../cli/helpers.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const SHEET = 'Hoạt động chính quyền số';
const UNIT = 'UBND huyện Lạc Dương';
/** Lạc Dương's own points where below the maximum, and the figures of its rates (numerator, denominator). */
const LOWER: Record<string, number> = { '5.20': 10, '5.21': 0, '5.30': 0, '5.19': 0, '5.13': 5, '5.8': 10, '5.23': 0, '5.22': 0, '5.26': 9 };
const FIGURES: Record<string, [number, number]> = { '5.19': [0, 12], '5.13': [25, 100], '5.8': [1000, 3000], '5.23': [0, 80], '5.22': [0, 80] };

let set: CriteriaSet;
let rows: unknown[][];

beforeAll(async () => {
  const dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), join(dir, 'bo-chi-tieu.xlsx'));
  await thidua('criteria', 'import', 'bo-chi-tieu.xlsx', '--sheet', SHEET, '--out', 'bo.json');
  set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
  await thidua('template', '--criteria', 'bo.json', '--unit', UNIT, '--kind', 'Cơ quan', '--out', 'mau.xlsx');
  const rates = set.criteria.filter((c) => c.rule.kind === 'ratio').map((c) => [c.code, FIGURES[c.code] ?? [100, 100]] as const);
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'a.xlsx'), 'Điểm tự chấm', Object.fromEntries(set.criteria.map((c) => [c.code, LOWER[c.code] ?? c.maxPoints])));
  await typeInTemplate(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), 'Kết quả', { '5.21': 'Chưa thực hiện', '5.30': '150 triệu đồng' });
  await typeInTemplate(join(dir, 'b.xlsx'), join(dir, 'c.xlsx'), 'Tử số', Object.fromEntries(rates.map(([code, [a]]) => [code, a])));
  await typeInTemplate(join(dir, 'c.xlsx'), join(dir, 'bao-cao.xlsx'), 'Mẫu số', Object.fromEntries(rates.map(([code, [, b]]) => [code, b])));
  await thidua('score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua');
  const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SHORTFALL_SHEET]);
  const header = sheet!.values.findIndex((r) => r[0] === SHORTFALL_HEADERS[0] && r[4] === SHORTFALL_HEADERS[4]);
  rows = sheet!.values.slice(header + 1);
}, 300_000);

/** The points a manual criterion's words name («40 điểm», «Điểm tối đa»), as the table prints them. */
const pointsInWords = (note: string, max: number) => [...[...note.matchAll(/(\d+(?:,\d+)?)\s*điểm/g)].map((m) => Number(m[1]!.replace(',', '.'))), ...(/điểm tối đa/i.test(note) ? [max] : [])];

describe('«Còn thiếu gì» for a manual criterion whose words state its levels', () => {
  it('proposes for Lạc Dương no points 5.30 cannot give, and says the level a figure is', () => {
    const tot = rows.find((r) => r[1] === UNIT && r[2] === 'Tốt')!;
    expect(tot[3]).toBe(108);
    const text = String(tot[4]);
    const title = (code: string) => set.criteria.find((c) => c.code === code)!.title;
    expect(text).not.toContain('→ 28 điểm');
    expect(text).toContain(`${title('5.21')} 0 điểm → 40 điểm (mức «Đúng hạn»): +40 điểm`);
    expect(text).toContain(`${title('5.20')} 10 điểm → 50 điểm (mức «>=30 cuộc họp»): +40 điểm`);
  });

  it('every figure asked of a criterion scored by its words is one the words give', () => {
    const worded = set.criteria.filter((c) => c.rule.kind === 'manual' && c.note?.startsWith('Cách chấm:'));
    expect(worded.map((c) => c.code)).toContain('5.30');
    const asked = worded.flatMap((c) =>
      rows.flatMap((r) => [...String(r[4]).split(`${c.title} `).slice(1)].map((after) => [c.code, Number(/→ (\d+(?:,\d+)?) điểm/.exec(after)![1]!.replace(',', '.'))] as const)),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter(([code, figure]) => {
      const c = worded.find((w) => w.code === code)!;
      return !pointsInWords(c.note!, c.maxPoints).includes(figure);
    })).toEqual([]);
  });
});

describe('points a thing counted, capped at the maximum (the district DTI table’s 5.26)', () => {
  // 5.26 (20) «01 ứng dụng tương ứng 04 điểm; Tổng điểm không quá 20 điểm»: a district at 8 (two applications) can
  // reach 12, 16 or 20 — never 13, the 5 points between that the rest of its way to «Xuất sắc» asks.
  it('asks 5.26 the next multiple of 4 that is enough, or its 20', () => {
    const picked = makeSet({ criteria: set.criteria.filter((c) => ['5.20', '5.26'].includes(c.code)) });
    const path = (own: Record<string, number>) =>
      pathToNextBand(picked, score(picked, makeReport({ unitName: UNIT, unitKind: 'Cơ quan', rows: Object.entries(own) })))!.steps.map((st) => [st.code, st.from, st.to, st.gain]);
    // 58 of 70, 5 short of «Xuất sắc» (90 %): two more applications, 16 points.
    expect(path({ '5.20': 50, '5.26': 8 })).toEqual([['5.26', '8 điểm', '16 điểm', 8]]);
    // 46 of 70 (5.20 at 30), 10 short of «Tốt» (80 %): 5.20's next level, 40, is enough.
    expect(path({ '5.20': 30, '5.26': 16 })).toEqual([['5.20', '30 điểm', '40 điểm (mức «20 - <30 cuộc họp»)', 10]]);
  });

  it('asks a multiple of the points its own title gives each thing counted, where no scoring words are kept apart (Thanh Hóa’s V.1 «Mỗi mô hình: 2,5đ, tối đa 5,0đ»)', () => {
    // V.1 as `criteria import` keeps it from the Word table (corpus hdnd-thanh-hoa-cap-tinh): its guide in its title.
    const title = 'Trong năm có ít nhất 02 mô hình mới, cách làm hay được triển khai, đánh giá hiệu quả rõ rệt\nMô hình mới, cách làm hay là giải pháp mới trong phương thức tổ chức, điều hành hoạt động của HĐND. Mỗi mô hình: 2,5đ, tối đa 5,0đ. Mô hình dừng ở ý tưởng, đề án chưa triển khai: không tính điểm.';
    const picked = makeSet({ criteria: [criterion({ code: 'V.1', title, measure: 'points', rule: { kind: 'manual' }, maxPoints: 5 }), criterion({ code: 'A', measure: 'points', rule: { kind: 'manual' }, maxPoints: 15 })] });
    // 17,5 of 20 (87,5 %), 0,5 short of «Xuất sắc» (90 %): V.1 goes by 2,5 (to 5), A by any amount.
    const card = score(picked, makeReport({ unitName: UNIT, unitKind: 'Cơ quan', rows: [['V.1', 2.5], ['A', 15]] }));
    expect(card.percent).toBe(87.5);
    expect(pathToNextBand(picked, card)!.steps.map((st) => [st.code, st.from, st.to, st.gain])).toEqual([['V.1', '2,5 điểm', '5 điểm', 2.5]]);
  });
});

describe('levels stated one after another on a line, and words that are no levels', () => {
  // The departments' Word table (the real cds-so-ban-nganh-hoat-dong-cds.docx): 6.3 (5) «- Đã triển khai: Điểm tối
  // đa; - Chưa triển khai: 0 điểm»; 6.1 (10) «…: 4/5*Điểm tối đa (8 điểm); - …: 1/5 *Điểm tối đa (2 điểm); - …: 0
  // điểm» then its sub-rows' words, parts that add up to the maximum: a department earns 0, 2, 8 or 10 there — until a
  // walk of the table it was asked 8 → 8,5, as if the words were free.
  it('asks 6.3 from 0 to its 5, and 6.1 from 8 its other part, 10', async () => {
    const { set: table } = await importCorpusCopy('cds-so-ban-nganh-hoat-dong-cds.docx');
    const set = makeSet({ criteria: table.criteria.filter((c) => ['6.1', '6.3'].includes(c.code)) });
    const path = (own: Record<string, number>) =>
      pathToNextBand(set, score(set, makeReport({ unitName: 'Sở A', unitKind: 'Cơ quan', rows: Object.entries(own) })))!.steps.map((st) => [st.code, st.from, st.to, st.gain]);
    // 10 of 15, 1,25 short of «Tốt» (75 %): 6.3 has only its 5 to give, where it was asked 0 → 1,25.
    expect(path({ '6.1': 10, '6.3': 0 })).toEqual([['6.3', '0 điểm', '5 điểm (mức «Đã triển khai»)', 5]]);
    // 13 of 15, 0,5 short of «Xuất sắc» (90 %): 6.1 at 8 holds its first part; only the second, IPv6, adds (2 points).
    expect(path({ '6.1': 8, '6.3': 5 })).toEqual([
      ['6.1', '8 điểm', '10 điểm (phần «Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định» và «Đã chuyển đổi sang công nghệ IPv6»)', 2],
    ]);
  });

  // The same part as a workbook (the real cds-so-ban-nganh-bo-chi-so.xlsx): each level a row beside the indicator's
  // one maximum merged down over them («-  Có: Điểm tối đa» / «-  Không: 0 điểm» in D99:D100, the app's «[[upload.…]]»
  // beside them in E101), and 1.8's «Giải thích: …» under its two levels. The Word table's cell joins the lines («- Có:
  // Điểm tối đa - Không: 0 điểm»). A department at 0 on 1.8 or 1.13 was asked 0 → 4, none a level.
  it('asks 1.8 and 1.13 of the workbook, 6.8 and 6.13 of the Word table, only their «Có» / «Đã triển khai» 10', async () => {
    const [book, word] = await Promise.all([importCorpusCopy('cds-so-ban-nganh-bo-chi-so.xlsx'), importCorpusCopy('cds-so-ban-nganh-hoat-dong-cds.docx')]);
    for (const [table, part] of [[book.set, '1'], [word.set, '6']] as const) {
      const codes = [`${part}.7`, `${part}.8`, `${part}.13`];
      const set = makeSet({ criteria: table.criteria.filter((c) => codes.includes(c.code)) });
      const path = (own: number[]) =>
        pathToNextBand(set, score(set, makeReport({ unitName: 'Sở Y tế', unitKind: 'Cơ quan', rows: own.map((p, k) => [codes[k]!, p]) })))!.steps.map((st) => [st.code, st.from, st.to, st.gain]);
      // 20 of 30, 4 short of «Tốt» (80 %): each asked its level, never the 4 points between.
      expect(path([10, 0, 10]), part).toEqual([[codes[1], '0 điểm', '10 điểm (mức «Đã triển khai»)', 10]]);
      expect(path([10, 10, 0]), part).toEqual([[codes[2], '0 điểm', '10 điểm (mức «Có»)', 10]]);
    }
  });
});

describe('levels said as sentences («… được 10 điểm»), the DTI set’s «An toàn thông tin mạng»', () => {
  // The real cds-an-toan-thong-tin-mang.xlsx: 8 «Tổng kinh phí cho an toàn thông tin» (20) is kept by its words «- Từ
  // 50.000.000 đồng trở lên được điểm tối đa. / - Từ 30.000.000 đến 50.000.000 đồng được 10 điểm. / - Còn lại được 0
  // điểm». A department at 10 there, 5 not assigned and every other at its maximum (80 of 90, 88,89 %), was told «10
  // điểm → 11 điểm: +1 điểm» to reach «Xuất sắc»: a figure the words never give.
  it('asks 8 from 10 to its 20 and names the level, imported, filled and scored by the command line', async () => {
    const dir = await tempDir();
    const thidua = (...args: string[]) => runOk(args, dir);
    await copyFile(join(CORPUS, 'cds-an-toan-thong-tin-mang.xlsx'), join(dir, 'attt.xlsx'));
    await thidua('criteria', 'import', 'attt.xlsx', '--out', 'bo.json');
    const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
    const unit = 'Sở Nông nghiệp và Môi trường';
    await thidua('template', '--criteria', 'bo.json', '--unit', unit, '--kind', 'Cơ quan', '--out', 'mau.xlsx');
    await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao.xlsx'), 'Điểm tự chấm', { ...Object.fromEntries(set.criteria.map((c) => [c.code, c.maxPoints])), '5': 'Không được giao', '8': 10 });
    await thidua('score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua');
    const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SHORTFALL_SHEET]);
    const row = sheet!.values.find((r) => r[1] === unit && r[2] === 'Xuất sắc')!;
    const title = set.criteria.find((c) => c.code === '8')!.title;
    expect([row[3], row[4]]).toEqual([10, `${title} 10 điểm → 20 điểm (mức «Từ 50.000.000 đồng trở lên»): +10 điểm`]);
  }, 300_000);
});

// Made for an officer's walk of the district DTI part 5: Lạc Dương's «Còn thiếu gì» said «Tổng chi ngân sách … 0 điểm
// → 28 điểm: +28 điểm» where the criterion's words give 40, 20, 10 or 0 points; and of the departments' DTI part as a
// workbook: Sở Y tế's «… mở dữ liệu … 0 điểm → 5,8 điểm», Sở Xây dựng's «… giám sát trực tuyến … 0 điểm → 4,5 điểm».
