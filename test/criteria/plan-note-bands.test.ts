// A commune's plan annex for its hamlets' digital-transformation emulation (fixtures/thon-chuyen-doi-so-2025.html), as
// the officer gets it in Word and pasted into Excel (both written by LibreOffice): its grading stands in one sentence
// under the table, figures first — «Ghi chú: Thôn đạt từ 90 điểm trở lên xếp loại Xuất sắc; từ 75 đến dưới 90 điểm
// xếp loại Tốt; từ 50 đến dưới 75 điểm xếp loại Khá; dưới 50 điểm không xếp loại.» The import said «Chưa có mục «XẾP
// LOẠI»» and graded by thidua's defaults: a hamlet at 78 points, «Tốt» by the plan, was «Chưa đạt». Other wordings of
// the same grading (above the table, the grade first, «- Từ 90 điểm trở lên: Xuất sắc»), and a note thidua cannot read,
// said where it stands instead of «Chưa có mục «XẾP LOẠI»».
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { typeSelfScores } from '../helpers/self-scores-typed.js';

const PLAN = join(import.meta.dirname, 'fixtures', 'thon-chuyen-doi-so-2025.html');
const NOTE = '<p>Ghi chú: Thôn đạt từ 90 điểm trở lên xếp loại Xuất sắc; từ 75 đến dưới 90 điểm xếp loại Tốt; từ 50 đến dưới 75 điểm xếp loại Khá; dưới 50 điểm không xếp loại.</p>\n';

/** The plan as written, and with its note written otherwise: moved above the table, or other lines under it. */
const VARIANTS = {
  'ke-hoach': (html: string) => html,
  'tren-bang': (html: string) => html.replace(NOTE, '').replace('<table border="1">', `${NOTE}<table border="1">`),
  'xep-loai-truoc': (html: string) =>
    html.replace(NOTE, ['Xếp loại Xuất sắc: đạt từ 90 điểm trở lên', 'Xếp loại Tốt: đạt từ 75 điểm đến dưới 90 điểm', 'Xếp loại Khá: đạt từ 50 điểm đến dưới 75 điểm'].map((l) => `<p>${l}</p>\n`).join('')),
  'gach-dau-dong': (html: string) =>
    html.replace(NOTE, ['- Từ 90 điểm trở lên: Xuất sắc', '- Từ 75 điểm đến dưới 90 điểm: Tốt', '- Từ 50 điểm đến dưới 75 điểm: Khá', '- Dưới 50 điểm: Không xếp loại'].map((l) => `<p>${l}</p>\n`).join('')),
  'chua-doc-duoc': (html: string) => html.replace(NOTE, '<p>Ghi chú: Thôn xếp loại Xuất sắc khi đạt 90% tổng số điểm trở lên và không có tiêu chí nào bị 0 điểm.</p>\n'),
} as const;
type Variant = keyof typeof VARIANTS;

let dir: string;
const reads = new Map<string, Awaited<ReturnType<typeof readCriteriaFile>>>();
const read = (variant: Variant, ext: 'docx' | 'xlsx') => reads.get(`${variant}.${ext}`)!;

beforeAll(async () => {
  dir = await tempDir();
  const html = await readFile(PLAN, 'utf8');
  expect(html).toContain(NOTE);
  const pages = await Promise.all(
    Object.entries(VARIANTS).map(async ([name, make]) => {
      const path = join(dir, `${name}.html`);
      await writeFile(path, make(html));
      return path;
    }),
  );
  // As the brief's officer makes them: Writer straight from the page, Calc pasting the page.
  const docx = await sofficeAll(pages, dir, 'docx', 'MS Word 2007 XML');
  const xlsx = await sofficeAll(pages, dir, 'xlsx', undefined, 'HTML (StarCalc)');
  for (const path of [...docx, ...xlsx]) reads.set(path.slice(dir.length + 1), await readCriteriaFile(path, dir));
}, 300_000);

/** The grades as the plan writes them: each label and its lowest score in points, on the set's base total. */
const grades = (set: CriteriaSet) => {
  const base = set.criteria.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction').reduce((s, c) => s + c.maxPoints, 0);
  return set.classification.map((b) => [b.label, Number(((b.minPercent * base) / 100).toFixed(6))]);
};
const PLAN_GRADES = [['Xuất sắc', 90], ['Tốt', 75], ['Khá', 50], ['Không xếp loại', 0]];
const NONE = /Chưa có mục «XẾP LOẠI»/;

describe('the plan’s note under the table: «Thôn đạt từ 90 điểm trở lên xếp loại Xuất sắc; … dưới 50 điểm không xếp loại.»', () => {
  it.each(['docx', 'xlsx'] as const)('grades by its four grades from the .%s, «không xếp loại» a grade of its own, and never says there is no grading', (ext) => {
    const r = read('ke-hoach', ext);
    expect(grades(r.set)).toEqual(PLAN_GRADES);
    expect(r.notices.filter((n) => NONE.test(n.message))).toEqual([]);
  });

  it('holds the grades in the reconciliation as the table’s figures: each as written, where, and what thidua reads', () => {
    const lines = (ext: 'docx' | 'xlsx') => read('ke-hoach', ext).reconciliation.figures.filter((f) => f.figure.kind === 'band').map((f) => [f.agrees, f.text]);
    expect(lines('docx')).toEqual([
      [true, 'Xếp loại «Xuất sắc» ghi từ 90 điểm trở lên (đoạn 1 dưới bảng); thidua đọc được «Xuất sắc» từ 90 điểm ✔'],
      [true, 'Xếp loại «Tốt» ghi từ 75 đến dưới 90 điểm (đoạn 1 dưới bảng); thidua đọc được «Tốt» từ 75 điểm ✔'],
      [true, 'Xếp loại «Khá» ghi từ 50 đến dưới 75 điểm (đoạn 1 dưới bảng); thidua đọc được «Khá» từ 50 điểm ✔'],
      [true, 'Xếp loại «Không xếp loại» ghi dưới 50 điểm (đoạn 1 dưới bảng); thidua đọc được «Không xếp loại» dưới 50 điểm ✔'],
    ]);
    const cell = read('ke-hoach', 'xlsx').notices.find((n) => n.message.startsWith('Xếp loại theo cách bảng ghi'))!.cell!;
    expect(lines('xlsx').map(([, t]) => t)).toEqual(lines('docx').map(([, t]) => String(t).replace('đoạn 1 dưới bảng', `ô ${cell}`)));
  });
});

