// The page's run and the command line's run are one run (issue 20): for random subsets of the example
// commune's files, the page's coordinator (excel-addin/page/commune-run.ts, its thread's steps run
// in this process) and `thidua score` give the same cards, ranking, proposals and left-out units.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { ASIDES_TITLE, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { PreviousRefused, runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { closeCommuneRun } from '../../excel-addin/page/commune-closing.js';
import { nomineeName } from '../../core/run/council-at-closing.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { notesAfterClosing, papersCheck } from '../../core/papers/index.js';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { scoredCommune } from '../council/example-commune.js';
import { openpyxl } from '../council/typed-in-parts.js';
import { readSummary } from '../council/council-meeting.js';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { OoxmlPackage } from '../../adapters/ooxml/package.js';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import { INDICATORS_SHEET } from '../../core/indicators/own-sheet.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { importIndicators } from '../../excel-addin/actions/indicators.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { PROVINCE_CAPTURES } from '../watch/province-days.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = 'examples/bao-cao';
const CRITERIA = 'examples/tieu-chi-ta-ma-2025.xlsx';

/** The page's thread, its steps answered in this process (the Web Worker's own code, without the Worker). */
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

describe('the page and the command line', () => {
  it('decide the same run for any subset of the example files', async () => {
    const names = (await readdir(join(ROOT, REPORTS))).sort();
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1, maxLength: 6 }), async (chosen) => {
        const cli = await runInProcess(['score', ...chosen.map((n) => `${REPORTS}/${n}`), '--criteria', CRITERIA, '--out', await tempDir(), '--json'], ROOT);
        const doc = ScoreRunOutput.parse(JSON.parse(cli.stdout));
        const files = await Promise.all(chosen.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
        const page = await runCommune(files, { set: criteria.set, roster: criteria.roster, round: doc.round, date: '2025-11-27', thread: inProcess });
        // The page's files are named as the command line shows them, so even `file` agrees.
        expect(page.run.cards).toEqual(doc.cards);
        expect(page.run.ranking).toEqual(doc.ranking);
        expect(page.run.proposals).toEqual(doc.proposals);
        expect(page.run.omittedUnits).toEqual(doc.omitted);
      }),
      { numRuns: 6 },
    );
  }, 300_000);
});

describe("the page's thread is given the run's job once", () => {
  it('sends the criteria set and the council’s review in one step, not with every read and write', async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const names = (await readdir(join(ROOT, REPORTS))).sort().slice(0, 4);
    const files = await Promise.all(names.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
    const asked: { step: string; carriesSet: boolean }[] = [];
    const counting: StepThread = {
      step: (r) => {
        asked.push({ step: r.step, carriesSet: JSON.stringify(r).includes(JSON.stringify(criteria.set.criteria)) });
        return inProcess.step(r);
      },
      close: () => undefined,
    };
    const run = await runCommune(files, { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: counting });
    expect(run.run.cards.length).toBeGreaterThanOrEqual(4);
    expect(asked.filter((a) => a.step === 'read' || a.step === 'write').length).toBe(8);
    expect(asked.filter((a) => a.carriesSet).map((a) => a.step)).toEqual(['job']);
  }, 120_000);
});

/** Two units of the example commune with its criteria, as the page runs them, and the summary a run downloads. */
async function twoUnitsOfTaMa() {
  const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
  if (!criteria.ok) throw new Error(criteria.message);
  const reports = await Promise.all(['ban-hua-ca.xlsx', 'truong-mam-non-ta-ma.xlsx'].map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
  const opts = { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: inProcess };
  const summaryOf = async (run: Awaited<ReturnType<typeof runCommune>>) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await JSZip.loadAsync(run.download!.bytes)).file('tong-hop.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
    return wb;
  };
  const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;
  return { reports, opts, summaryOf, col };
}

