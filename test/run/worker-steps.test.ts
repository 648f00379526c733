// The scoring thread's two steps are one module (core/run/worker-steps.ts) for both faces: `thidua score` (its
// worker's code run in this process) and the standalone page (its Web Worker's steps, excel-addin/page/run-steps.ts,
// answered in this process) go through it for every workbook of the example commune, and give the same copies, part
// for part and byte for byte, and the same tong-hop.xlsx — all but the hidden sheet of the run's record, where only
// the command line vouches for each copy's zipped bytes (the page's copies are zipped by another compressor).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { SCORED_SUFFIX, SUMMARY_FILE } from '../../core/run/plan-copy.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { WorkerSteps } from '../../core/run/worker-steps.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { STORE_SHEET } from '../../core/workbook/store-layout.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { officerDay } from '../../core/values.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = 'examples/bao-cao';
const CRITERIA = 'examples/tieu-chi-ta-ma-2025.xlsx';

/** The page's thread, its steps answered in this process (the Web Worker's own code, without the Worker). */
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

/** The part of a workbook's package that holds the sheet `name` (its hidden store sheet, here). */
function sheetPart(parts: Record<string, Uint8Array>, name: string): string {
  const text = (p: string) => new TextDecoder().decode(parts[p]);
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(text('xl/workbook.xml'))![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(text('xl/_rels/workbook.xml.rels'))!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
}

/** Each part of two packages that differs (or is in one only). */
function differingParts(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.filter((n) => !a[n] || !b[n] || !Buffer.from(a[n]).equals(Buffer.from(b[n])));
}

afterEach(() => vi.restoreAllMocks());

describe('the scoring thread’s two steps, one module for the command line and the page', () => {
  it('make byte-identical copies and tong-hop.xlsx of the example commune on both faces', async () => {
    const read = vi.spyOn(WorkerSteps.prototype, 'read');
    const copy = vi.spyOn(WorkerSteps.prototype, 'copy');
    const names = (await readdir(join(ROOT, REPORTS))).sort();
    const date = officerDay();

    const out = await tempDir();
    const cli = await runInProcess(['score', REPORTS, '--criteria', CRITERIA, '--out', out, '--json'], ROOT);
    expect(cli.code).toBe(0);
    const doc = ScoreRunOutput.parse(JSON.parse(cli.stdout));
    expect(read).toHaveBeenCalledTimes(names.length);
    expect(copy).toHaveBeenCalledTimes(12);

    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    // Named and dated as the command line sees them, so the run (and every cell naming a file) is the same.
    const files = await Promise.all(
      names.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]), lastModified: (await stat(join(ROOT, REPORTS, n))).mtimeMs })),
    );
    const page = await runCommune(files, { set: criteria.set, roster: criteria.roster, round: doc.round, date, thread: inProcess });
    expect(read).toHaveBeenCalledTimes(2 * names.length);
    expect(copy).toHaveBeenCalledTimes(24);
    expect(page.run.cards).toEqual(doc.cards);

    const download = unzipSync(page.download!.bytes);
    const written = (await readdir(out)).filter((f) => f.endsWith(SCORED_SUFFIX)).sort();
    expect(written).toHaveLength(12);
    expect(Object.keys(download).sort()).toEqual([...written, SUMMARY_FILE].sort());
    for (const name of written) {
      const [cliParts, pageParts] = [unzipSync(await readFile(join(out, name))), unzipSync(download[name]!)];
      expect(Object.keys(cliParts).length, name).toBeGreaterThan(5);
      expect(differingParts(cliParts, pageParts), name).toEqual([]);
    }

    const cliSummary = await readFile(join(out, SUMMARY_FILE));
    const [cliParts, pageParts] = [unzipSync(cliSummary), unzipSync(download[SUMMARY_FILE]!)];
    expect(differingParts(cliParts, pageParts)).toEqual([sheetPart(cliParts, STORE_SHEET)]);
    // The record differs only by each copy's bytes: its SHA-256 and size (and so the seal over them).
    const cliRecord = (await readPreviousSummary(OoxmlWorkbook.open(cliSummary))).record!;
    const pageRecord = (await readPreviousSummary(OoxmlWorkbook.open(download[SUMMARY_FILE]!))).record!;
    const { copies, seal: _cliSeal, ...cliRest } = cliRecord;
    const { copies: pageCopies, seal: _pageSeal, ...pageRest } = pageRecord;
    expect(pageRest).toEqual(cliRest);
    expect(copies?.map((c) => c.name).sort()).toEqual(written);
    // The page keeps each copy too (its own compressor's bytes and SHA-256), with the same cells as the command line's.
    const cellsOf = (list: typeof copies) => (list ?? []).map((c) => [c.name, c.cells]).sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(cellsOf(pageCopies)).toEqual(cellsOf(copies));
  }, 300_000);
});
