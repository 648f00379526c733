// The corpus of real scoring tables (test/fixtures/real/criteria-corpus/), each written by LibreOffice as the .xlsx or
// .docx an office sends and imported as `thidua criteria import` imports it (cli/files.ts): a scorecard of what the
// reader makes of them against what each document states — imported or refused (with the refusal's words), its total
// reproduced, said in a notice, or missed, each section's written maximum likewise, items read (an item made of parts
// once) against items counted by hand — and the median time of RUNS imports of each table.
import { performance } from 'node:perf_hooks';
import { readCriteriaFile } from '../cli/files.js';
import { doubtSaid, exampleScored, judge, loadCorpus, renderCorpus, scorecard, type Judged, type Scorecard } from '../scripts/harness/criteria-corpus.js';
import { load, median, sized, withTempDir } from './child.js';

// A smoke run (BENCH_SMOKE=1) imports three tables once: that the scorecard still runs, not what it says.
const RUNS = sized(5, 1);
/**
 * The smoke run's tables: one LibreOffice writes (a page pasted into Calc, one start) and two kept as the office sent
 * them (a Word document, a workbook): both of renderCorpus's ways and both readers, without the Word chain's two
 * further starts (html → .odt → .docx), which test/criteria/corpus.test.ts runs on every table of the corpus.
 */
const SMOKE_TABLES = ['hanh-kiem-sv', 'tnmt-tien-giang-bang-diem-chuan', 'tnmt-tien-giang-diem-chuan-bang-tinh'];

/** The reconciliation's line of the columns of words the reader does not take (core/criteria/sheet/unread-figures.ts). */
const UNREAD_WORDS = / (?:Cột|Các cột) [A-Z]+ «.*không được đọc vào bộ tiêu chí: /;

type Outcome = { id: string; ms: number } & ({ refused: string } | { judged: Judged; card: Scorecard; stated: number; doubt?: boolean; words: boolean });

