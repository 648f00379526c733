// The standalone page's scoring thread (excel-addin/page/worker-thread.ts) in Debian's chromium, a real Web Worker
// started from a Blob URL: a step the worker never answers (a file that keeps it busy) is stopped at the thread's time
// limit — only that step fails, with the officer's words through runCommune's wording — and the next step is answered
// by a worker started anew, which is given the run's job first; a worker that throws loses only its step too. The
// worker here is a stand-in script: the thread is what is tested, the run's own steps are in the page's other tests.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * Answers each step at once by its name: «treo» never answers, «vo» throws out of the worker, any other answers
 * with the job this worker was given (none: «không»).
 */
const STAND_IN = `let job = 'không';
self.onmessage = (e) => {
  if (e.data.step === 'job') { job = e.data.job.date; return; }
  if (/^treo/.test(e.data.name)) for (;;) {}
  if (e.data.name === 'vo') throw new Error('vỡ');
  self.postMessage({ id: e.data.id, ok: true, step: 'read', cards: [], errors: [], explained: [], job });
};`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  const bundled = await build({
    stdin: {
      contents: "export { WorkerThread } from './excel-addin/page/worker-thread.ts'; export { runCommune, StepTimedOut, ThreadLost } from './excel-addin/page/commune-run.ts'; export { findBuiltin } from './core/criteria/builtin/index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'thread',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
    define: { THIDUA_RUN_WORKER: JSON.stringify(STAND_IN) },
  });
  browser = await chromium.launch(CHROMIUM);
  page = await browser.newPage();
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
}, 120_000);
afterAll(async () => browser?.close());

describe('the page’s scoring thread', () => {
  it('stops a step past its time limit, loses only that step, and answers the next in a new worker given the run’s job', async () => {
    const outcome = await page.evaluate(async () => {
      const { WorkerThread, StepTimedOut, ThreadLost } = (window as unknown as { thread: typeof import('../../excel-addin/page/worker-thread.js') & typeof import('../../excel-addin/page/commune-run.js') }).thread;
      const t = new WorkerThread(1);
      const read = (name: string) => ({ step: 'read' as const, name, file: new Blob([]) });
      const said = (p: Promise<unknown>) =>
        p.then(
          (a) => `trả lời ${JSON.stringify(a)}`,
          (e: unknown) => (e instanceof StepTimedOut ? `quá ${e.seconds} giây` : e instanceof ThreadLost ? 'mất luồng' : `khác: ${String(e)}`),
        );
      const first = await said(t.step(read('truoc')));
      await t.step({ step: 'job', job: { set: {} as never, decisions: [], unread: [], date: '2026-11-25' } });
      const start = performance.now();
      const hung = await said(t.step(read('treo')));
      const waited = performance.now() - start;
      const after = await said(t.step(read('tot')));
      const broke = await said(t.step(read('vo')));
      const again = await said(t.step(read('tot-nua')));
      t.close();
      return { first, hung, waited, after, broke, again };
    });
    // The worker under way takes the job in order; each one started after a loss is given it before its first step.
    expect(outcome.first).toBe('trả lời {"id":1,"ok":true,"step":"read","cards":[],"errors":[],"explained":[],"job":"không"}');
    expect(outcome.hung).toBe('quá 1 giây');
    expect(outcome.waited).toBeGreaterThanOrEqual(900);
    expect(outcome.after).toBe('trả lời {"id":4,"ok":true,"step":"read","cards":[],"errors":[],"explained":[],"job":"2026-11-25"}');
    expect(outcome.broke).toBe('mất luồng');
    expect(outcome.again).toBe('trả lời {"id":6,"ok":true,"step":"read","cards":[],"errors":[],"explained":[],"job":"2026-11-25"}');
  }, 60_000);

  it('in a commune run, names the file that kept it busy with why, and reads the others', async () => {
    const states = await page.evaluate(async () => {
      type Bundle = typeof import('../../excel-addin/page/worker-thread.js') & typeof import('../../excel-addin/page/commune-run.js') & typeof import('../../core/criteria/builtin/index.js');
      const { WorkerThread, runCommune, findBuiltin } = (window as unknown as { thread: Bundle }).thread;
      const thread = new WorkerThread(1);
      const files = ['treo.xlsx', 'tot.xlsx'].map((name) => ({ name, file: new Blob([]) }));
      const run = await runCommune(files, { set: findBuiltin('ta-ma-2025')!, date: '2026-11-24', thread });
      thread.close();
      return Object.fromEntries(run.states);
    });
    expect(states).toEqual({
      'treo.xlsx': { state: 'loi', reason: 'chấm quá 1 giây nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy); các tệp khác vẫn được chấm' },
      'tot.xlsx': { state: 'loi', reason: 'không có trang báo cáo nào (không thấy bảng có cột «Mã tiêu chí» và «Kết quả»)' },
    });
  }, 60_000);
});