describe("the page's commune run and a decision word it cannot read", () => {
  it('keeps «xem sau» typed into tong-hop.xlsx as typed, with who, when and the comment, once, run after run', async () => {
    const { reports, opts, summaryOf, col } = await twoUnitsOfTaMa();
    const typed = ['xem sau', 'Quàng Thị Lan', '21/11/2025', 'Chờ biên bản'];
    const wb = await summaryOf(await runCommune(reports, opts));
    let at = 0;
    wb.getWorksheet(REVIEW_SHEET)!.eachRow((row, r) => {
      if (at || r <= 4 || row.getCell(col('Bước')).text !== 'Lần 1') return;
      at = r;
      ['Quyết định', 'Người rà soát', 'Ngày', 'Ý kiến'].forEach((h, i) => (row.getCell(col(h as (typeof REVIEW_HEADERS)[number])).value = typed[i]!));
    });
    expect(at).toBeGreaterThan(0);
    let bytes = await wb.xlsx.writeBuffer();
    for (let run = 0; run < 2; run++) {
      const again = await runCommune([{ name: 'tong-hop.xlsx', file: new Blob([bytes]) }, ...reports], opts);
      expect(again.decisions).toEqual([]);
      expect(again.unread).toHaveLength(1);
      expect(again.run.omitted.map((o) => o.why)).toContainEqual(expect.stringMatching(/ô I\d+: không hiểu quyết định «xem sau».*đã giữ nguyên chữ đã ghi/));
      expect(again.decisionsSaid.map((l) => l.text)).toContain('1 cảnh báo có quyết định chưa hiểu: giữ nguyên chữ Hội đồng đã ghi trong «Rà soát», tính là chưa quyết định.');
      const next = await summaryOf(again);
      const held: unknown[][] = [];
      next.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
        if (row.getCell(col('Quyết định')).text === 'xem sau') held.push(['Bước', 'Quyết định', 'Người rà soát', 'Ngày', 'Ý kiến'].map((h) => row.getCell(col(h as (typeof REVIEW_HEADERS)[number])).text));
      });
      expect(held).toEqual([['Lần 1 · chưa hiểu, chưa quyết định', ...typed]]);
      bytes = await next.xlsx.writeBuffer();
    }
  }, 120_000);

  it('keeps a note typed beside «Biểu quyết» and «Đồng ý» typed in «Rà soát» as the command line keeps them, once, run after run', async () => {
    const { reports, opts, summaryOf, col } = await twoUnitsOfTaMa();
    const wb = await summaryOf(await runCommune(reports, opts));
    let at = 0;
    wb.getWorksheet(REVIEW_SHEET)!.eachRow((row, r) => {
      if (at || r <= 4 || row.getCell(col('Bước')).text !== 'Lần 1') return;
      at = r;
      row.getCell(col('Quyết định')).value = 'Đồng ý';
      row.getCell(col('Người rà soát')).value = 'Quàng Thị Lan';
    });
    wb.getWorksheet(VOTE_SHEET)!.getCell('J8').value = 'Hỏi lại ý kiến ông C';
    let bytes = await wb.xlsx.writeBuffer();
    const stray = /trang «Biểu quyết», ô J8: «Hỏi lại ý kiến ông C» ghi ngoài các ô thidua đọc: chép nguyên văn xuống bảng/;
    for (let run = 0; run < 2; run++) {
      const again = await runCommune([{ name: 'tong-hop.xlsx', file: new Blob([bytes]) }, ...reports], opts);
      // Said at its cell the first time only; kept every time.
      expect(again.run.omitted.filter((o) => stray.test(o.why))).toHaveLength(run === 0 ? 1 : 0);
      expect(again.decisionsSaid.map((l) => l.text)).toContain(`1 dòng Hội đồng ghi ngoài bảng biểu quyết: giữ nguyên văn ở bảng «${ASIDES_TITLE}» cuối trang «Biểu quyết», không tính là biểu quyết.`);
      expect(again.decisions.map((d) => [d.decision, d.typed])).toEqual([['accept', 'Đồng ý']]);
      const next = await summaryOf(again);
      expect(next.getWorksheet(REVIEW_SHEET)!.getRow(at).getCell(col('Quyết định')).text).toBe('Đồng ý');
      const votes = next.getWorksheet(VOTE_SHEET)!;
      const kept: string[][] = [];
      votes.eachRow((row) => void (row.getCell(2).text === 'Hỏi lại ý kiến ông C' && kept.push([row.getCell(1).text, row.getCell(2).text, row.getCell(3).text])));
      expect(kept).toEqual([['1', 'Hỏi lại ý kiến ông C', 'J8']]);
      expect(votes.getCell('J8').text).toBe('');
      bytes = await next.xlsx.writeBuffer();
    }
  }, 120_000);
});

