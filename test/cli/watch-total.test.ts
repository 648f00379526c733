// A total its groups do not add up to, on the command line: the national ranking the portal saved on 17/9/2026 with
// Phú Thọ's total alone edited (62,6 → 63,15, its six groups as saved), two mornings saved as HAR files. `thidua watch`
// says it in its text and its --json, `thidua capture` of the morning says it among its notes and in the file its
// --json prints; the mornings as saved say nothing (test/watch/total-sum.test.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { CLAIMED, EMPTIED, MISREAD, MISREAD_DAYS, NATIONAL_DAYS, nationalExport, nationalHar } from '../watch/national-days.js';
import { runOk, tempDir } from './helpers.js';

const SAID = 'Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  for (const [name, plans] of [['sai-tong', MISREAD_DAYS], ['nhu-luu', NATIONAL_DAYS]] as const) {
    await mkdir(join(dir, name));
    for (const plan of plans) await writeFile(join(dir, name, `dichvucong-${plan.day}.har`), JSON.stringify(nationalHar(plan)));
  }
  // The morning as the extension exports it, its list of totals that do not add up edited by hand: emptied, or naming Phú Thọ as saved.
  const misread = nationalExport(MISREAD_DAYS);
  for (const [name, file] of [['tep-rong', { ...misread, totalMismatches: [] }], ['tep-them', { ...nationalExport(), totalMismatches: misread.totalMismatches }]] as const) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, 'thidua-chi-so.json'), JSON.stringify(file));
  }
}, 60_000);

describe('a total its groups do not add up to, on the command line', () => {
  it('`thidua watch` says it in the digest and in --json, with both figures; the mornings as saved say nothing', async () => {
    const text = await runOk(['watch', 'sai-tong'], dir);
    expect(text.stdout.split('\n')).toContain(SAID);
    const json = JSON.parse((await runOk(['watch', 'sai-tong', '--json'], dir)).stdout) as { text: string; digest: { totalMismatches: unknown[] } };
    expect(json.digest.totalMismatches).toEqual([{ unit: MISREAD.name, day: '2026-09-17', total: MISREAD.total, groupsAddedUp: MISREAD.groups, groups: 6, difference: 0.55, words: SAID }]);
    expect(json.text.split('\n')).toContain(SAID);

    const saved = await runOk(['watch', 'nhu-luu', '--json'], dir);
    expect((JSON.parse(saved.stdout) as { digest: { totalMismatches: unknown[] } }).digest.totalMismatches).toEqual([]);
    expect(saved.stdout).not.toContain('cộng lại');
  }, 120_000);

  it('`thidua capture` of the morning says it among its notes, text and --json alike', async () => {
    const file = join('sai-tong', 'dichvucong-2026-09-17.har');
    for (const json of [[], ['--json']]) {
      const run = await runOk(['capture', file, '--url', PAGE_766_URL, ...json], dir);
      expect(run.stderr).toContain(`Cảnh báo: ${file}: ${SAID}`);
    }
    const saved = await runOk(['capture', join('nhu-luu', 'dichvucong-2026-09-17.har'), '--url', PAGE_766_URL], dir);
    expect(saved.stderr).not.toContain('cộng lại');
  }, 120_000);

  it('`thidua capture --json` carries it in the file it prints, the figures and words of stderr; the morning as saved carries []', async () => {
    const printed = async (folder: string) => {
      const run = await runOk(['capture', join(folder, 'dichvucong-2026-09-17.har'), '--url', PAGE_766_URL, '--json'], dir);
      const file = JSON.parse(run.stdout) as { totalMismatches?: unknown[] };
      // Every reader still reads the file (the field is optional, older files parse alike).
      expect(IndicatorExportFile.safeParse(file).success).toBe(true);
      return file.totalMismatches;
    };
    expect(await printed('sai-tong')).toEqual([{ unit: MISREAD.name, day: '2026-09-17', total: MISREAD.total, groupsAddedUp: MISREAD.groups, groups: 6, difference: 0.55, words: SAID }]);
    expect(await printed('nhu-luu')).toEqual([]);
  }, 120_000);

  it('`thidua watch` over exports whose list of totals was edited says each file’s word against its figures, naming the file', async () => {
    for (const [folder, said] of [['tep-rong', EMPTIED], ['tep-them', CLAIMED]] as const) {
      const run = await runOk(['watch', folder], dir);
      expect(run.stderr).toContain(`Cảnh báo: ${said.replace(/\.$/, '')} (1 lần): tệp ${join(folder, 'thidua-chi-so.json')}`);
    }
    // The figures that do not add up still said by the digest, in the words of every face.
    expect((await runOk(['watch', 'tep-rong'], dir)).stdout.split('\n')).toContain(SAID);
  }, 120_000);
});
