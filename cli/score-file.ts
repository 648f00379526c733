// One input workbook of a `thidua score` run: open, score every report sheet, write the scored copy.
// The same function runs in the command's own thread and in the worker threads of a large folder run,
// so both say exactly the same things about a file.
import { stat } from 'node:fs/promises';
import type { Flag } from '../core/checks/flag.js';
import type { CouncilDecision } from '../core/council/decision.js';
import type { AwardRound, CriteriaSet } from '../core/criteria/schema.js';
import type { IndicatorSnapshot } from '../core/indicators/schema.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import type { ScoreRunError } from '../core/workbook/score-run.js';
import { scoreWorkbook } from '../core/workbook/score-workbook.js';
import { openWorkbookFile } from './files.js';
import { saveWorkbook } from './outputs.js';

/** What every file of a run is scored with (plain data: it crosses to worker threads). */
export type FileJob = {
  set: CriteriaSet;
  date: string;
  round: AwardRound;
  decisions: CouncilDecision[];
  indicators?: IndicatorSnapshot[];
  cwd: string;
};

/**
 * One file: its path, the name the officer sees, and where its scored copy goes (absolute); `runFlags`
 * are flags only the whole run could see (a duplicate in another file, a unit missing from the roster).
 */
export type FileTask = { path: string; name: string; output: string; shownOutput: string; runFlags?: Flag[] };

export type FileResult = { units: number; output: string | null; cards: ScoreCard[]; errors: ScoreRunError[]; mtime?: number };

export async function scoreFile(job: FileJob, task: FileTask): Promise<FileResult> {
  const { name } = task;
  const errors: ScoreRunError[] = [];
  // Asked beside the reading; only a scored file's time is used (which copy of a duplicate is the later).
  const mtime = stat(task.path).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
  try {
    const opened = await openWorkbookFile(task.path, job.cwd, 'score');
    if (!opened.ok) return { units: 0, output: null, cards: [], errors: [{ file: name, message: opened.message }] };
    const result = await scoreWorkbook(opened.workbook, job.set, {
      file: name,
      date: job.date,
      round: job.round,
      decisions: job.decisions,
      ...(job.indicators ? { indicators: job.indicators } : {}),
      ...(task.runFlags ? { extraFlags: task.runFlags } : {}),
    });
    for (const e of result.errors) errors.push({ file: name, sheet: e.sheet, ...(e.cell ? { cell: e.cell } : {}), message: `${name}, trang «${e.sheet}»: ${e.message}` });
    if (result.cards.length === 0 && result.errors.length === 0) {
      errors.push({ file: name, message: `Tệp ${name} không có trang báo cáo nào (không thấy bảng có cột «Mã tiêu chí» và «Kết quả»).` });
    }
    if (result.cards.length === 0) return { units: 0, output: null, cards: [], errors };
    await saveWorkbook(opened.workbook, task.output);
    const modified = await mtime;
    return { units: result.cards.length, output: task.shownOutput, cards: result.cards, errors, ...(modified === undefined ? {} : { mtime: modified }) };
  } catch (e) {
    // One bad file must not stop the others.
    errors.push({ file: name, message: `Không chấm được tệp ${name}: ${e instanceof Error ? e.message : String(e)}` });
    return { units: 0, output: null, cards: [], errors };
  }
}