describe("the page's closing and the council's vote", () => {
  it('seals the vote typed on the page into the closed round as «thidua close» seals it from the same tong-hop.xlsx', async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const names = (await readdir(join(ROOT, REPORTS))).sort();
    const reports = await Promise.all(names.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
    const opts = { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: inProcess };
    const nominees = nomineesOf((await runCommune(reports, opts)).run.proposals);
    expect(nominees.length).toBeGreaterThan(2);
    // Every nominee but the last voted on the page; the last one's vote fails.
    const votes = nominees.slice(0, -1).map((n, i) => ({ ...n, tally: { members: 9, present: 7 + (i % 2), inFavour: i === 0 ? 4 : 6 }, note: '' }));
    const page = await runCommune(reports, { ...opts, votes });
    const draft = page.download!.bytes;
    const { outcome } = await closeCommuneRun(page, { closedBy: 'Lò Văn Thành', acceptOpen: true }, new Date('2025-11-27T10:00:00+07:00'), inProcess);
    if (outcome.kind !== 'closed') throw new Error(outcome.kind);
    const round = outcome.round;
    const byName = (a: { unitName: string; form: string }, b: { unitName: string; form: string }) => `${a.unitName}${a.form}`.localeCompare(`${b.unitName}${b.form}`);
    expect([...round.votes!.votes].sort(byName).map((v) => [v.unitName, v.form, v.tally])).toEqual([...votes].sort(byName).map((v) => [v.unitName, v.form, v.tally]));
    expect(round.open?.unvoted).toEqual([nomineeName(nominees.at(-1)!)]);

    // The command line given the page's tong-hop.xlsx scores the same reports and closes with the vote it finds in
    // its «Biểu quyết»: the same vote sealed, the same nominee open.
    const folder = await tempDir();
    await writeFile(join(folder, 'tong-hop.xlsx'), await (await JSZip.loadAsync(draft)).file('tong-hop.xlsx')!.async('uint8array'));
    await runInProcess(['score', ...names.map((n) => `${REPORTS}/${n}`), '--criteria', CRITERIA, '--out', folder], ROOT);
    const cli = await runInProcess(['close', folder, '--by', 'Lò Văn Thành', '--accept-open'], ROOT);
    expect(cli.code).toBe(0);
    const closedByCli = (await readSummary(folder)).rounds.at(-1)!;
    expect(closedByCli.votes).toEqual(round.votes);
    expect(closedByCli.open?.unvoted).toEqual(round.open?.unvoted);
    expect(closedByCli.decisions).toEqual(round.decisions);
  }, 180_000);
});