describe('the same grading written otherwise', () => {
  it.each(['docx', 'xlsx'] as const)('above the table (.%s): read there, said as above it, the note no name of the set', (ext) => {
    const r = read('tren-bang', ext);
    expect(grades(r.set)).toEqual(PLAN_GRADES);
    expect(r.set.title).toBe('BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ ĐỐI VỚI CÁC THÔN NĂM 2025');
    const said = r.reconciliation.figures.filter((f) => f.figure.kind === 'band').map((f) => f.text);
    expect(said[0]).toMatch(ext === 'docx' ? /\(đoạn 1 trên bảng\)/ : /\(ô A3\)/);
  });

  it.each(['docx', 'xlsx'] as const)('«Xếp loại Tốt: đạt từ 75 điểm đến dưới 90 điểm» a line each (.%s)', (ext) => {
    expect(grades(read('xep-loai-truoc', ext).set)).toEqual(PLAN_GRADES.slice(0, 3));
  });

  it.each(['docx', 'xlsx'] as const)('«- Từ 90 điểm trở lên: Xuất sắc» … «- Dưới 50 điểm: Không xếp loại» (.%s)', (ext) => {
    expect(grades(read('gach-dau-dong', ext).set)).toEqual(PLAN_GRADES);
  });
});

describe('a note of grading thidua cannot read («xếp loại Xuất sắc khi đạt 90% tổng số điểm trở lên và …»)', () => {
  const WORDS = 'ghi cách xếp loại («Ghi chú: Thôn xếp loại Xuất sắc khi đạt 90% tổng số điểm …») nhưng thidua chưa đọc được: dùng mặc định Xuất sắc ≥ 90%, Tốt ≥ 80%, Đạt ≥ 60%, Chưa đạt dưới 60%; nếu văn bản xếp loại khác, ghi lại các mức ở mục «XẾP LOẠI» trên trang «Tiêu chí» của tệp .xlsx xuất ra trước khi xác nhận.';

  it('is said at its paragraph (.docx) and its cell (.xlsx), first in the reconciliation, never «Chưa có mục «XẾP LOẠI»»', () => {
    const docx = read('chua-doc-duoc', 'docx');
    expect(docx.notices.filter((n) => /xếp loại/i.test(n.message) && !n.message.includes('HÌNH THỨC')).map((n) => [n.cell, n.message])).toEqual([[undefined, `Đoạn 1 dưới bảng ${WORDS}`]]);
    expect(docx.reconciliation.agrees).toBe(false);
    expect(docx.reconciliation.summary).toMatch(/^Đoạn 1 dưới bảng ghi cách xếp loại nhưng thidua chưa đọc được: dùng mặc định/);
    const xlsx = read('chua-doc-duoc', 'xlsx');
    // The sheet's table also ends above the note, said at that row by the table's end (not a grading notice).
    const at = xlsx.notices.filter((n) => /xếp loại/i.test(n.message) && !n.message.includes('HÌNH THỨC') && !n.message.startsWith('Bảng tiêu chí dừng trước dòng'));
    expect(at.map((n) => n.message)).toEqual([`Ô ${at[0]!.cell} ${WORDS}`]);
    expect(xlsx.reconciliation.summary).toMatch(new RegExp(`^Ô ${at[0]!.cell} ghi cách xếp loại nhưng thidua chưa đọc được`));
  });
});

describe('scored end to end by the command line: a hamlet at 78 points', () => {
  let out: ScoreRunOutput;
  beforeAll(async () => {
    await runOk(['criteria', 'import', 'ke-hoach.docx', '--out', 'bo.json', '--force'], dir);
    const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
    await runOk(['template', '--criteria', 'bo.json', '--unit', 'Thôn Nà Ngần', '--kind', 'thon', '--out', 'na-ngan-mau.xlsx'], dir);
    // 78 points, given item by item from the first, as many as each takes.
    let left = 78;
    const own = Object.fromEntries(set.criteria.map((c) => {
      const points = Math.min(left, c.maxPoints);
      left -= points;
      return [c.code, points];
    }));
    typeSelfScores(join(dir, 'na-ngan-mau.xlsx'), join(dir, 'na-ngan.xlsx'), own);
    out = JSON.parse((await runOk(['score', 'na-ngan.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir)).stdout) as ScoreRunOutput;
  }, 300_000);

  it('is «Tốt», as the plan grades it (thidua’s defaults made it «Chưa đạt»)', () => {
    expect(out.cards.map((c) => [c.unitName, c.total, c.classification?.label])).toEqual([['Thôn Nà Ngần', 78, 'Tốt']]);
  });
});

// Made for a commune's plan annex whose hamlets' grading stood in its «Ghi chú» under the table, figures first, while
// thidua said «Chưa có mục «XẾP LOẠI»» and graded a hamlet at 78 «Chưa đạt» where the plan says «Tốt».
