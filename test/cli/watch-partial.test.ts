// `thidua watch` over HAR files of an officer's mornings with every list (test/watch/six-lists-days.ts), the portal
// refusing «Mức độ hài lòng» and the ranking on 17/9 (403 in the HAR): the digest is the extension's over the same
// captures, and the refusal is said as the portal's, not as a list to open on the page.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { askedOn, harOfAsked, WALK_DAYS, walkCaptures } from '../watch/six-lists-days.js';
import { runInProcess, tempDir, type Run } from './helpers.js';

const LAST = '2026-09-17';
let run: Run;
let json: Run;

beforeAll(async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'lan-chup'));
  for (const day of WALK_DAYS.filter((d) => d <= LAST)) await writeFile(join(dir, 'lan-chup', `${day}.har`), JSON.stringify(harOfAsked(day, askedOn(day))));
  run = await runInProcess(['watch', 'lan-chup', '--unit', 'Xã Đoan Hùng'], dir);
  json = await runInProcess(['watch', 'lan-chup', '--json'], dir);
}, 120_000);

describe('thidua watch over partial mornings', () => {
  it('prints the digest the extension shows over the same captures', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(digestText(digestOf(walkCaptures(LAST), { own: 'Xã Đoan Hùng' })!));
  });

  it('says a list the portal refused as refused, with its status, never as a group to open on the page', () => {
    const lines = run.stderr.split('\n');
    // The refusal's own line: «Trang chưa tải nhóm …» lines of other mornings name the group too, each in «…».
    const refusalOf = (list: string) => lines.find((l) => l.startsWith('Cảnh báo: Cổng không trả') && l.includes(`«${list}»`));
    expect(refusalOf('Mức độ hài lòng')).toMatch(/^Cảnh báo: Cổng không trả danh sách «Mức độ hài lòng» \(mã 403\): lần chụp thiếu danh sách này \(1 lần\): tệp lan-chup\/2026-09-17\.har$/);
    expect(refusalOf('Tổng điểm của mọi đơn vị')).toMatch(/^Cảnh báo: Cổng không trả danh sách «Tổng điểm của mọi đơn vị» \(mã 403\): lần chụp thiếu danh sách này \(1 lần\): tệp lan-chup\/2026-09-17\.har$/);
    expect(lines.filter((l) => l.startsWith('Cảnh báo: Trang chưa tải nhóm')).join('\n')).not.toContain('2026-09-17.har');
    // In the digest too (before: «thiếu danh sách Mức độ hài lòng», the ranking unsaid), and as data in --json.
    expect(run.stdout).toContain('Lần chụp chưa đủ nhóm (cổng không trả 2 danh sách: «Mức độ hài lòng» (mã 403), «Tổng điểm của mọi đơn vị» (mã 403) — lỗi phía cổng, ghi nhận lại sau): ');
    expect(json.code, json.stderr).toBe(0);
    const digest = (JSON.parse(json.stdout) as { digest: { missingGroups: string[]; refusedLists: unknown } }).digest;
    expect([digest.missingGroups, digest.refusedLists]).toEqual([['Mức độ hài lòng'], [{ list: 'Mức độ hài lòng', status: 403 }, { list: 'Tổng điểm của mọi đơn vị', status: 403 }]]);
  });
});