export async function run(): Promise<void> {
  const corpus = await loadCorpus();
  const entries = sized(
    corpus,
    SMOKE_TABLES.map((id) => {
      const entry = corpus.find((e) => e.id === id);
      if (!entry) throw new Error(`the corpus has no table ${id} (bench/tables.ts, SMOKE_TABLES)`);
      return entry;
    }),
  );
  const outcomes = await withTempDir('tables', async (dir) => {
    const written = await renderCorpus(entries, dir);
    const out: Outcome[] = [];
    for (const entry of entries) {
      const path = written.get(entry.id)!;
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof readCriteriaFile>> | Error = new Error('not read');
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        last = await readCriteriaFile(path, dir, entry.sheet).catch((e: Error) => e);
        times.push(performance.now() - started);
      }
      const ms = median(times);
      out.push(last instanceof Error ? { id: entry.id, ms, refused: last.message } : { id: entry.id, ms, judged: judge(entry, last), card: scorecard(entry, last), stated: entry.stated.items, ...(entry.doubt !== undefined && { doubt: doubtSaid(entry, last) }), words: UNREAD_WORDS.test(last.reconciliation.summary) });
    }
    return out;
  });

  const read = outcomes.filter((o): o is Extract<Outcome, { judged: Judged }> => 'judged' in o);
  const refused = outcomes.filter((o): o is Extract<Outcome, { refused: string }> => 'refused' in o);
  const count = <T>(xs: T[], ok: (x: T) => boolean) => xs.filter(ok).length;
  const totals = read.map((o) => o.judged.total).filter((t) => t !== 'none');
  const sections = read.flatMap((o) => o.judged.sections);
  const stated = (verdict: string) => count(sections, (s) => s.verdict === verdict);
  console.log(`\nReal scoring tables — ${entries.length} tables of test/fixtures/real/criteria-corpus/, ${load()}`);
  console.log(`  imported ${read.length}, refused ${refused.length}`);
  const figures = read.flatMap((o) => o.card.figures.map((f) => ({ ...f, id: o.id })));
  const verdict = (v: string) => count(figures, (f) => f.verdict === v);
  const silent = figures.filter((f) => f.verdict === 'silent');
  console.log(`  stated figures (of the imported): reproduced ${verdict('reproduced')}, said as different ${verdict('said') + verdict('noticed')} (${verdict('noticed')} of them only in a notice, not in the reconciliation), silently different ${silent.length} (must be 0) of ${figures.length} — ${count(figures, (f) => f.from === 'document')} found in the tables by the reconciliation, ${count(figures, (f) => f.from === 'manifest')} recorded by hand in the manifest`);
  for (const f of silent) console.log(`    silently different: ${f.id}, ${f.what}: stated ${f.value}, read ${f.reads ?? '—'}`);
  const doubted = read.filter((o) => o.doubt !== undefined);
  console.log(`  doubts the manifest records (said before the figures, which cannot settle them): said ${count(doubted, (o) => o.doubt === true)} of ${doubted.length}`);
  console.log(`  columns of words not read into the set, said in one line of the reconciliation: ${count(read, (o) => o.words)} of ${read.length} tables`);
  const levelled = read.filter((o) => o.card.levels.stated !== undefined);
  console.log(`  levels read as levels: ${read.map((o) => o.card.levels.read).reduce((s, n) => s + n, 0)} in the imported tables; where the manifest counts them, ${levelled.map((o) => o.card.levels.read).reduce((s, n) => s + n, 0)} read of ${levelled.map((o) => o.card.levels.stated!).reduce((s, n) => s + n, 0)} stated, ${count(levelled, (o) => o.card.levels.read === o.card.levels.stated)} of ${levelled.length} tables exact`);
  const examples = entries.filter((e) => e.example !== undefined);
  console.log(`  hand-counted example scores: ${count(examples, exampleScored)} of ${examples.length} reproduced exactly (scored end to end by test/criteria/corpus-documents.test.ts), ${count(examples, (e) => !exampleScored(e) && e.example!.anotherVersion === undefined)} held where the reader stops, ${count(examples, (e) => e.example!.anotherVersion !== undefined)} counted against another version of its table (not scored against the document kept)`);
  console.log(`  stated totals (of the imported): reproduced ${count(totals, (t) => t === 'reproduced')}, noticed ${count(totals, (t) => t === 'noticed')}, missed ${count(totals, (t) => t === 'missed')}; ${entries.filter((e) => e.stated.total !== null).length} tables state one`);
  console.log(`  sections' written maxima (of the imported): reproduced ${stated('reproduced')}, noticed ${stated('noticed')}, missed ${stated('missed')} of ${sections.length}`);
  console.log(`  items: ${read.map((o) => o.judged.items).reduce((s, n) => s + n, 0)} items read (an item made of parts once) where the imported tables state ${read.map((o) => o.stated).reduce((s, n) => s + n, 0)} items; ${count(read, (o) => o.judged.items === o.stated)} of ${read.length} tables exact`);
  console.log(`  time per table: median ${median(outcomes.map((o) => o.ms)).toFixed(0)} ms (each the median of ${RUNS} imports), slowest ${Math.max(...outcomes.map((o) => o.ms)).toFixed(0)} ms`);
  for (const o of read) {
    const s = o.judged.sections.map((x) => `${x.written}→${x.max ?? '—'}`).join(' ');
    console.log(`  ✓ ${o.id}: total ${o.judged.total}, items ${o.judged.items}/${o.stated}${s ? `, sections ${s}` : ''}, ${o.ms.toFixed(0)} ms`);
  }
  for (const o of refused) console.log(`  ✗ ${o.id} (${o.ms.toFixed(0)} ms):\n      ${o.refused.split('\n').slice(0, 4).join('\n      ')}`);
}

// Made for issue 45 item 4: what today's reader makes of real tables, counted against what they state.
