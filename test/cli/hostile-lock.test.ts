// The run's lock and journal turned against it (issue 56 item 4): a lock whose process number now belongs to another
// process is stale, cleared and said with the lock file's name; a live one is obeyed, named; a FIFO, link or folder in
// place of the lock or of the journal's list, or a list naming «..», is refused with the file named, never followed,
// never waited on, and the next run is clean.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, hashes, type Run } from './helpers.js';
import { scoredCommune } from '../council/example-commune.js';

let dir: string;
let other: ChildProcess;
const SIX_DAYS = 6 * 24 * 3600 * 1000;

/** `score` into `out` (on a machine whose clock is UTC), ended after 30 s if it hangs (a FIFO read would wait forever). */
function score(out: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', out], { cwd: dir, timeout: 30_000, env: { ...process.env, TZ: 'UTC' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A copy of a scored folder, to plant things in. */
async function folder(name: string): Promise<string> {
  await cp(join(dir, 'goc'), join(dir, name), { recursive: true });
  return join(dir, name);
}

/** The scored copies and summary as they were, and no hidden file left. */
async function untouched(name: string): Promise<void> {
  const copies = (h: Record<string, string>) => Object.entries(h).filter(([n]) => n.endsWith('.cham-diem.xlsx') && !n.includes('/'));
  expect(copies(await hashes(join(dir, name)))).toEqual(copies(await hashes(join(dir, 'goc'))));
}

beforeAll(async () => {
  // The commune scored (the run's one score of it, copied here) is the folder every test plants things in a copy of.
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  await rename(join(dir, 'kq'), join(dir, 'goc'));
  // A program that is not thidua, holding a process number a lock may name.
  other = spawn('sleep', ['600'], { stdio: 'ignore' });
}, 120_000);

afterAll(() => {
  other.kill();
});

const lockOf = (out: string) => join(dir, out, '.thidua-khoa');
const holder = (extra: object) => JSON.stringify({ pid: other.pid, host: hostname(), since: new Date(Date.now() - SIX_DAYS).toISOString(), command: 'score', ...extra });

describe('a lock whose process number belongs to another process now', () => {
  it('is stale: cleared, said with the lock file named, and the run goes on', async () => {
    await folder('cu');
    await writeFile(lockOf('cu'), holder({ started: '1' }));
    const run = await score('cu');
    expect(run.stderr).toContain(`Tệp khoá ${join('cu', '.thidua-khoa')}`);
    expect(run.stderr).toContain(`số tiến trình ${other.pid} nay thuộc một chương trình khác`);
    expect(run.code).toBe(0);
    expect((await readdir(join(dir, 'cu'))).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('is stale when written without its start (an earlier version) six days before the process began', async () => {
    await folder('cu-2');
    await writeFile(lockOf('cu-2'), holder({}));
    const run = await score('cu-2');
    expect(run.stderr).toContain('đã gỡ khoá');
    expect(run.code).toBe(0);
  }, 60_000);

  it('is obeyed while its own process runs, the lock file named', async () => {
    await folder('song');
    const stat = readFileSync(`/proc/${other.pid}/stat`, 'latin1');
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    // Taken at 18:30 UTC on 30/11/2026: 01:30 on 1/12 on the officer's clock, which the message says whatever the machine's.
    await writeFile(lockOf('song'), holder({ started, since: '2026-11-30T18:30:00.000Z' }));
    const run = await score('song');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`đang được «thidua score» (tiến trình ${other.pid}, từ 01:30 ngày 1/12/2026 (giờ Việt Nam))`);
    expect(run.stderr).toContain(`tệp khoá ${join('song', '.thidua-khoa')}`);
    await untouched('song');
  }, 60_000);
});

describe('something other than a plain file in the lock’s place', () => {
  it('a FIFO is refused at once, named, and left alone', async () => {
    await folder('fifo');
    execFileSync('mkfifo', [lockOf('fifo')]);
    const run = await score('fifo');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Tệp khoá ${join('fifo', '.thidua-khoa')} là một ống dẫn (FIFO)`);
    await untouched('fifo');
  }, 60_000);

  it('a link is refused and never followed; a folder is refused', async () => {
    await folder('lien-ket');
    // What the link points to reads as a lock of a process long gone: followed, it would be cleared — and so would its target.
    const target = join(dir, 'khoa-ngoai.json');
    await writeFile(target, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), since: new Date(Date.now() - SIX_DAYS).toISOString(), command: 'score' }));
    await symlink(target, lockOf('lien-ket'));
    const linked = await score('lien-ket');
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain(`Tệp khoá ${join('lien-ket', '.thidua-khoa')} là một liên kết tượng trưng`);
    expect(await readFile(target, 'utf8')).toContain('"pid"');
    await folder('thu-muc');
    await mkdir(lockOf('thu-muc'));
    const folded = await score('thu-muc');
    expect(folded.code).toBe(1);
    expect(folded.stderr).toContain(`Tệp khoá ${join('thu-muc', '.thidua-khoa')} là một thư mục`);
  }, 60_000);
});

describe('the journal’s list turned against the next run', () => {
  const list = (out: string) => join(dir, out, '.thidua-dang-ghi', '.xong.json');

  it('a FIFO in its place is not read: the staged files are dropped, said with the list named, and the run goes on', async () => {
    await folder('nhat-ky-fifo');
    await mkdir(join(dir, 'nhat-ky-fifo', '.thidua-dang-ghi'));
    execFileSync('mkfifo', [list('nhat-ky-fifo')]);
    const run = await score('nhat-ky-fifo');
    expect(run.stderr).toContain(`danh sách ${join('nhat-ky-fifo', '.thidua-dang-ghi', '.xong.json')} là một ống dẫn (FIFO)`);
    expect(run.code).toBe(0);
    await untouched('nhat-ky-fifo');
  }, 60_000);

  it('a list naming «..» is not followed, said once, and the next run is clean', async () => {
    await folder('nhat-ky-cha');
    await mkdir(join(dir, 'nhat-ky-cha', '.thidua-dang-ghi'));
    await writeFile(list('nhat-ky-cha'), JSON.stringify(['..', 'tong-hop.xlsx']));
    const first = await score('nhat-ky-cha');
    expect(first.stderr).toContain('nêu «..», không phải tên một tệp trong thư mục ấy');
    expect(first.code).toBe(0);
    const second = await score('nhat-ky-cha');
    expect(second.stderr).not.toContain('bị dừng');
    expect(second.code).toBe(0);
    await untouched('nhat-ky-cha');
  }, 60_000);

  it('a list that is a link is not followed', async () => {
    await folder('nhat-ky-lien-ket');
    await mkdir(join(dir, 'nhat-ky-lien-ket', '.thidua-dang-ghi'));
    await writeFile(join(dir, 'danh-sach.json'), JSON.stringify(['tong-hop.xlsx']));
    await symlink(join(dir, 'danh-sach.json'), list('nhat-ky-lien-ket'));
    const run = await score('nhat-ky-lien-ket');
    expect(run.stderr).toContain('.xong.json là một liên kết tượng trưng');
    expect(run.code).toBe(0);
  }, 60_000);
});
