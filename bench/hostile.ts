// Hostile corpus: what the built `thidua score` costs in time and peak memory over the files attackers
// and unlucky officers make (scripts/harness/hostile-corpus.ts: zip bombs, a million rows, 16k columns, a
// 50 MB shared string, truncated and renamed files…; scripts/harness/hostile-attacks.ts: a FIFO, links to
// /dev/zero and out of the folder, a file past the size limit, merge bombs, a file that keeps a worker busy,
// a zip lying about its sizes), all in one folder and one run, as an officer would feed them — with the
// limits an officer's run has (a worker's heap, 60 s per file), so the time is what such a folder costs. Then the
// attacks of issue 35: Word criteria files made to hurt, a row of formulas to XFD, a workbook of 1,300 report sheets.
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ScoreRunOutput } from '../core/workbook/score-run.js';
import { hamlet, manySheets, writeAttacks } from '../scripts/harness/hostile-attacks.js';
import { writeHostileCorpus } from '../scripts/harness/hostile-corpus.js';
import { documentDocx, writeDocumentAttacks } from '../scripts/harness/hostile-documents.js';
import { FIRST_ROW } from '../scripts/harness/report-workbooks.js';
import { BIN, buildCli, type ChildRun, load, mb, runNode, runScore, seconds, sized, smoke, withTempDir } from './child.js';

/** The report sheets of the workbook of many (issue 35: 1,300, too many parts for its copy to be written: exit 1). */
const MANY_SHEETS = sized(1300, 3);

export async function run(): Promise<void> {
  buildCli();
  console.log('\n## Tệp độc hại / hostile corpus and attacks: one thidua score run over scripts/harness/hostile-corpus.ts and hostile-attacks.ts');
  await withTempDir('hostile', async (dir) => {
    const t = performance.now();
    // A smoke run skips the corpus (minutes to write; test/cli/hostile.test.ts runs it): the attacks go through the same path.
    const expected = [...(smoke() ? [] : await writeHostileCorpus(dir)), ...(await writeAttacks(dir))];
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
  await documents();
  await wideAndMany();
}

/**
 * Word criteria files made to hurt (scripts/harness/hostile-documents.ts), each through `thidua criteria import`
 * beside the reference measured in the same run: the small criteria document every one of them carries.
 */
async function documents(): Promise<void> {
  console.log('\n### Văn bản Word độc hại / hostile Word criteria files: thidua criteria import, each against a small criteria document');
  await withTempDir('hostile-docx', async (dir) => {
    await writeFile(join(dir, 'tham-chieu.docx'), await documentDocx(''));
    // A smoke run makes and imports one refused and one read (their two ways through the loop):
    // test/cli/hostile-documents.test.ts imports every one of them and checks what each says.
    const expected = await writeDocumentAttacks(dir, (all) => sized(all, [all.find((e) => !e.scored)!, all.find((e) => e.scored)!]));
    const reference = await importDocument(dir, 'tham-chieu.docx', 0);
    console.log(`tham-chieu.docx (reference): ${seconds(reference.ms)}  peak ${mb(reference.peakKb)}   ${load()}`);
    for (const e of expected) {
      const r = await importDocument(dir, e.file, e.scored ? 0 : 1);
      const size = (await stat(join(dir, e.file))).size;
      console.log(`${e.file} (${(size / 1024).toFixed(0)} KB, ${e.scored ? 'read' : 'refused'}): ${seconds(r.ms)} (${(r.ms / reference.ms).toFixed(1)}×)  peak ${mb(r.peakKb)} (${(r.peakKb / reference.peakKb).toFixed(1)}×)   ${load()}`);
    }
  });
}

function importDocument(dir: string, file: string, expectCode: number): Promise<ChildRun> {
  return runNode([BIN, 'criteria', 'import', file, '--out', `${file}.json`, '--force'], dir).then((r) => {
    if (r.code !== expectCode) throw new Error(`thidua criteria import ${file} exited ${r.code} (expected ${expectCode}):\n${r.stderr.slice(-2000)}`);
    return r;
  });
}

/**
 * A row of 16,384 formulas under a report (read whole: 16,384 columns) and a workbook of 1,300 report sheets (scored,
 * its copy of 5,222 parts not written), each scored alone beside one good report scored the same way.
 */
async function wideAndMany(): Promise<void> {
  console.log('\n### Sổ tính rộng và nhiều trang / a row to XFD, 1,300 report sheets: thidua score, each against one good report');
  await withTempDir('hostile-wide', async (dir) => {
    const inputs: [string, Uint8Array, number][] = [
      ['tot.xlsx', await hamlet('Bản Tốt'), 0],
      ['cong-thuc-ca-dong.xlsx', await hamlet('Bản Cả Dòng', 'Báo cáo', (ws) => {
        for (let c = 1; c <= 16_384; c++) ws.getCell(FIRST_ROW + 9, c).value = { formula: `ROW()*${c}` } as never;
      }), 0],
      ['nhieu-trang.xlsx', await manySheets(await hamlet('Bản 1', 'Báo cáo', (ws) => void (ws.getCell('G8').value = 99)), MANY_SHEETS), sized(1, 0)],
    ];
    let reference: ChildRun | undefined;
    for (const [file, data, code] of inputs) {
      await writeFile(join(dir, file), data);
      const r = await runScore([file], `kq-${file}`, { cwd: dir, expectCode: code });
      reference ??= r;
      console.log(`${file}: ${seconds(r.ms)} (${(r.ms / reference.ms).toFixed(1)}×)  peak ${mb(r.peakKb)} (${(r.peakKb / reference.peakKb).toFixed(1)}×)   ${load()}`);
    }
  });
}