describe("the page's closing and the meeting's day", () => {
  it('says a meeting dated before the day a run first listed its nominees where the council closes and takes the papers, and nothing in the normal order', async () => {
    const { reports, opts } = await twoUnitsOfTaMa();
    // Scored on 20/11/2025: the nominees listed on «Biểu quyết» that day.
    const first = await runCommune(reports, { ...opts, date: '2025-11-20' });
    const nominees = nomineesOf(first.run.proposals);
    expect(nominees.length).toBeGreaterThan(0);
    const summary = { name: 'tong-hop.xlsx', file: new Blob([(await (await JSZip.loadAsync(first.download!.bytes)).file('tong-hop.xlsx')!.async('uint8array')) as BlobPart]) };
    const votes = nominees.map((n) => ({ ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' }));
    /** The vote and the meeting typed on the page, scored again on the 22nd with the first run's tong-hop.xlsx, closed on the 23rd: what the page says of the meeting's day. */
    const closedAfterMeeting = async (date: string) => {
      const page = await runCommune([summary, ...reports], { ...opts, date: '2025-11-22', votes, meeting: { date, place: 'Hội trường UBND xã', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải' } });
      const { outcome, result } = await closeCommuneRun(page, { closedBy: 'Lò Văn Thành', acceptOpen: true }, new Date('2025-11-23T10:00:00+07:00'), inProcess);
      if (outcome.kind !== 'closed') throw new Error(outcome.kind);
      const meeting = (lines: string[]) => lines.filter((l) => l.includes('«Ngày họp»'));
      return { closing: meeting(notesAfterClosing(outcome.round, result.sheets).map((l) => l.text)), papers: meeting(papersCheck(outcome.round, result.sheets).warnings.map((w) => w.text)) };
    };
    expect(await closedAfterMeeting('2025-11-21')).toEqual({ closing: [], papers: [] });
    const { closing, papers } = await closedAfterMeeting('2025-01-12');
    expect(closing).toEqual(papers);
    expect(closing).toEqual([expect.stringMatching(new RegExp(`^Trang «Biểu quyết», ô B3 \\(«Ngày họp»\\): cuộc họp biểu quyết ghi ngày 12/01/2025, trước ngày thidua lần đầu ghi vào danh sách biểu quyết ${nominees.length} trường hợp đã biểu quyết \\(.*: ngày 20/11/2025`))]);
  }, 180_000);
});

describe("the page's steps in flight", () => {
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const exampleReports = async () => {
    const names = (await readdir(join(ROOT, REPORTS))).sort();
    const files = await Promise.all(names.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
    // A file that is no workbook: its line and its problem are said in its place among the others.
    return [...files.slice(0, 5), { name: `${REPORTS}/hong.xlsx`, file: new Blob(['không phải sổ tính']) }, ...files.slice(5)];
  };

  it('says the same lines, progress and problems, and gives the same bytes, whether answers come one after the other or scattered', async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const files = await exampleReports();
    /** The Web Worker's way: each step begun once the one asked before it is answered. */
    let queue: Promise<unknown> = Promise.resolve();
    const inTurn: StepThread = {
      step: (r) => {
        const a = queue.then(() => inProcess.step(r));
        queue = a.catch(() => undefined);
        return a;
      },
      close: () => undefined,
    };
    /** Every step begun at once and answered after a delay of its own: answers settle out of the order asked. */
    let pending = 0;
    let most = 0;
    const scattered: StepThread = {
      step: async (r) => {
        most = Math.max(most, ++pending);
        await new Promise((wait) => setTimeout(wait, Math.random() * 20));
        const a = await inProcess.step(r);
        pending--;
        return a;
      },
      close: () => undefined,
    };
    const seen = async (thread: StepThread) => {
      const progress: string[] = [];
      const run = await runCommune(files, { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread, progress: (done, total, writing) => progress.push(`${done}/${total}${writing ? ' ghi' : ''}`) });
      const zipped = unzipSync(run.download!.bytes);
      return { states: [...run.states], progress, omitted: run.run.omitted, said: run.decisionsSaid.map((l) => l.text), download: Object.entries(zipped).map(([name, bytes]) => [name, sha(bytes)]) };
    };
    const one = await seen(inTurn);
    const many = await seen(scattered);
    expect(most).toBeGreaterThan(1);
    expect(many).toEqual(one);
    expect(one.states.find(([name]) => name.endsWith('hong.xlsx'))![1]).toEqual({ state: 'loi', reason: 'không phải tệp .xlsx hợp lệ (không thấy mục lục của tệp nén)' });
    expect(one.progress).toHaveLength(2 * files.length - 1);
  }, 120_000);
});

describe("the page's run on a workbook the pane wrote", () => {
  it("reads thidua's own «Chỉ số cổng DVC» at its first rows, scores as without it, and copies the sheet as it is", async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const report = new Uint8Array(await readFile(join(ROOT, REPORTS, 'ban-hua-ca.xlsx')));
    // Phú Thọ's first morning (164 snapshots, 9,020 rows) imported on the page, saved as it saves it.
    const page = OoxmlWorkbook.open(report);
    expect(await importIndicators(page, JSON.stringify(buildExport(PROVINCE_CAPTURES[0]!.snapshots, '2026-09-13T00:00:00.000Z')))).toMatchObject({ ok: true });
    const written = await page.toBuffer();
    // The rows the package's parser reports, over the whole run.
    const parse = OoxmlPackage.prototype.parse;
    let rows = 0;
    const spy = vi.spyOn(OoxmlPackage.prototype, 'parse').mockImplementation(function (this: OoxmlPackage, part, handlers, ...rest) {
      return parse.call(this, part, { ...handlers, open: (tag, ...a) => (tag === 'row' && rows++, handlers.open?.(tag, ...a)) }, ...rest);
    });
    const runOn = async (bytes: Uint8Array) => {
      rows = 0;
      const r = await runCommune([{ name: `${REPORTS}/ban-hua-ca.xlsx`, file: new Blob([bytes as Uint8Array<ArrayBuffer>]) }], { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread: inProcess });
      return { r, rows };
    };
    const without = await runOn(report);
    const withSheet = await runOn(written);
    spy.mockRestore();
    // Before: the sheet parsed whole at every opening (9,020 rows more, at least).
    expect(withSheet.rows - without.rows).toBeLessThan(9_020);
    expect(withSheet.r.run.cards).toEqual(without.r.run.cards);
    // The scored copy holds the sheet's part byte for byte.
    const part = WorkbookReader.open(written).sheets.find((sheet) => sheet.name === INDICATORS_SHEET)!.part!;
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(sha(unzipSync(withSheet.r.download!.bytes)[part]!)).toBe(sha(unzipSync(written)[part]!));
  }, 120_000);
});

describe("the page's run given two copies of the council's tong-hop.xlsx", () => {
  /** Each flag's first review accepted, typed by openpyxl as in Excel. */
  const accepted = "ws = wb['Rà soát']\nfor row in ws.iter_rows(min_row=5):\n    if str(row[7].value or '').startswith('Lần 1'):\n        row[8].value = 'Chấp nhận'; row[9].value = 'Lò Văn Thành'; row[10].value = '20/11/2026'";
  /** Every nominee voted members/present/in favour (`retyped`: a unit's own counts), the meeting above, typed by openpyxl. */
  const voted = (retyped: Record<string, number[]> = {}) =>
    `ws = wb['Biểu quyết']\nws['B3'] = '20/11/2026'; ws['D3'] = 'Hội trường UBND xã Ta Ma'; ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'\nretyped = json.loads(${JSON.stringify(JSON.stringify(retyped))})\nfor row in ws.iter_rows(min_row=8):\n    if row[1].value:\n        for i, v in enumerate(retyped.get(row[1].value, [9, 8, 7])): row[4 + i].value = v`;

  it('takes the decisions of one and the vote of the other as `thidua score --decisions` takes them, and stops on a tally typed differently in each, naming both files and cells as the command line does', async () => {
    const { dir, run } = await scoredCommune();
    expect(run.code).toBe(0);
    const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const names = (await readdir(join(dir, 'bao-cao'))).sort();
    const reports = await Promise.all(names.map(async (n) => ({ name: `bao-cao/${n}`, file: new Blob([await readFile(join(dir, 'bao-cao', n))]) })));
    // One person typed the decisions in the folder's tong-hop.xlsx, another the vote in a copy of it.
    const [own, copy] = ['kq/tong-hop.xlsx', 'hoi-dong/tong-hop-2.xlsx'];
    await mkdir(join(dir, 'hoi-dong'));
    await copyFile(join(dir, own), join(dir, copy));
    openpyxl(join(dir, own), accepted);
    openpyxl(join(dir, copy), voted());
    const chosen = async (...paths: string[]) => Promise.all(paths.map(async (p) => ({ name: p, file: new Blob([await readFile(join(dir, p))]) })));
    const opts = { set: criteria.set, roster: criteria.roster, date: '2026-11-21', thread: inProcess };

    const page = await runCommune([...(await chosen(own, copy)), ...reports], opts);
    expect([page.states.get(own)?.state, page.states.get(copy)?.state]).toEqual(['quyet-dinh', 'quyet-dinh']);
    await mkdir(join(dir, 'trang'));
    await writeFile(join(dir, 'trang', 'tong-hop.xlsx'), await (await JSZip.loadAsync(page.download!.bytes)).file('tong-hop.xlsx')!.async('uint8array'));
    const cli = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', '--decisions', copy], dir);
    expect(cli.code, cli.stderr).toBe(0);
    const [onPage, onCli] = [await readSummary(join(dir, 'trang')), await readSummary(join(dir, 'kq'))];
    expect(onPage.review.decisions.length).toBeGreaterThan(3);
    expect(onPage.votes.votes.length).toBeGreaterThan(2);
    expect(onPage.review.decisions).toEqual(onCli.review.decisions);
    expect(onPage.votes).toEqual(onCli.votes);

    // The copy's tally of one nominee typed otherwise there: the run stops, both files named, as the command line stops.
    const unit = onPage.votes.votes[0]!.unitName;
    await copyFile(join(dir, 'trang', 'tong-hop.xlsx'), join(dir, own));
    openpyxl(join(dir, copy), voted({ [unit]: [9, 8, 4] }));
    const stopped = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', '--decisions', copy], dir);
    expect(stopped.code).not.toBe(0);
    const lines = stopped.stderr.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Biểu quyết ${unit} — .*: kq/tong-hop\\.xlsx ghi 9/8/7 \\(trang «Biểu quyết», ô E\\d+:G\\d+\\), hoi-dong/tong-hop-2\\.xlsx ghi 9/8/4 \\(trang «Biểu quyết», ô E\\d+:G\\d+\\)\\.$`))]);
    const refused = await runCommune([...(await chosen(own, copy)), ...reports], opts).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PreviousRefused);
    expect((refused as Error).message.split('\n')).toEqual([`kq/tong-hop.xlsx và hoi-dong/tong-hop-2.xlsx đều ghi việc của Hội đồng, khác nhau ở:`, ...lines, expect.stringMatching(/^Chưa chấm tệp nào: thidua không tự chọn\. /)]);
  }, 240_000);
});
