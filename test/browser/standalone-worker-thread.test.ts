// The standalone page's scoring thread (excel-addin/page/worker-thread.ts) in Debian's chromium, a real Web Worker
// started from a Blob URL: a step the worker never answers (a file that keeps it busy) is stopped at the thread's time
// limit — only that step fails, with the officer's words through runCommune's wording — and the next step is answered
// by a worker started anew, which is given the run's job first; a worker that throws loses only its step too. With
// several steps in flight, a step's clock starts when it reaches the head, only the head fails, the steps behind it
// go to the new worker in order, and «Hủy» ends every one. The worker here is a stand-in script: the thread is what
// is tested, the run's own steps are in the page's other tests.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * Answers each step by its name, one after the other: «treo» never answers, «vo» throws out of the worker, «cham»
 * takes 600 ms; any other answers at once. Each answer says the job this worker was given (none: «không») and the
 * how-manyth step of this worker it is (`nth`: 1 in a worker started anew).
 */
const STAND_IN = `let job = 'không';
let nth = 0;
self.onmessage = (e) => {
  if (e.data.step === 'job') { job = e.data.job.date; return; }
  nth++;
  if (/^treo/.test(e.data.name)) for (;;) {}
  if (e.data.name === 'vo') throw new Error('vỡ');
  if (e.data.name === 'cham') for (const until = Date.now() + 600; Date.now() < until;) {}
  self.postMessage({ id: e.data.id, ok: true, step: 'read', cards: [], errors: [], explained: [], job, nth });
};`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  const bundled = await build({
    stdin: {
      contents: "export { WorkerThread } from './excel-addin/page/worker-thread.ts'; export { runCommune, Cancelled, StepTimedOut, ThreadLost } from './excel-addin/page/commune-run.ts'; export { findBuiltin } from './core/criteria/builtin/index.ts';",
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
  browser = await workerChromium();
  page = await browser.newPage();
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
}, 120_000);
afterAll(async () => leaveWorkerChromium(browser));

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
    expect(outcome.first).toBe('trả lời {"id":1,"ok":true,"step":"read","cards":[],"errors":[],"explained":[],"job":"không","nth":1}');
    expect(outcome.hung).toBe('quá 1 giây');
    expect(outcome.waited).toBeGreaterThanOrEqual(900);
    expect(outcome.after).toBe('trả lời {"id":4,"ok":true,"step":"read","cards":[],"errors":[],"explained":[],"job":"2026-11-25","nth":1}');
    expect(outcome.broke).toBe('mất luồng');
    expect(outcome.again).toBe('trả lời {"id":6,"ok":true,"step":"read","cards":[],"errors":[],"explained":[],"job":"2026-11-25","nth":1}');
  }, 60_000);

  it('with several steps in flight, answers them in order, times each from when it reaches the head, and loses only the head', async () => {
    const outcome = await page.evaluate(async () => {
      const { WorkerThread, Cancelled, StepTimedOut, ThreadLost } = (window as unknown as { thread: typeof import('../../excel-addin/page/worker-thread.js') & typeof import('../../excel-addin/page/commune-run.js') }).thread;
      const t = new WorkerThread(1);
      const start = performance.now();
      const settled: string[] = [];
      /** Every step posted at once: what each ended with (its answer's job and nth), and when, in the order they settled. */
      const inFlight = (names: string[]) =>
        Promise.all(
          names.map((name) =>
            t.step({ step: 'read', name, file: new Blob([]) }).then(
              (a) => `${name}: ${(a as unknown as { job: string }).job}, ${(a as unknown as { nth: number }).nth}`,
              (e: unknown) => `${name}: ${e instanceof StepTimedOut ? `quá ${e.seconds} giây` : e instanceof ThreadLost ? 'mất luồng' : e instanceof Cancelled ? 'đã hủy' : String(e)}`,
            ).then((said) => {
              settled.push(`${said} @${Math.round((performance.now() - start) / 100) / 10}`);
              return said;
            }),
          ),
        );
      await t.step({ step: 'job', job: { set: {} as never, decisions: [], unread: [], date: '2026-11-25' } });
      // «treo-2» reaches the head only when «treo-1» is stopped: it has its own second, not one shared from its posting.
      const hung = await inFlight(['cham', 'treo-1', 'a', 'treo-2', 'b', 'c']);
      const broke = await inFlight(['d', 'vo', 'e']);
      // «Hủy» while a step hangs with others behind it: every one ends, none waits for an answer that will not come.
      const cancelled = inFlight(['f', 'treo-3', 'g', 'h']);
      await new Promise((r) => setTimeout(r, 300));
      t.close();
      const never = new Promise<string>((r) => setTimeout(() => r('chờ mãi'), 3000));
      return { hung, broke, cancelled: await Promise.race([cancelled, never]), settled };
    });
    expect(outcome.hung).toEqual(['cham: 2026-11-25, 1', 'treo-1: quá 1 giây', 'a: 2026-11-25, 1', 'treo-2: quá 1 giây', 'b: 2026-11-25, 1', 'c: 2026-11-25, 2']);
    expect(outcome.broke).toEqual(['d: 2026-11-25, 3', 'vo: mất luồng', 'e: 2026-11-25, 1']);
    expect(outcome.cancelled).toEqual(['f: 2026-11-25, 2', 'treo-3: đã hủy', 'g: đã hủy', 'h: đã hủy']);
    // Settled in the order posted; «treo-1» timed from «cham»'s answer (0.6 s), «treo-2» from «treo-1»'s end.
    const names = outcome.settled.map((s) => s.split(':')[0]);
    expect(names).toEqual(['cham', 'treo-1', 'a', 'treo-2', 'b', 'c', 'd', 'vo', 'e', 'f', 'treo-3', 'g', 'h']);
    const at = (name: string) => Number(outcome.settled.find((s) => s.startsWith(`${name}:`))!.split('@')[1]);
    expect(at('treo-1')).toBeGreaterThanOrEqual(1.5);
    expect(at('treo-2') - at('treo-1')).toBeGreaterThanOrEqual(0.9);
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
