// Kiểm tra thay đổi: compares each scored sheet with the fingerprint taken when it was scored,
// without scoring again (two round trips), and names the cells edited since.
import type { Flag } from '../../core/flags/flag.js';
import { CHANGED_AFTER_SCORING } from '../../core/flags/run-flags.js';
import { changedAfterScoringFlag } from '../../core/workbook/fingerprint.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { readUnitReport } from '../../core/run/workbook-reports.js';
import { readStored } from './store.js';

export type ChangesResult = { checked: number; flags: Flag[]; missing: string[] };

export async function checkChanges(port: WorkbookPort): Promise<ChangesResult> {
  const names = await port.listSheets();
  const stored = (await readStored(port, 'fingerprints')).value ?? [];
  const fingerprints = stored.filter((f) => names.includes(f.sheet));
  const missing = stored.filter((f) => !names.includes(f.sheet)).map((f) => f.sheet);
  const grids = await port.readSheets(fingerprints.map((f) => f.sheet));
  const flags: Flag[] = [];
  fingerprints.forEach((before, i) => {
    const read = readUnitReport(grids[i]!);
    if (!read?.ok) {
      flags.push({ code: CHANGED_AFTER_SCORING, severity: 'warning', sheet: before.sheet, message: `Đã sửa sau khi chấm: trang «${before.sheet}» không còn đọc được như một báo cáo.` });
      return;
    }
    const flag = changedAfterScoringFlag(before, read.report);
    if (flag) flags.push(flag);
  });
  return { checked: fingerprints.length, flags, missing };
}

/* Made for: «Kiểm tra thay đổi»: the cells edited since a sheet was scored, named from its fingerprint without scoring again. */
