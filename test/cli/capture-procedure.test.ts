// `thidua capture` on a saved HAR of the 766 page filtered by one procedure (Phú Thọ's real progress tree of August
// 2026, whole and filtered, test/fixtures/real/watch/): the units' own figures in --json, the procedure's said apart;
// a file with only filtered answers says no unit's own figures are there — as `thidua watch` reads the same file.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import type { IndicatorExport } from '../../core/indicators/schema.js';
import { harOf, PROCEDURE, STORY } from '../watch/real-days.js';
import { runInProcess, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const har = harOf(STORY.at(-1)!, true) as { log: { entries: { request: { postData: { text: string } } }[] } };
  await writeFile(join(dir, 'loc-thu-tuc.har'), JSON.stringify(har));
  // The same morning, saved after the filter only: the catalogue search and the filtered list.
  const filteredOnly = { log: { ...har.log, entries: har.log.entries.filter((e) => /"(formalityId|q)"/.test(e.request.postData.text)) } };
  await writeFile(join(dir, 'chi-thu-tuc.har'), JSON.stringify(filteredOnly));
});

const own = (doc: IndicatorExport, unit: string) => doc.snapshots.find((s) => s.unit.name === unit)!.indicators;

describe('thidua capture on a procedure-filtered 766 response', () => {
  it('--json gives the units’ own figures, not the procedure’s', async () => {
    const r = await runInProcess(['capture', 'loc-thu-tuc.har', '--url', PAGE_766_URL, '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const doc = IndicatorExportFile.parse(JSON.parse(r.stdout));
    const province = own(doc, 'UBND tỉnh Phú Thọ');
    expect(province.find((i) => i.code === 'TDGQ')!.value).toBe(15.68);
    expect(province.find((i) => i.code === 'HS_TIEP_NHAN')!.value).toBe(184_513);
    expect(own(doc, 'Sở Xây dựng - Tỉnh Phú Thọ').find((i) => i.code === 'TDGQ')!.value).toBe(17.29);
    expect(r.stderr).toContain(`Số liệu đã lọc theo thủ tục «${PROCEDURE.code} · `);
  });

  it('prints the procedure’s figures apart, named as the procedure’s', async () => {
    const r = await runInProcess(['capture', 'loc-thu-tuc.har', '--url', PAGE_766_URL, '--commune', 'Sở Xây dựng'], dir);
    expect(r.code, r.stderr).toBe(0);
    const [units, procedure] = r.stdout.split(`Số liệu đã lọc theo thủ tục «${PROCEDURE.code} · `);
    expect(units).toMatch(/Tiến độ giải quyết: 17,29/);
    expect(procedure).toContain('— của thủ tục, không phải của chính đơn vị (1 đơn vị):');
    expect(procedure).toMatch(/Tiến độ giải quyết: 0\b/);
  });

  it('says no unit’s own figures are there when every answer was filtered', async () => {
    const r = await runInProcess(['capture', 'chi-thu-tuc.har', '--url', PAGE_766_URL, '--json'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('không có số liệu của chính đơn vị nào');
  });
});
