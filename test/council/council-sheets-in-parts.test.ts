// «Rà soát» and «Biểu quyết» of tong-hop.xlsx past PART_ROWS rows go on in parts, like «Tổng hợp» (issue 56 item 3),
// and the council types in any part: forced here with a lowered limit (the example commune's 15 units, 8 times under
// new names: 120 units, parts of 50 rows), written by the package writer, typed and renamed by openpyxl, read back and
// written again — a decision typed in part 2 of «Rà soát» and a tally in part 2 of «Biểu quyết» (its counts typed as text kept as text) are kept, the renamed
// part keeps its name, and a real copy of a part still stops the run, naming both sheets.
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { Run } from '../../core/run/decide-run.js';
import { readPreviousSummary, type PreviousSummary } from '../../core/run/previous-summary.js';
import { ORPHANS_TITLE, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { ASIDES_TITLE, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { partName } from '../../core/workbook/table-sheet.js';
import { runChildAt, runChildAtOk, tempDir } from '../cli/helpers.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice } from '../../scripts/harness/office-fake.js';
import { officerDay } from '../../core/values.js';
import { asidesSaid, decisionsSaid } from '../../core/run/decisions-said.js';
import { listedNominees } from '../../core/run/plan-copy.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { eightCommunes, writeSummary } from '../run/eight-communes.js';
import { decideRun, type RunInput } from '../../core/run/decide-run.js';
import { openpyxl as openpyxlOn, reviewInTwoParts, typeInPart2, votesInTwoParts } from './typed-in-parts.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const DATE = '2025-11-27';
const PART_ROWS = 50;
/** Python run by openpyxl: `nominee`, the first nominee's row of part 2 of «Biểu quyết» (`votes`). */
const PART_2_NOMINEE = [`votes = wb['${partName(VOTE_SHEET, 2)}']`, 'nominee = next(r for r in votes.iter_rows() if isinstance(r[0].value, int))'].join('\n');

let set: CriteriaSet;
let run: Run;
let inputs: RunInput[];
let file: string;

/** tong-hop.xlsx as the command line writes it after reading `previous` (none: the first run), in `file`. */
const score = (previous?: PreviousSummary) => writeSummary(file, set, run, { date: DATE, partRows: PART_ROWS, ...(previous ? { previous } : {}) });

const read = async () => readPreviousSummary(OoxmlWorkbook.open(await readFile(file)));

const openpyxl = (edit: string) => openpyxlOn(file, edit);

beforeAll(async () => {
  ({ set, run, inputs } = await eightCommunes(DATE));
  file = join(await tempDir(), 'tong-hop.xlsx');
  await score();
}, 120_000);

describe('the council’s sheets in parts', () => {
  it('keeps a decision and a tally typed in part 2, under a part renamed, through two runs; a copied part stops the run', async () => {
    const names = JSON.parse(openpyxl('print(json.dumps(wb.sheetnames))')) as string[];
    expect(names).toEqual(expect.arrayContaining([REVIEW_SHEET, partName(REVIEW_SHEET, 2), VOTE_SHEET, partName(VOTE_SHEET, 2)]));
    // Part 2 of each: the first flag's first review gets a decision, the first nominee a tally; part 2 of «Rà soát» renamed.
    const typed = typeInPart2(file);
    openpyxl(`wb['${partName(REVIEW_SHEET, 2)}'].title = 'Rà soát tiếp HĐ'`);
    const kept = (s: PreviousSummary) => ({
      conflicts: s.conflicts,
      decision: s.review.decisions.filter((d) => d.unitName === typed.flag[0]).map((d) => [d.decision, d.reviewer, d.date]),
      tally: s.votes.votes.filter((v) => v.unitName === typed.unit).map((v) => v.tally),
    });
    const expected = { conflicts: [], decision: [['accept', 'Nguyễn Văn A', '2025-11-20']], tally: [{ members: 9, present: 8, inFavour: 7 }] };
    const first = await read();
    expect(kept(first)).toEqual(expected);
    expect(first.council.review).toEqual([REVIEW_SHEET, 'Rà soát tiếp HĐ', ...first.council.review!.slice(2)]);

    await score(first);
    const second = await read();
    expect(kept(second)).toEqual(expected);
    expect(second.council).toEqual(first.council);
    expect(JSON.parse(openpyxl('print(json.dumps(wb.sheetnames))'))).toContain('Rà soát tiếp HĐ');

    // A copy of a part (openpyxl's copy_worksheet, as «Sao chép trang») is a second claim on part 2: named, never chosen.
    openpyxl("wb.copy_worksheet(wb['Rà soát tiếp HĐ']).title = 'Rà soát bản sao'");
    const copied = await read();
    expect(copied.conflicts).toHaveLength(1);
    expect(copied.conflicts[0]).toContain('«Rà soát tiếp HĐ» và «Rà soát bản sao»');
    expect(copied.review.decisions).toEqual([]);
  }, 120_000);

  it('writes a tally typed as text in part 2 back as text, counted as the vote it says', async () => {
    await score();
    const row = (edit: string) => [PART_2_NOMINEE, edit].join('\n');
    const unit = JSON.parse(openpyxl(row("nominee[4].value = '9'; nominee[5].value = 8; nominee[6].value = '7'\nprint(json.dumps(nominee[1].value, ensure_ascii=False))"))) as string;
    const first = await read();
    expect(first.votes.votes.filter((v) => v.unitName === unit).map((v) => v.tally)).toEqual([{ members: 9, present: 8, inFavour: 7 }]);
    await score(first);
    expect(JSON.parse(openpyxl(row('print(json.dumps([[c.value, c.data_type] for c in nominee[4:7]]))')))).toEqual([['9', 's'], [8, 'n'], ['7', 's']]);
  }, 120_000);

  it('names a tally and a decision typed in two parts with different contents (a row copied across), applying neither', async () => {
    await score();
    const typed = JSON.parse(
      openpyxl(
        [
          `review = wb['${partName(REVIEW_SHEET, 2)}']`,
          "row = next(r for r in review.iter_rows() if r[7].value == 'Lần 1')",
          "row[8].value = 'Chấp nhận'",
          `wb['${REVIEW_SHEET}'].append([c.value for c in row[:8]] + ['Không chấp nhận'])`,
          PART_2_NOMINEE,
          'nominee[4].value = 9; nominee[5].value = 8; nominee[6].value = 7',
          `wb['${VOTE_SHEET}'].append([c.value for c in nominee[:4]] + [9, 9, 0])`,
          'print(json.dumps({"unit": row[1].value, "nominee": nominee[1].value}, ensure_ascii=False))',
        ].join('\n'),
      ),
    ) as { unit: string; nominee: string };
    const s = await read();
    const both = (part1: string, part2: string) => s.conflicts.filter((c) => c.includes(`«${part1}» và «${part2}»`));
    expect(both(REVIEW_SHEET, partName(REVIEW_SHEET, 2))).toEqual([expect.stringMatching(/2 quyết định khác nhau .*«Không chấp nhận».*«Chấp nhận».*thidua không chọn/)]);
    expect(both(VOTE_SHEET, partName(VOTE_SHEET, 2))).toEqual([expect.stringMatching(/2 kết quả biểu quyết khác nhau .*9\/9\/0.*9\/8\/7/)]);
    expect(s.review.decisions.filter((d) => d.unitName === typed.unit)).toEqual([]);
    expect(s.votes.votes.filter((v) => v.unitName === typed.nominee)).toEqual([]);
  }, 120_000);

  it('copies a word typed right of part 2 of «Biểu quyết» under the last part, naming the part, and keeps it run after run', async () => {
    await score();
    const cell = openpyxl(
      [
        PART_2_NOMINEE,
        "note = votes.cell(row=nominee[0].row, column=10); note.value = 'hỏi lại ông C'",
        'print(note.coordinate)',
      ].join('\n'),
    ).trim();
    const first = await read();
    const where = `${cell} (trang «${partName(VOTE_SHEET, 2)}»)`;
    expect(first.problems.filter((p) => p.message.includes('ghi ngoài các ô'))).toEqual([{ sheet: partName(VOTE_SHEET, 2), cell, message: expect.stringContaining(`«hỏi lại ông C» ghi ngoài các ô thidua đọc: chép nguyên văn xuống bảng «${ASIDES_TITLE}»`) }]);
    expect(first.votes.asides).toEqual([{ where, text: 'hỏi lại ông C' }]);
    await score(first);
    const second = await read();
    expect([second.problems.filter((p) => p.message.includes('ghi ngoài các ô')), second.votes.asides]).toEqual([[], [{ where, text: 'hỏi lại ông C' }]]);
    // On the last part, under its tables; the note's cell holds nothing now.
    const last = second.council.votes!.at(-1)!;
    const block = JSON.parse(openpyxl(`v = wb['${last}']\nprint(json.dumps([[c.value for c in r[:3]] for r in v.iter_rows() if r[0].value == '${ASIDES_TITLE}' or r[1].value == 'hỏi lại ông C'], ensure_ascii=False))`));
    expect(block).toEqual([[ASIDES_TITLE, null, null], [1, 'hỏi lại ông C', where]]);
    expect(openpyxl(`print(wb['${partName(VOTE_SHEET, 2)}']['${cell}'].value)`).trim()).toBe('None');
    await score(second);
    expect((await read()).votes.asides).toEqual([{ where, text: 'hỏi lại ông C' }]);
  }, 120_000);

  it('says a unit retyped on a tally of part 2 of «Biểu quyết» at that part’s cells: the place its line opens is the part, not «Biểu quyết»', async () => {
    await score();
    const row = openpyxl(
      [
        PART_2_NOMINEE,
        'nominee[1].value = nominee[1].value.upper(); nominee[4].value = 9; nominee[5].value = 8; nominee[6].value = 7',
        'print(nominee[0].row)',
      ].join('\n'),
    ).trim();
    const typed = await read();
    const lines = asidesSaid(typed.votes, COUNCIL_SHEET_NAMES, listedNominees(set, run, typed.votes), []).filter((l) => l.text.includes('tên đơn vị ghi'));
    // The line names the part and its cells (sheetCells) and opens them: the words once read «Trang «Biểu quyết», ô E9:G9
    // (trang «Biểu quyết (phần 2)»)», which a regular expression over them opened as «Biểu quyết»'s E9:G9.
    expect(lines.map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([{ sheet: partName(VOTE_SHEET, 2), cell: `E${row}:G${row}` }]);
    expect(lines[0]!.text).toContain(`Trang «${partName(VOTE_SHEET, 2)}», ô E${row}:G${row}: tên đơn vị ghi`);
  }, 120_000);

  it('says each part of «Rà soát» not written again once the table fits one sheet, naming where its rows stand; keeps the parts of «Biểu quyết»', async () => {
    await score();
    const previous = await read();
    const review = previous.council.review!;
    expect(review.length).toBeGreaterThan(1);
    const { said } = await writeSummary(file, set, run, { date: DATE, partRows: 10_000, previous });
    const where = `không được ghi lại: bảng vừa một trang, nên mọi dòng của nó, với những gì Hội đồng đã ghi, nay ở trang «${REVIEW_SHEET}».`;
    expect(said).toEqual(review.slice(1).map((sheet, i) => ({ sheet, message: `phần ${i + 2}/${review.length} của trang «${REVIEW_SHEET}», ${where}` })));
    expect(JSON.parse(openpyxl('print(json.dumps(wb.sheetnames, ensure_ascii=False))'))).toEqual(expect.arrayContaining([...previous.council.votes!]));
    expect(previous.council.votes!.length).toBeGreaterThan(1);
  }, 120_000);

  // «Rà soát» is cut as thidua cuts it, never where the council cut it (plan-review.ts planReviewSheets says why): the
  // council's own continuation is said when it is not written again, the decision typed there kept on its flag's row.
  it('says «Rà soát» renamed and continued by the council on a sheet of its own, not written again, and keeps the decision typed there', async () => {
    const [FIRST, SECOND] = ['RS HĐ 2026', 'RS HĐ 2026 tiếp'];
    await writeSummary(file, set, run, { date: DATE, partRows: 10_000 });
    // Its latter flags moved to «RS HĐ 2026 tiếp», part 2's first flag accepted there.
    const typed = reviewInTwoParts(file, FIRST, SECOND);
    const decided = (s: PreviousSummary) => s.review.decisions.filter((d) => d.unitName === typed[0] && d.sheet === typed[1] && (d.cell ?? '') === (typed[2] ?? '')).map((d) => [d.decision, d.reviewer, d.date]);
    const previous = await read();
    expect(previous.council.review).toEqual([FIRST, SECOND]);
    expect(decided(previous)).toEqual([['accept', 'Nguyễn Văn A', '2025-11-20']]);
    const { said } = await writeSummary(file, set, run, { date: DATE, partRows: 10_000, previous });
    // The decision typed on the council's part 2 said too, at the cell it now stands in on the one sheet.
    const [unit, sheet, cell] = typed;
    const now = openpyxl(`print(next(r[8].coordinate for r in wb[${JSON.stringify(FIRST)}].iter_rows(max_col=12) if [c.value for c in r[1:4]] == ${JSON.stringify(typed)} and r[8].value == 'Chấp nhận'))`).trim();
    expect(said).toEqual([
      { sheet: SECOND, message: `phần 2/2 của trang «${FIRST}», không được ghi lại: bảng vừa một trang, nên mọi dòng của nó, với những gì Hội đồng đã ghi, nay ở trang «${FIRST}».` },
      { sheet: FIRST, cell: now, message: expect.stringMatching(new RegExp(`^ô ${now}: quyết định của Hội đồng cho «${unit}», cảnh báo «[^»]+» \\(trang «${sheet}», ô ${cell}\\) đã ghi ở trang «${SECOND}», ô I\\d+; nay ở ô này: `)) },
    ]);
    const again = await read();
    expect(again.council.review).toEqual([FIRST]);
    expect(decided(again)).toEqual([['accept', 'Nguyễn Văn A', '2025-11-20']]);
  }, 120_000);

  // The list re-planned (a unit's report taken out of the run: its flags gone) re-cuts the parts as thidua cuts them
  // (plan-review.ts says why): the decisions typed on the first rows of parts 2 and 3 now stand a part earlier, and the
  // row a member typed on holds another unit's decision. Each move is said at its new place, was → now; a decision
  // still on the sheet it was typed on is not.
  it('says each decision of «Rà soát» now on another part than it was typed on, at its new cell, with where it was typed', async () => {
    await score();
    const parts = JSON.parse(openpyxl('print(json.dumps([n for n in wb.sheetnames if n.startswith("Rà soát")], ensure_ascii=False))')) as string[];
    expect(parts.length).toBeGreaterThan(2);
    // The first four flags of part 2 and the first of part 3 accepted; part 1's first unit, whose report is then taken out.
    const typed = JSON.parse(
      openpyxl(
        [
          'out = {"typed": []}',
          `for name, n in [('${partName(REVIEW_SHEET, 2)}', 4), ('${partName(REVIEW_SHEET, 3)}', 1)]:`,
          "    rows = [r for r in wb[name].iter_rows() if r[7].value == 'Lần 1'][:n]",
          '    for r in rows:',
          "        r[8].value = 'Chấp nhận'; r[9].value = 'Nguyễn Văn A'; r[10].value = '20/11/2025'",
          '        out["typed"].append({"unit": r[1].value, "sheet": r[2].value, "cell": r[3].value, "title": r[4].value, "at": [name, r[8].coordinate]})',
          `out["gone"] = next(r for r in wb['${REVIEW_SHEET}'].iter_rows() if r[7].value == 'Lần 1')[1].value`,
          'print(json.dumps(out, ensure_ascii=False))',
        ].join('\n'),
      ),
    ) as { typed: { unit: string; sheet: string; cell: string | null; title: string; at: [string, string] }[]; gone: string };
    await savedByLibreOffice(file);
    const previous = await read();
    expect(previous.review.decisions).toHaveLength(typed.typed.length);
    const without = inputs.map((i) => ({ ...i, cards: i.cards.filter((c) => c.unitName !== typed.gone) }));
    const { said } = await writeSummary(file, set, decideRun(set, without), { date: DATE, partRows: PART_ROWS, previous });
    // Where each decision stands now, read from the file written: [sheet, cell of «Quyết định»]; and what stands where each was typed.
    const now = JSON.parse(
      openpyxl(
        [
          'found = {}; at = {}',
          "for name in [n for n in wb.sheetnames if n.startswith('Rà soát')]:",
          '    for r in wb[name].iter_rows(max_col=12):',
          "        if r[7].value == 'Lần 1' and r[8].value == 'Chấp nhận': found['|'.join(str(c.value) for c in r[1:5])] = [name, r[8].coordinate]",
          `for t in ${JSON.stringify(typed.typed.map((t) => t.at))}:`,
          "    at['|'.join(t)] = [wb[t[0]][t[1]].value, '|'.join(str(wb[t[0]][t[1]].offset(0, c).value) for c in (-7, -4))]",
          'print(json.dumps({"found": found, "at": at}, ensure_ascii=False))',
        ].join('\n'),
      ),
    ) as { found: Record<string, [string, string]>; at: Record<string, [string, string]> };
    const moved = typed.typed.map((t) => ({ ...t, now: now.found[`${t.unit}|${t.sheet}|${t.cell ?? 'None'}|${t.title}`]! })).filter((t) => t.now[0] !== t.at[0]);
    // The first of part 2 now on part 1 (the unit taken out had one flag), part 3's first on part 2; the row the first
    // was typed on holds the decision typed on the next flag.
    expect(moved.map((t) => [t.at[0], t.now[0]])).toEqual([
      [partName(REVIEW_SHEET, 2), REVIEW_SHEET],
      [partName(REVIEW_SHEET, 3), partName(REVIEW_SHEET, 2)],
    ]);
    const [first, next] = typed.typed;
    expect(now.at[first!.at.join('|')]).toEqual(['Chấp nhận', `${next!.unit}|${next!.title}`]);
    const lines = said.filter((s) => s.message.includes('đã ghi ở trang'));
    expect(lines).toEqual(
      moved.map((t) => ({
        sheet: t.now[0],
        cell: t.now[1],
        message: `ô ${t.now[1]}: quyết định của Hội đồng cho «${t.unit}», cảnh báo «${t.title}» (trang «${t.sheet}»${t.cell ? `, ô ${t.cell}` : ''}) đã ghi ở trang «${t.at[0]}», ô ${t.at[1]}; nay ở ô này: thidua chia phần bảng theo danh sách cảnh báo của lần chấm này.`,
      })),
    );
  }, 180_000);

  it('says the first ten decisions now on another sheet one by one, and counts the rest in one line', async () => {
    await score();
    const typed = JSON.parse(
      openpyxl(
        [
          `rows = [r for r in wb['${partName(REVIEW_SHEET, 2)}'].iter_rows() if r[7].value == 'Lần 1'][:12]`,
          "for r in rows: r[8].value = 'Chấp nhận'",
          'print(json.dumps([r[8].coordinate for r in rows]))',
        ].join('\n'),
      ),
    ) as string[];
    const { said } = await writeSummary(file, set, run, { date: DATE, partRows: 10_000, previous: await read() });
    const moved = said.filter((s) => s.message.includes('đã ghi ở trang'));
    expect(moved.map((s) => [s.sheet, /đã ghi ở trang «(.+)», ô (I\d+);/.exec(s.message)?.slice(1)])).toEqual(typed.slice(0, 10).map((cell) => [REVIEW_SHEET, [partName(REVIEW_SHEET, 2), cell]]));
    expect(said.at(-1)).toEqual({ sheet: REVIEW_SHEET, message: '2 quyết định khác của Hội đồng cũng nay ở trang khác trang đã ghi (thidua chia phần bảng theo danh sách cảnh báo của lần chấm này), mỗi dòng vẫn ghi rõ cảnh báo của nó.' });
  }, 120_000);

  // The tables under the flags stand on the last part (plan-review.ts): a decision kept there, its flag gone, is said
  // where it is, not at the end of the first part.
  it('names the last part as where a decision whose flag is gone is kept, and says it moved there', async () => {
    await score();
    const [unit, at] = JSON.parse(
      openpyxl(
        [
          `r = next(r for r in wb['${REVIEW_SHEET}'].iter_rows() if r[7].value == 'Lần 1')`,
          "r[8].value = 'Chấp nhận'; r[9].value = 'Nguyễn Văn A'; r[10].value = '20/11/2025'",
          'print(json.dumps([r[1].value, r[8].coordinate], ensure_ascii=False))',
        ].join('\n'),
      ),
    ) as [string, string];
    const previous = await read();
    const gone = decideRun(
      set,
      inputs.map((i) => ({ ...i, cards: i.cards.filter((c) => c.unitName !== unit) })),
    );
    const { said, council } = await writeSummary(file, set, gone, { date: DATE, partRows: PART_ROWS, previous });
    const last = council.review!.at(-1)!;
    expect(last).toBe(partName(REVIEW_SHEET, council.review!.length));
    // On the last part, under «Quyết định không còn cảnh báo»: where thidua wrote it, read from the file.
    const kept = openpyxl(
      `ws = wb['${last}']\ntop = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == '${ORPHANS_TITLE}')\nprint(next(r[8].coordinate for r in ws.iter_rows(min_row=top, max_col=12) if r[1].value == ${JSON.stringify(unit)}))`,
    ).trim();
    expect(said.filter((s) => s.message.includes(unit))).toEqual([{ sheet: last, cell: kept, message: expect.stringContaining(`đã ghi ở trang «${REVIEW_SHEET}», ô ${at}; nay ở ô này`) }]);
    const lines = decisionsSaid(previous.review.decisions, gone.cards, previous.review.unread, COUNCIL_SHEET_NAMES, last).filter((l) => l.text.includes(unit));
    expect(lines.map((l) => l.text)).toEqual([expect.stringMatching(new RegExp(`\\(${unit}\\): .* ở bảng «${ORPHANS_TITLE}» cuối trang «${last.replace(/[()]/g, '\\$&')}»\\.$`))]);
  }, 120_000);

  // «Biểu quyết» keeps the council's cut while it holds (plan-votes.ts councilCuts): a ninth commune's nominees join the
  // list, part 1 would pass PART_ROWS, and the table is cut as thidua cuts it. A tally typed on a row now on another
  // part is said at its new place, was → now; one still on its part is not.
  it('says each tally of «Biểu quyết» now on another part once the nominees’ list changes, at its new cells', async () => {
    await score();
    const typed = JSON.parse(
      openpyxl(
        [
          'out = []',
          `for name, pick in [('${VOTE_SHEET}', -1), ('${partName(VOTE_SHEET, 2)}', 0)]:`,
          '    r = [r for r in wb[name].iter_rows(max_col=9) if isinstance(r[0].value, int)][pick]',
          '    r[4].value = 9; r[5].value = 8; r[6].value = 7',
          '    out.append({"unit": r[1].value, "form": r[3].value, "at": [name, f"{r[4].coordinate}:{r[6].coordinate}"]})',
          'print(json.dumps(out, ensure_ascii=False))',
        ].join('\n'),
      ),
    ) as { unit: string; form: string; at: [string, string] }[];
    await savedByLibreOffice(file);
    const previous = await read();
    expect(previous.votes.votes.map((v) => v.unitName)).toEqual(typed.map((t) => t.unit));
    const ninth = { cards: inputs[0]!.cards.map((c) => ({ ...c, unitName: c.unitName.replace(/ 1$/, ' 9'), sheet: c.sheet.replace(/ 1$/, ' 9'), file: 'xa-9/xa.xlsx' })) };
    const { said } = await writeSummary(file, set, decideRun(set, [...inputs, ninth]), { date: DATE, partRows: PART_ROWS, previous });
    const now = JSON.parse(
      openpyxl(
        [
          'found = {}',
          "for name in [n for n in wb.sheetnames if n.startswith('Biểu quyết')]:",
          '    for r in wb[name].iter_rows(max_col=9):',
          '        if isinstance(r[0].value, int) and r[6].value == 7: found[f"{r[1].value}|{r[3].value}"] = [name, f"{r[4].coordinate}:{r[6].coordinate}"]',
          'print(json.dumps(found, ensure_ascii=False))',
        ].join('\n'),
      ),
    ) as Record<string, [string, string]>;
    const moved = typed.map((t) => ({ ...t, now: now[`${t.unit}|${t.form}`]! })).filter((t) => t.now[0] !== t.at[0]);
    // Part 1's last nominee now on part 2; part 2's first still there.
    expect(moved.map((t) => [t.unit, t.at[0], t.now[0]])).toEqual([[typed[0]!.unit, VOTE_SHEET, partName(VOTE_SHEET, 2)]]);
    expect(said.filter((s) => s.message.includes('đã ghi ở trang'))).toEqual(
      moved.map((t) => ({
        sheet: t.now[0],
        cell: t.now[1],
        message: `ô ${t.now[1]}: kết quả biểu quyết của Hội đồng cho «${t.unit}» (${t.form}) đã ghi ở trang «${t.at[0]}», ô ${t.at[1]}; nay ở ô này: thidua chia phần bảng theo danh sách đề nghị khen thưởng của lần chấm này.`,
      })),
    );
  }, 180_000);
});

// The faces on a council's «Rà soát» in parts of its own (continued on a second sheet) over the example commune: the
// command line and the page write one sheet, the decision typed on part 2 now on the first, and say so alike; the pane
// writes one sheet too, and stops on the parts before writing anything.
describe('the decision typed on a part now on another sheet, on every face', () => {
  const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
  const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');
  const NOW = new Date(`${DATE}T02:30:00Z`);
  const [FIRST, SECOND] = ['RS HĐ 2026', 'RS HĐ 2026 tiếp'];
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  it('is said at its new cell with where it was typed, word for word on the command line (--json) and the page; the pane stops on the parts', async () => {
    const dir = await tempDir();
    await cp(join(EXAMPLES, 'bao-cao'), join(dir, 'bao-cao'), { recursive: true });
    await runChildAtOk(['score', 'bao-cao', '--criteria', CRITERIA, '--out', 'kq'], dir, NOW);
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    const [unit, sheet, cell] = reviewInTwoParts(summary, FIRST, SECOND);
    const at = openpyxlOn(summary, `print(next(r[8].coordinate for r in wb[${JSON.stringify(SECOND)}].iter_rows(max_col=12) if r[8].value == 'Chấp nhận'))`).trim();
    await savedByLibreOffice(summary);
    const council = await readFile(summary);

    const cli = (await runChildAtOk(['score', 'bao-cao', '--criteria', CRITERIA, '--out', 'kq', '--json'], dir, NOW)).stderr.split('\n');
    const [now, title] = JSON.parse(openpyxlOn(summary, `print(json.dumps(next([r[8].coordinate, r[4].value] for r in wb[${JSON.stringify(FIRST)}].iter_rows(max_col=12) if [c.value for c in r[1:4]] == ${JSON.stringify([unit, sheet, cell])} and r[8].value == 'Chấp nhận'), ensure_ascii=False))`)) as [string, string];
    const line = `Trang «${FIRST}», ô ${now}: quyết định của Hội đồng cho «${unit}», cảnh báo «${title}» (trang «${sheet}», ô ${cell}) đã ghi ở trang «${SECOND}», ô ${at}; nay ở ô này: thidua chia phần bảng theo danh sách cảnh báo của lần chấm này.`;
    expect(cli).toContain(line);

    const criteria = await readCriteriaFile(new Blob([await readFile(CRITERIA)]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const files = await Promise.all((await readdir(join(dir, 'bao-cao'))).map(async (name) => ({ name, file: new Blob([await readFile(join(dir, 'bao-cao', name))]) })));
    const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
    const page = await runCommune([...files, { name: 'tong-hop.xlsx', file: new Blob([council]) }], { set: criteria.set, date: officerDay(NOW), thread: inProcess });
    expect(page.decisionsSaid.filter((l) => l.text === line)).toEqual([{ text: line, sheet: FIRST, cell: now }]);

    const fake = installFakeOffice(await fakeWorkbookFromXlsx(council), '1.18');
    uninstall = fake.uninstall;
    const stopped = await runInExcel((port) => checkAndScore(port, criteria.set, { now: NOW })).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(stopped).toContain(`Trang «${FIRST}», «${SECOND}» là các phần của một trang của Hội đồng`);
    expect(fake.syncs).toBe(2);
  }, 300_000);

  // The council's copy given back with --decisions to the folder that holds its own tong-hop.xlsx: in the copy (saved by
  // LibreOffice) «Rà soát» and «Biểu quyết» continued on sheets of their own, a decision typed on part 2 of the first, a
  // tally on part 2 of the second. Before, the two files' work merged lost where each row was typed: the decision went
  // to part 1 unsaid, «Biểu quyết» was cut as thidua cuts it and the tally left its part unsaid; the same nominee typed
  // otherwise in the folder's file was named at «trang «BQ HĐ 2026», ô E5:G5 (trang «BQ HĐ 2026 tiếp»)».
  it('given as a second file with --decisions: the decision said at its new cell with the file and cell it was typed at, the tally kept on its part, a tally typed otherwise in both named at each file’s part', async () => {
    const [BQ1, BQ2] = ['BQ HĐ 2026', 'BQ HĐ 2026 tiếp'];
    const dir = await tempDir();
    await cp(join(EXAMPLES, 'bao-cao'), join(dir, 'bao-cao'), { recursive: true });
    await runChildAtOk(['score', 'bao-cao', '--criteria', CRITERIA, '--out', 'kq'], dir, NOW);
    const given = join(dir, 'hoi-dong.xlsx');
    await cp(join(dir, 'kq', 'tong-hop.xlsx'), given);
    const [unit, sheet, cell] = reviewInTwoParts(given, FIRST, SECOND);
    const at = openpyxlOn(given, `print(next(r[8].coordinate for r in wb[${JSON.stringify(SECOND)}].iter_rows(max_col=12) if r[8].value == 'Chấp nhận'))`).trim();
    const rows = votesInTwoParts(given, BQ1, BQ2);
    const [nominee, row] = Object.entries(rows)[0]!;
    openpyxlOn(given, `ws = wb[${JSON.stringify(BQ2)}]\nws['E${row}'] = 9; ws['F${row}'] = 8; ws['G${row}'] = 7`);
    await savedByLibreOffice(given);

    const cli = (await runChildAtOk(['score', 'bao-cao', '--criteria', CRITERIA, '--out', 'kq', '--decisions', 'hoi-dong.xlsx'], dir, NOW)).stderr.split('\n');
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    const [now, title] = JSON.parse(openpyxlOn(summary, `print(json.dumps(next([r[8].coordinate, r[4].value] for r in wb[${JSON.stringify(FIRST)}].iter_rows(max_col=12) if [c.value for c in r[1:4]] == ${JSON.stringify([unit, sheet, cell])} and r[8].value == 'Chấp nhận'), ensure_ascii=False))`)) as [string, string];
    expect(cli).toContain(`Trang «${FIRST}», ô ${now}: quyết định của Hội đồng cho «${unit}», cảnh báo «${title}» (trang «${sheet}», ô ${cell}) đã ghi ở tệp hoi-dong.xlsx, trang «${SECOND}», ô ${at}; nay ở ô này: thidua chia phần bảng theo danh sách cảnh báo của lần chấm này.`);
    // The tally where the council typed it: on its part, by its unit.
    const tally = JSON.parse(openpyxlOn(summary, `print(json.dumps([[n, r[4].coordinate, [c.value for c in r[4:7]]] for n in wb.sheetnames if n.startswith('BQ') for r in wb[n].iter_rows(max_col=9) if r[1].value == ${JSON.stringify(nominee)}], ensure_ascii=False))`)) as unknown[];
    expect(tally).toEqual([[BQ2, expect.stringMatching(/^E\d+$/), [9, 8, 7]]]);

    // The folder's own file now holds that nominee otherwise (its «Biểu quyết» one sheet, as thidua wrote it before).
    await cp(given, join(dir, 'hoi-dong-2.xlsx'));
    await runChildAtOk(['score', 'bao-cao', '--criteria', CRITERIA, '--out', 'kq2'], dir, NOW);
    const own = openpyxlOn(join(dir, 'kq2', 'tong-hop.xlsx'), `r = next(r for r in wb['${VOTE_SHEET}'].iter_rows(max_col=9) if r[1].value == ${JSON.stringify(nominee)})\nr[4].value = 9; r[5].value = 8; r[6].value = 6\nprint(f'{r[4].coordinate}:{r[6].coordinate}')`).trim();
    const stopped = await runChildAt(['score', 'bao-cao', '--criteria', CRITERIA, '--out', 'kq2', '--decisions', 'hoi-dong-2.xlsx'], dir, NOW.toISOString(), 'UTC');
    expect(stopped.code).not.toBe(0);
    expect(stopped.stderr).toMatch(new RegExp(`Biểu quyết ${nominee.replace(/[()]/g, '\\$&')} — .+: kq2/tong-hop\\.xlsx ghi 9/8/6 \\(trang «${VOTE_SHEET}», ô ${own}\\), hoi-dong-2\\.xlsx ghi 9/8/7 \\(trang «${BQ2}», ô E${row}:G${row}\\)\\.`));
  }, 300_000);
});

// Made for issue 56 item 3: the council's «Rà soát» and «Biểu quyết» in parts, typed in any part, renamed, never lost.
