// A reader of stdout that goes away (`thidua verify … | head -1`): the command ends quietly with its own exit status,
// never Node's EPIPE stack (issue 56 item 6). The pipe is closed before the command writes a line.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { harOf, STORY } from '../watch/real-days.js';
import { BIN } from './helpers.js';
import { closedCommune } from '../council/example-commune.js';

let dir: string;

/** The command with its stdout's reader gone at once: its exit status and what it said on stderr. */
function withReaderGone(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  // The example commune scored and closed (made once a run), in this file's own copy.
  const made = await closedCommune();
  dir = made.dir;
  expect(made.run.code, made.run.stderr).toBe(0);
  expect(made.closed.code).toBe(0);
  await mkdir(join(dir, 'lan-chup'));
  for (const [i, plan] of STORY.entries()) await writeFile(join(dir, 'lan-chup', `dichvucong-${plan.day}.har`), JSON.stringify(harOf(plan, i === STORY.length - 1)));
}, 120_000);

describe('stdout closed by its reader', () => {
  it.each([
    ['verify', ['verify', 'kq'], 0],
    ['criteria show', ['criteria', 'show', 'ta-ma-2025'], 0],
    ['watch', ['watch', 'lan-chup'], 0],
    ['score --json', ['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-2', '--json'], 0],
  ])('%s ends quietly with its exit status', async (_name, args, code) => {
    const run = await withReaderGone(args as string[]);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(code);
  }, 60_000);
});
