// Hostile corpus: what the built `thidua score` costs in time and peak memory over the files attackers
// and unlucky officers make (scripts/harness/hostile-corpus.ts: zip bombs, a million rows, 16k columns, a
// 50 MB shared string, truncated and renamed files…), all in one run, as an officer would feed them.
import { performance } from 'node:perf_hooks';
import type { ScoreRunOutput } from '../core/workbook/score-run.js';
import { writeHostileCorpus } from '../scripts/harness/hostile-corpus.js';
import { buildCli, load, mb, runScore, seconds, withTempDir } from './child.js';

export async function run(): Promise<void> {
  buildCli();
  console.log('\n## Tệp độc hại / hostile corpus: one thidua score run over scripts/harness/hostile-corpus.ts');
  await withTempDir('hostile', async (dir) => {
    const t = performance.now();
    const expected = await writeHostileCorpus(dir);
    console.log(`${expected.length} files written in ${seconds(performance.now() - t)}; at start: ${load()}`);
    // Exit 1: the refused files are reported and the rest scored.
    const run = await runScore(['dau-vao'], 'ket-qua', { cwd: dir, expectCode: 1, json: true });
    const doc = JSON.parse(run.stdout) as ScoreRunOutput;
    const scored = doc.files.filter((f) => f.output !== null).length;
    console.log(
      `thidua score: ${seconds(run.ms)}  peak ${mb(run.peakKb)}  (of ${expected.length} files ${scored} scored, ${expected.length - scored} refused; ${doc.errors.length} messages)   ${load()}`,
    );
  });
}
