// The pane's «Chỉ số cổng DVC» says when a morning was captured in Vietnam's time, as the extension's export does:
// officers capture at 06:30–08:00 in Vietnam, 23:30–01:00 UTC, and the network panel's HAR (and `thidua capture
// --json` from it) writes that time in UTC. Phú Thọ's 9/10 (test/watch/season-days.ts) saved as a HAR at 06:45 on 10/10,
// read by the command line, imported through the Office.js fake. Before, «Thời điểm lấy» read
// «2026-10-09T23:45:00.000Z» beside «Số liệu ngày» 2026-10-09: a day and a time the officer never captured at.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importIndicators } from '../../excel-addin/actions/indicators.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { toCsv } from '../../extension/src/export/delimited.js';
import { exportTable } from '../../extension/src/export/table.js';
import { translator } from '../../extension/src/i18n.js';
import { reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { csvRows } from '../../scripts/harness/browser-harness.js';
import { installFakeOffice, newWorkbook, sheetValues } from '../../scripts/harness/office-fake.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { seasonAsked } from '../watch/season-days.js';
import { harOfAsked } from '../watch/six-lists-days.js';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

const DAY = '2026-10-09';
const AT = new Date('2026-10-10T06:45:00+07:00').toISOString();

describe('a morning captured at 06:45 in Vietnam, imported into the pane', () => {
  it('«Thời điểm lấy» is 06:45 on 10/10, as the extension’s export writes it, beside «Số liệu ngày» 9/10', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sang'));
    await writeFile(join(dir, 'sang', 'sang-10-10.har'), JSON.stringify(harOfAsked(DAY, seasonAsked(DAY), AT)));
    const json = (await runOk(['capture', join('sang', 'sang-10-10.har'), '--url', PAGE_766_URL, '--json'], dir)).stdout;
    const snapshots = IndicatorExportFile.parse(JSON.parse(json)).snapshots;
    expect(new Set(snapshots.map((s) => s.capturedAt))).toEqual(new Set([AT]));

    const fake = installFakeOffice(newWorkbook([reportSheet('Thôn Đồng', 'Thôn', 3)]), '1.18');
    uninstall = fake.uninstall;
    expect(await runInExcel((port) => importIndicators(port, json))).toMatchObject({ ok: true });
    const [head, ...rows] = sheetValues(fake.state.sheets.find((s) => s.name === 'Chỉ số cổng DVC')!);
    const pane = new Set(rows.map((r) => `${r[head!.indexOf('Số liệu ngày')]} ${r[head!.indexOf('Thời điểm lấy')]}`));
    // The extension's CSV of the same capture names the same day and time.
    const [csvHead, ...csv] = csvRows(toCsv(exportTable(snapshots, translator('vi')), ','), ';');
    const exported = new Set(csv.filter((r) => r.length > 1).map((r) => `${r[csvHead!.indexOf('Số liệu ngày')]} ${r[csvHead!.indexOf('Thời điểm ghi nhận')]}`));
    expect({ pane: [...pane], exported: [...exported] }).toEqual({ pane: ['2026-10-09 2026-10-10 06:45'], exported: ['2026-10-09 2026-10-10 06:45'] });
  });
});

/* Made for: Vietnam's day on every face — the pane's «Chỉ số cổng DVC» reads a capture's time in UTC+7 (core/watch/data-day.ts). */
