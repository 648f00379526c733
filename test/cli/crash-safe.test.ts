// Runs into one --out that are doubled, killed or out of disk space (issue 48 item 1): the second run is refused
// naming the first, a killed run leaves the previous result whole and no temporary file once the next command has
// looked, and a full disk writes nothing and seals nothing that was not written.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, hashes, runChild } from './helpers.js';
import { correctHuaCa, scoredCommune } from '../council/example-commune.js';

let dir: string;
const thidua = (...args: string[]) => runChild(args, dir);
const score = (out: string, from = 'bao-cao', ...extra: string[]) => thidua('score', from, '--criteria', 'tieu-chi.xlsx', '--out', out, ...extra);

/** The scored copies of a folder by name and digest (tong-hop.xlsx left out: closing rewrites it). */
async function copies(folder: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await hashes(join(dir, folder))).filter(([name]) => name.endsWith('.cham-diem.xlsx') && !name.includes('/')));
}

/** Every name in the folder beginning with a dot: a lock, a staging folder, a temporary file. */
async function hidden(folder: string): Promise<string[]> {
  return (await readdir(join(dir, folder))).filter((n) => n.startsWith('.'));
}

beforeAll(async () => {
  // The result before (the run's one score of the commune, copied here), and the changed run's result whole, to tell
  // a killed run's folder from both.
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  await rename(join(dir, 'kq'), join(dir, 'truoc'));
  await cp(join(dir, 'bao-cao'), join(dir, 'bao-cao-2'), { recursive: true });
  await correctHuaCa(join(dir, 'bao-cao-2'));
  expect((await score('sau', 'bao-cao-2')).code).toBe(0);
}, 120_000);

describe('two runs into one folder', () => {
  it('refuses the second while the first writes, naming it, and the folder is the first run whole', async () => {
    const first = spawn(process.execPath, [BIN, 'score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'doi'], { cwd: dir, stdio: 'ignore' });
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', resolve));
    // The second starts once the first holds the folder, and the first is held there (stopped) until the second has
    // answered: a first run that finishes while the second starts would leave nothing to refuse.
    const lock = join(dir, 'doi', '.thidua-khoa');
    // Its holder written, not only the file made: a lock stopped empty is «một lượt khác vừa bắt đầu».
    const held = () => existsSync(lock) && readFileSync(lock, { encoding: 'utf8', flag: 'r' }).includes('"pid"');
    while (!held()) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGSTOP');
    const second = await score('doi', 'bao-cao-2').finally(() => first.kill('SIGCONT'));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`đang được «thidua score» (tiến trình ${first.pid}`);
    expect(await firstDone).toBe(0);
    expect(await copies('doi')).toEqual(await copies('truoc'));
    expect((await thidua('close', 'doi', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
    expect((await thidua('verify', 'doi')).code).toBe(0);
    expect(await hidden('doi')).toEqual([]);
  }, 120_000);
});

describe('a run killed at any point', () => {
  it('leaves the previous result whole (or the new one whole), closable, and no temporary file once the next command looked', async () => {
    const before = await copies('truoc');
    const after = await copies('sau');
    expect(before).not.toEqual(after);
    // The points are spread over this machine's own pace: one whole run of the same folder, started alike, sets it
    // (a fixed list of times fell after the end once runs grew faster).
    const startedAt = performance.now();
    await rerun('mau', () => undefined);
    const whole = performance.now() - startedAt;
    let killed = 0;
    for (const share of [0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95]) {
      const ms = Math.round(share * whole);
      const out = `giet-${ms}`;
      if ((await rerun(out, (child) => setTimeout(() => child.kill('SIGKILL'), ms))) === 'SIGKILL') killed++;
      // Closing takes the folder: what the killed run left is settled (removed, or its finished result moved in).
      const closed = await thidua('close', out, '--by', 'Lò Văn Thành', '--accept-open');
      expect(closed.stderr).not.toContain('Không chốt được');
      expect(closed.code, `killed after ${ms} ms: ${closed.stderr}`).toBe(0);
      expect([before, after]).toContainEqual(await copies(out));
      expect((await thidua('verify', out)).code).toBe(0);
      expect(await hidden(out), `killed after ${ms} ms`).toEqual([]);
    }
    // Most points fell while the run was writing.
    expect(killed).toBeGreaterThanOrEqual(3);
  }, 600_000);
});

/** The changed folder scored over `out` (a copy of the result before) in a child process; `meanwhile` may end it. */
async function rerun(out: string, meanwhile: (child: ChildProcess) => void): Promise<NodeJS.Signals | null> {
  await cp(join(dir, 'truoc'), join(dir, out), { recursive: true, force: true });
  const child = spawn(process.execPath, [BIN, 'score', 'bao-cao-2', '--criteria', 'tieu-chi.xlsx', '--out', out], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  meanwhile(child);
  return exited;
}

/** A small disk of its own (a tmpfs: mounting needs root). */
function smallDisk(path: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a full disk', () => {
  it('writes nothing of the run, keeps the previous result whole and closed, and the correct re-run can be closed', async (ctx) => {
    const disk = join(dir, 'dia-nho');
    await mkdir(disk);
    if (!smallDisk(disk, '1m')) return ctx.skip();
    try {
      const out = join(disk, 'kq');
      expect((await score(out)).code).toBe(0);
      expect((await thidua('close', out, '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
      const closed = await hashes(out);
      // The disk filled but for ~60 KB: a few copies fit, the rest do not.
      const free = Number(execFileSync('df', ['--output=avail', '-B1', disk]).toString().split('\n')[1]);
      await writeFile(join(disk, 'day'), Buffer.alloc(free - 60_000));
      const full = await score(out, 'bao-cao-2', '--reopen', 'Bản Hua Ca sửa số liệu');
      expect(full.code).toBe(1);
      expect(full.stderr).toContain('hết chỗ trên đĩa');
      expect(full.stderr).toContain('kết quả trước trong thư mục giữ nguyên');
      expect(full.stderr).toContain('giải phóng chỗ trên đĩa');
      expect(await hashes(out)).toEqual(closed);
      expect((await readdir(out)).filter((n) => n.startsWith('.'))).toEqual([]);
      expect((await thidua('verify', out)).code).toBe(0);
      // Nothing to seal: the folder is as closed.
      expect((await thidua('close', out, '--by', 'Lò Văn Thành', '--reason', 'x', '--accept-open')).stdout).toContain('không có gì thay đổi');
      await rm(join(disk, 'day'));
      expect((await score(out, 'bao-cao-2', '--reopen', 'Bản Hua Ca sửa số liệu')).code).toBe(0);
      expect(await copies(join('dia-nho', 'kq'))).toEqual(await copies('sau'));
      expect((await thidua('close', out, '--by', 'Lò Văn Thành', '--reason', 'Bản Hua Ca sửa số liệu', '--accept-open')).stdout).toContain('Đã chốt kết quả lần 2');
      expect((await thidua('verify', out)).code).toBe(0);
    } finally {
      execFileSync('umount', [disk]);
    }
  }, 300_000);
});
