// The council's sheets of a real run's tong-hop.xlsx (the example commune) renamed, moved and copied as offices do it —
// by openpyxl, then saved by LibreOffice — with a sheet of the council's own beside them: a second and a third
// `thidua score` keep every decision and tally under the names the council gave, and the council's sheet as it was;
// a copied sheet, two tallies for one nominee and a decision typed over four flags' rows are named with their cells,
// and neither `score` nor `close` writes anything while one stands.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { runInProcess } from '../cli/helpers.js';
import { readSummary, typeDecisions, typeVotes } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
const summaryFile = () => join(dir, 'kq', 'tong-hop.xlsx');
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** openpyxl runs `edit` on tong-hop.xlsx (as `wb`) and saves it; prints what `edit` prints. */
function openpyxl(edit: string): string {
  return execFileSync('/usr/bin/python3', ['-c', `import sys, json\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\n${edit}\nwb.save(sys.argv[1])`, summaryFile()], { encoding: 'utf8' });
}

/** Every sheet's name, and the cells of `sheet` (address → value or formula), as openpyxl reads them. */
function sheetsAndCells(sheet: string): { names: string[]; cells: Record<string, unknown> } {
  const script = `import sys, json\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\nws = wb[sys.argv[2]]\nprint(json.dumps({'names': wb.sheetnames, 'cells': {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}}, ensure_ascii=False))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, summaryFile(), sheet], { encoding: 'utf8' }));
}

/** What the council typed, as every face reads it: each decision and each tally, in order. */
const typed = (s: PreviousSummary) => ({
  decisions: s.review.decisions.map((d) => [d.unitName, d.flagCode, d.cell ?? '', d.decision, d.reviewer, d.date]),
  votes: s.votes.votes.map((v) => [v.unitName, v.form, v.tally.members, v.tally.present, v.tally.inFavour]),
  meeting: s.votes.meeting,
});

let before: ReturnType<typeof typed>;

beforeAll(async () => {
  // The commune scored (the run's one score of it, copied here), then the council's decisions and votes typed.
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  await typeDecisions(summaryFile(), () => 'Chấp nhận');
  await typeVotes(summaryFile(), () => [9, 9, 9]);
  expect((await score()).code).toBe(0);
  before = typed(await readSummary(join(dir, 'kq')));
  expect(before.decisions.length).toBeGreaterThan(4);
  expect(before.votes.length).toBeGreaterThan(0);
}, 180_000);

describe('council sheets known by what they hold (thidua score)', () => {
  it('keeps every decision and tally of a renamed «Rà soát» and a renamed, moved «Biểu quyết», and the council’s own sheet as it was', async () => {
    openpyxl(
      [
        "wb['Rà soát'].title = 'Rà soát 26-11'",
        "votes = wb['Biểu quyết']",
        "votes.title = 'Biểu quyết HĐ'",
        'wb.move_sheet(votes, offset=-wb.index(votes))',
        "notes = wb.create_sheet('Ghi chú của Hội đồng', 1)",
        "notes['A1'] = 'Ý kiến thành viên Hội đồng, họp ngày 20/11/2026'",
        "notes['B3'] = 42",
        "notes['C3'] = '=B3*2'",
        "notes['A5'] = 'Đề nghị xem lại tiêu chí 2.3 của thôn Nà Khương'",
      ].join('\n'),
    );
    await savedByLibreOffice(summaryFile());
    const notes = sheetsAndCells('Ghi chú của Hội đồng').cells;
    expect(notes).toMatchObject({ B3: 42, C3: '=B3*2' });

    for (const time of [1, 2]) {
      const r = await score();
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`Đã đọc ${before.decisions.length} quyết định`);
      const after = await readSummary(join(dir, 'kq'));
      expect(typed(after), `run ${time}`).toEqual(before);
      expect(after.council).toEqual({ review: ['Rà soát 26-11'], votes: ['Biểu quyết HĐ'] });
      expect(after.added).toEqual(['Ghi chú của Hội đồng']);
      const { names, cells } = sheetsAndCells('Ghi chú của Hội đồng');
      expect(cells, `run ${time}`).toEqual(notes);
      expect(names).toEqual(expect.arrayContaining(['Rà soát 26-11', 'Biểu quyết HĐ', 'Ghi chú của Hội đồng', 'Tổng hợp']));
      expect(names).not.toContain('Rà soát');
      expect(names).not.toContain('Biểu quyết');
    }
  }, 420_000);

  it('stops on a copied «Rà soát», naming both sheets, and writes nothing; score and close alike', async () => {
    openpyxl("copy = wb.copy_worksheet(wb['Rà soát 26-11'])\ncopy.title = 'Rà soát (bản chép)'");
    const was = await sha(summaryFile());
    const r = await score();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Các trang «Rà soát 26-11» và «Rà soát (bản chép)» đều là trang «Rà soát» của Hội đồng');
    expect(r.stderr).toContain('không ghi gì');
    expect(await sha(summaryFile())).toBe(was);
    const c = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain('«Rà soát (bản chép)»');
    expect(await sha(summaryFile())).toBe(was);
    openpyxl("del wb['Rà soát (bản chép)']");
    expect((await score()).code).toBe(0);
  }, 240_000);
});

describe('conflicts named, never chosen', () => {
  it('names two tallies for one nominee and a decision typed over four flags’ rows with their cells; score and close write nothing', async () => {
    const review = sheetsAndCells('Rà soát 26-11').cells;
    // Four first reviews one under the other, the first decision typed over all four.
    const firstRows = Object.keys(review)
      .filter((a) => /^H\d+$/.test(a) && String(review[a]).startsWith('Lần 1') && review[`I${a.slice(1)}`] === 'Chấp nhận')
      .map((a) => Number(a.slice(1)))
      .sort((a, b) => a - b);
    const top = firstRows.find((r) => [1, 2, 3].every((k) => firstRows.includes(r + k)))!;
    expect(top).toBeGreaterThan(4);
    const merged = `I${top}:I${top + 3}`;
    const votes = sheetsAndCells('Biểu quyết HĐ').cells;
    const nomineeRow = Number(Object.keys(votes).find((a) => /^G\d+$/.test(a) && votes[a] === 9)!.slice(1));
    openpyxl(
      [
        `wb['Rà soát 26-11'].merge_cells('${merged}')`,
        "ws = wb['Biểu quyết HĐ']",
        `ws.insert_rows(${nomineeRow + 1})`,
        `for col in 'BCDEFG': ws[col + '${nomineeRow + 1}'] = ws[col + '${nomineeRow}'].value`,
        `ws['G${nomineeRow + 1}'] = 0`,
      ].join('\n'),
    );
    await savedByLibreOffice(summaryFile());
    const was = await sha(summaryFile());
    const tallies = `E${nomineeRow}:G${nomineeRow}, E${nomineeRow + 1}:G${nomineeRow + 1}`;

    const r = await score();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('mâu thuẫn');
    expect(r.stderr).toContain(`Trang «Rà soát 26-11», ô ${merged}: «Chấp nhận» ghi trong ô gộp ${merged}, trải qua 4 dòng`);
    expect(r.stderr).toContain(`Trang «Biểu quyết HĐ», ô ${tallies}:`);
    expect(r.stderr).toContain('2 kết quả biểu quyết khác nhau');
    expect(await sha(summaryFile())).toBe(was);

    const summary = await readSummary(join(dir, 'kq'));
    expect(summary.conflicts).toHaveLength(2);
    // Neither tally of the nominee is its vote; no flag under the merge is decided by it.
    expect(summary.votes.votes.length).toBe(before.votes.length - 1);
    expect(summary.review.decisions.length).toBe(before.decisions.length - 4);

    // Closing refuses with the cells, even when the council confirms what is open.
    const c = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain(`Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: Trang «Rà soát 26-11», ô ${merged}`);
    expect(c.stderr).toContain(`Trang «Biểu quyết HĐ», ô ${tallies}`);
    expect(await sha(summaryFile())).toBe(was);
  }, 420_000);
});
