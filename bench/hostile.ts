// Hostile corpus: what the built `thidua score` costs in time and peak memory over the files attackers
// and unlucky officers make (scripts/harness/hostile-corpus.ts: zip bombs, a million rows, 16k columns, a
// 50 MB shared string, truncated and renamed files…; scripts/harness/hostile-attacks.ts: a FIFO, links to
// /dev/zero and out of the folder, a file past the size limit, merge bombs, a file that keeps a worker busy,
// a zip lying about its sizes), all in one folder and one run, as an officer would feed them — with the
// limits an officer's run has (a worker's heap, 60 s per file), so the time is what such a folder costs.
import { performance } from 'node:perf_hooks';
import type { ScoreRunOutput } from '../core/workbook/score-run.js';
import { writeAttacks } from '../scripts/harness/hostile-attacks.js';
import { writeHostileCorpus } from '../scripts/harness/hostile-corpus.js';
import { buildCli, load, mb, runScore, seconds, withTempDir } from './child.js';

export async function run(): Promise<void> {
  buildCli();
  console.log('\n## Tệp độc hại / hostile corpus and attacks: one thidua score run over scripts/harness/hostile-corpus.ts and hostile-attacks.ts');
  await withTempDir('hostile', async (dir) => {
    const t = performance.now();
    const expected = [...(await writeHostileCorpus(dir)), ...(await writeAttacks(dir))];
    console.log(`${expected.length} files written in ${seconds(performance.now() - t)}; at start: ${load()}`);
    // Exit 1: the refused files are reported and the rest scored.
    const run = await runScore(['dau-vao'], 'ket-qua', { cwd: dir, expectCode: 1, json: true });
    const doc = JSON.parse(run.stdout) as ScoreRunOutput;
    const scored = doc.files.filter((f) => f.output !== null).length;
    const stopped = doc.errors.filter((e) => /giây nên đã bị dừng|MB bộ nhớ/.test(e.message)).length;
    console.log(
      `thidua score: ${seconds(run.ms)}  peak ${mb(run.peakKb)}  (of ${expected.length} files ${scored} scored, ${expected.length - scored} refused, ${stopped} of them stopped by a worker's time or memory limit; ${doc.errors.length} messages)   ${load()}`,
    );
  });
}
