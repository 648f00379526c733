// The task pane names a table that gives no «Tên bộ tiêu chí» by the open workbook's file, as `thidua criteria import`
// and the standalone page name it from the same file: in Excel the name comes from Office.context.document.url (the
// path on the computer, or the address on OneDrive/SharePoint, the name in it encoded as an address is), and a
// workbook never saved (url null) is named from its sheet, in words that read well in the papers.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { excelSession } from '../../excel-addin/shared/session.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { runOk, tempDir } from '../cli/helpers.js';

/** A table as a commune types it (argv 1): no title row, «STT | Nội dung | Điểm tối đa», three items. */
const TABLE = `
import sys
from openpyxl import Workbook
wb = Workbook(); ws = wb.active
for r in [['STT', 'Nội dung', 'Điểm tối đa'], ['1', 'Cổng thông tin điện tử của xã hoạt động', 40], ['2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 35], ['3', 'Họp trực tuyến với huyện', 25]]: ws.append(r)
wb.save(sys.argv[1])
`;

let fake: (FakeOffice & { uninstall: () => void }) | undefined;
afterEach(() => fake?.uninstall());

/** The table opened in Excel with `url` as Office gives it, taken as the workbook's criteria as CriteriaPane takes it. */
async function paneReads(path: string, url: string | null): Promise<CriteriaSet> {
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(path)), '1.18', url);
  const loaded = await excelSession.run((port, view) => useCriteriaSheet(port, undefined, view.fileName));
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.set;
}

describe('the set the pane reads from the open workbook, against the command line’s reading of the same file', () => {
  it('takes the name from the saved workbook’s path or address, as `criteria import` takes it from the file', async () => {
    const dir = await tempDir();
    const file = 'Bảng tiêu chí xã 2025.xlsx';
    execFileSync('/usr/bin/python3', ['-c', TABLE, join(dir, file)]);
    await runOk(['criteria', 'import', file, '--out', 'bo.json'], dir);
    const cli = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
    expect(cli.title).toBe('Bảng tiêu chí xã 2025');
    // Excel on Windows: the path; on the web or a synced OneDrive: the address, its name encoded.
    const onDisk = await paneReads(join(dir, file), `C:\\Users\\Hoa\\Documents\\${file}`);
    const online = await paneReads(join(dir, file), `https://xa-my.sharepoint.com/personal/hoa/Documents/${encodeURIComponent(file)}?web=1`);
    expect([onDisk.id, onDisk.title, onDisk.version]).toEqual([cli.id, cli.title, cli.version]);
    expect([online.id, online.title]).toEqual([cli.id, cli.title]);
  });

  it('names a workbook never saved from its sheet, without quotes inside quotes', async () => {
    const dir = await tempDir();
    execFileSync('/usr/bin/python3', ['-c', TABLE, join(dir, 'moi.xlsx')]);
    // Before: «Bộ tiêu chí trang «Sheet»», printed so in every paper.
    const set = await paneReads(join(dir, 'moi.xlsx'), null);
    expect([set.title, set.id]).toEqual(['Bộ tiêu chí của trang Sheet', 'bo-tieu-chi-cua-trang-sheet']);
  });
});

// Made for: the pane walk of the commune police's table (pane-walk-cong-an.test.ts), which found the pane reading the
// table as «Bộ tiêu chí trang «Sheet1»» where the command line and the page read it by its file name.
