// «Rà soát» of the task pane's own workbook edited as officers edit it in Excel, on the Office.js fake: the pane reads
// the sheet through the command line's reader (core/workbook/read-review.ts), so the same edits read the same way —
// a flag's later rows sorted above its first review are its own; a «Quyết định lần 2» row copied and changed is
// refused, naming both cells, nothing written; «Quyết định» retitled stops the scoring, named; a column of the
// council's notes is kept in its place, and a formula it typed stays a formula.
import { afterEach, describe, expect, it } from 'vitest';
import { ORPHANS_TITLE, REVIEW_HEADERS, REVIEW_HEADER_ROW, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook, sheetValues } from '../../scripts/harness/office-fake.js';

const NOW = new Date('2025-11-24T09:30:00+07:00');
const set = makeSet(4);
let fake: ReturnType<typeof installFakeOffice> | undefined;
afterEach(() => fake?.uninstall());

/** Thôn 1's T1 is 90/100 reported as 50 %: one flag, asked to explain, explained, decided again on «Rà soát». */
async function explained() {
  fake = installFakeOffice(newWorkbook([reportSheet('Thôn 1', 'Thôn', 4, (j) => (j === 0 ? { result: '50%', num: 90, den: 100, self: 10 } : { num: 85, den: 100, self: 10 }))]), '1.18');
  const score = () => runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  await score();
  const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;
  const type = (row: number, h: (typeof REVIEW_HEADERS)[number], value: string) => review().cells.set(`${row}:${col(h)}`, { value, numberFormat: 'General', style: {} });
  const first = REVIEW_HEADER_ROW + 1;
  type(first, 'Quyết định', 'Giải trình');
  await score();
  type(first + 1, 'Ý kiến', 'Số liệu theo biên bản kiểm tra');
  type(first + 2, 'Quyết định', 'Chấp nhận');
  type(first + 2, 'Người rà soát', 'Quàng Văn Hải');
  return { score, type, first, col };
}
const review = () => fake!.state.sheets.find((s) => s.name === REVIEW_SHEET)!;

