// Every output on a full disk (issue 56 item 6): score, close, key, papers and watch's brief say «hết chỗ trên đĩa»
// with the file, never «unexpected error»; `key` writes both files or neither — also when the public key's path is a
// link leading nowhere. The disk is full for one path only (test/fixtures/disk-full.mjs, the writes' own seam).
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { harOf, STORY } from '../watch/real-days.js';
import { runChild, type Run } from './helpers.js';
import { scoredCommune } from '../council/example-commune.js';
import { typeVotes } from '../council/council-meeting.js';

let dir: string;
const FULL = pathToFileURL(join(import.meta.dirname, '../fixtures/disk-full.mjs')).href;
/** thidua with the disk full for every path holding `full`. */
const onFullDisk = (full: string, ...args: string[]): Promise<Run> => runChild(args, dir, { NODE_OPTIONS: `--import ${FULL}`, THIDUA_TEST_FULL_DISK: full });

/** Said as a full disk, naming the file, and not as an unexpected error. */
function saysFull(run: Run, file: string): void {
  expect(run.stderr).toContain('hết chỗ trên đĩa');
  expect(run.stderr).toContain(file);
  expect(run.stderr).not.toContain('unexpected error');
  expect(run.code).toBe(1);
}

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  await mkdir(join(dir, 'lan-chup'));
  for (const [i, plan] of STORY.entries()) await writeFile(join(dir, 'lan-chup', `dichvucong-${plan.day}.har`), JSON.stringify(harOf(plan, i === STORY.length - 1)));
}, 120_000);

describe('a full disk', () => {
  it('score names the copy it could not write', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-score'), { recursive: true });
    saysFull(await onFullDisk('ban-hua-ca', 'score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-score'), 'ban-hua-ca');
  }, 60_000);

  it('close names tong-hop.xlsx', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-close'), { recursive: true });
    saysFull(await onFullDisk('tong-hop', 'close', 'kq-close', '--by', 'Lò Văn Thành', '--accept-open'), 'tong-hop.xlsx');
  }, 60_000);

  it('papers names the paper', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-papers'), { recursive: true });
    await typeVotes(join(dir, 'kq-papers', 'tong-hop.xlsx'), () => [9, 8, 7]);
    expect((await runChild(['close', 'kq-papers', '--by', 'Lò Văn Thành', '--accept-open'], dir)).code).toBe(0);
    saysFull(await onFullDisk('ho-so', 'papers', 'kq-papers', '--out', 'ho-so'), 'ho-so');
    // Nothing half written under a paper's name.
    expect(existsSync(join(dir, 'ho-so')) ? (await readdir(join(dir, 'ho-so'))).filter((n) => n.endsWith('.docx')) : []).toEqual([]);
  }, 60_000);

  it("watch names its brief", async () => {
    saysFull(await onFullDisk('ban-tin', 'watch', 'lan-chup', '--out', 'ban-tin.xlsx'), 'ban-tin.xlsx');
    expect(existsSync(join(dir, 'ban-tin.xlsx'))).toBe(false);
  }, 60_000);

  it('key writes neither file and says so', async () => {
    const run = await onFullDisk('cong-khai', 'key', 'bi-mat.pem', 'cong-khai.pem');
    saysFull(run, 'cong-khai.pem');
    expect(run.stderr).toContain('bi-mat.pem đã xoá');
    expect(existsSync(join(dir, 'bi-mat.pem'))).toBe(false);
    expect(existsSync(join(dir, 'cong-khai.pem'))).toBe(false);
  }, 60_000);
});

describe('thidua key', () => {
  it('whose public key path is a link leading nowhere writes neither file', async () => {
    await symlink(join(dir, 'khong-co', 'x.pem'), join(dir, 'lien-ket.pem'));
    const run = await runChild(['key', 'bi-mat-2.pem', 'lien-ket.pem'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Đã có tệp lien-ket.pem');
    expect(existsSync(join(dir, 'bi-mat-2.pem'))).toBe(false);
  }, 60_000);
});