describe('the pane’s «Rà soát» edited as officers edit it', () => {
  it('reads a flag’s explanation and second decision sorted above its first review', async () => {
    const { score, first } = await explained();
    // Sorted by «Bước»: «Giải trình của đơn vị» < «Lần 1 …» < «Quyết định lần 2».
    const rows = sheetValues(review()).slice(first - 1, first + 2);
    const cells = rows.map((_, i) => [...review().cells].filter(([k]) => k.startsWith(`${first + i}:`)).map(([k, v]) => [Number(k.split(':')[1]), v] as const));
    for (let i = 0; i < 3; i++) for (const [k] of [...review().cells].filter(([k]) => k.startsWith(`${first + i}:`))) review().cells.delete(k);
    [cells[1]!, cells[0]!, cells[2]!].forEach((row, i) => row.forEach(([c, v]) => review().cells.set(`${first + i}:${c}`, v)));
    expect(sheetValues(review()).slice(first - 1, first + 2).map((r) => String(r[7]))).toEqual(['Giải trình của đơn vị', 'Lần 1 · chờ giải trình', 'Quyết định lần 2']);
    const scored = await score();
    expect(scored.decisions.map((d) => [d.decision, d.explanation?.text, d.second?.decision])).toEqual([['explain', 'Số liệu theo biên bản kiểm tra', 'accept']]);
  });

  it('refuses a «Quyết định lần 2» row copied and changed, naming both cells, writing nothing', async () => {
    const { score, type, first, col } = await explained();
    const copy = first + 3;
    for (const [k, v] of [...review().cells].filter(([k]) => k.startsWith(`${first + 2}:`))) review().cells.set(`${copy}:${k.split(':')[1]}`, structuredClone(v));
    type(copy, 'Quyết định', 'Bác số liệu');
    const before = structuredClone(fake!.state.sheets.map((s) => [s.name, sheetValues(s)]));
    const said = await score().then(
      () => '',
      (e: Error) => e.message,
    );
    const letter = String.fromCharCode(64 + col('Quyết định'));
    expect(said).toContain(`Trang «${REVIEW_SHEET}», ô ${letter}${first + 2}, ${letter}${copy}: Thôn 1 — cảnh báo «Tỷ lệ không khớp tử số/mẫu số» ô D9, dòng «Quyết định lần 2»: 2 dòng khác nhau (${letter}${first + 2}: «Chấp nhận»; ${letter}${copy}: «Bác số liệu»)`);
    expect(fake!.state.sheets.map((s) => [s.name, sheetValues(s)])).toEqual(before);
  });

  it('stops on «Quyết định» retitled, naming the sheet and the row, writing nothing', async () => {
    const { score, col } = await explained();
    review().cells.set(`${REVIEW_HEADER_ROW}:${col('Quyết định')}`, { value: 'Quyết định của Hội đồng', numberFormat: 'General', style: {} });
    const before = structuredClone(fake!.state.sheets.map((s) => [s.name, sheetValues(s)]));
    const said = await score().then(
      () => '',
      (e: Error) => e.message,
    );
    expect(said).toContain(`Trang «${REVIEW_SHEET}» có tiêu đề «RÀ SOÁT CẢNH BÁO — HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG» của trang «${REVIEW_SHEET}» nhưng bảng không đọc được (dòng ${REVIEW_HEADER_ROW} không có cột «Quyết định»)`);
    expect(fake!.state.sheets.map((s) => [s.name, sheetValues(s)])).toEqual(before);
  });

  it('keeps a column the council inserted in its place, its header and each value on its flag’s row, run after run', async () => {
    const { score, first, col } = await explained();
    // A column inserted before «Bước», as Excel inserts one: every cell from it rightwards moves one column right.
    const at = col('Bước');
    const cells = [...review().cells];
    review().cells.clear();
    for (const [k, v] of cells) {
      const [r, c] = k.split(':').map(Number) as [number, number];
      review().cells.set(`${r}:${c >= at ? c + 1 : c}`, v);
    }
    review().cells.set(`${REVIEW_HEADER_ROW}:${at}`, { value: 'Ghi chú riêng', numberFormat: 'General', style: {} });
    review().cells.set(`${first + 2}:${at}`, { value: 'Đã gọi điện cho thôn', numberFormat: 'General', style: {} });
    for (let run = 0; run < 2; run++) {
      const scored = await score();
      expect(scored.decisions.map((d) => d.second?.decision)).toEqual(['accept']);
      const rows = sheetValues(review());
      const header = rows[REVIEW_HEADER_ROW - 1]!;
      expect(header.indexOf('Ghi chú riêng'), `run ${run + 1}`).toBe(header.indexOf('Nội dung') + 1);
      const noted = rows.filter((r) => r[header.indexOf('Ghi chú riêng')] === 'Đã gọi điện cho thôn');
      expect(noted.map((r) => String(r[header.indexOf('Bước')]))).toEqual(['Quyết định lần 2']);
      expect(rows.some((r) => r[0] === ORPHANS_TITLE)).toBe(false);
    }
  });

  it('keeps a formula the council typed in «Rà soát», with its result, as a formula', async () => {
    const { score, first, col } = await explained();
    review().cells.set(`${first + 2}:${col('Quyết định')}`, { value: 'Chấp nhận', formula: '="Chấp nhận"', numberFormat: 'General', style: {} });
    for (let run = 0; run < 2; run++) {
      const scored = await score();
      expect(scored.decisions.map((d) => d.second?.decision)).toEqual(['accept']);
      expect(review().cells.get(`${first + 2}:${col('Quyết định')}`)).toMatchObject({ value: 'Chấp nhận', formula: '="Chấp nhận"', numberFormat: 'General' });
    }
  });

  it('follows a formula reading its own row to the row its flag lands on after a sort, and names one reading another row', async () => {
    const { score, first, col } = await explained();
    // Sorted by «Bước» as in the first case: the explanation's row above the first review's.
    const rows = [0, 1].map((i) => [...review().cells].filter(([k]) => k.startsWith(`${first + i}:`)).map(([k, v]) => [Number(k.split(':')[1]), v] as const));
    for (let i = 0; i < 2; i++) for (const [k] of [...review().cells].filter(([k]) => k.startsWith(`${first + i}:`))) review().cells.delete(k);
    [rows[1]!, rows[0]!].forEach((row, i) => row.forEach(([c, v]) => review().cells.set(`${first + i}:${c}`, v)));
    const L = String.fromCharCode(64 + col('Ý kiến'));
    const I = String.fromCharCode(64 + col('Quyết định'));
    // On the first review's row (now first + 1), its own decision quoted; on the second decision's, the explanation's words copied from row `first`.
    review().cells.set(`${first + 1}:${col('Ý kiến')}`, { value: 'Theo: Giải trình', formula: `="Theo: "&${I}${first + 1}`, numberFormat: 'General', style: {} });
    review().cells.set(`${first + 2}:${col('Ý kiến')}`, { value: 'Số liệu theo biên bản kiểm tra', formula: `=${L}${first}`, numberFormat: 'General', style: {} });
    const scored = await score();
    expect(sheetValues(review()).slice(first - 1, first + 2).map((r) => String(r[7]))).toEqual(['Lần 1 · đã quyết định lần 2', 'Giải trình của đơn vị', 'Quyết định lần 2']);
    expect(review().cells.get(`${first}:${col('Ý kiến')}`)).toMatchObject({ value: 'Theo: Giải trình', formula: `="Theo: "&${I}${first}` });
    expect(review().cells.get(`${first + 2}:${col('Ý kiến')}`)).toMatchObject({ formula: `=${L}${first}` });
    expect(scored.errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ô ${L}${first + 2}: công thức =${L}${first} của dòng Thôn 1 — cảnh báo «.+» ô D9, «Quyết định lần 2» ghi lại ở ô ${L}${first + 2}, dòng ấy vẫn ở dòng ${first + 2}; công thức tham chiếu ô ${L}${first} của dòng khác, dòng ấy nay không còn ở dòng ${first}: có thể nay đọc dòng khác, thidua giữ nguyên như đã gõ — kiểm tra lại\\.$`),
      ),
    );
  });
});

// Made for: nothing the council typed may be lost or chosen silently, on the pane's path as on the command line's.
