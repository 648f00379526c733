// Whether a district form exists is the round's day's question, not the set's period's: a district chairman decides
// it, and from 01/07/2025 there is none (DOMAIN.md §9). The example commune's criteria workbook given a period ending
// 30/06/2025 (a half-year round, «Đến ngày» typed with ExcelJS, the workbook saved by LibreOffice), scored today by
// the command line: before, thidua weighed its 13 units for «Giấy khen của Chủ tịch UBND huyện» and listed
// Công an xã Ta Ma «Đủ điều kiện, Hội đồng quyết định» for it — a form no one can sign since 01/07/2025 — because the
// period ended before that day.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, officerDay } from '../../core/values.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { exampleCommune } from '../council/example-commune.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';

const DISTRICT = 'Giấy khen của Chủ tịch UBND huyện';

/** The text cells of a sheet (argv 2) of a workbook (argv 1), read by openpyxl, as JSON: a long line is written over rows, cut at a space. */
const TEXTS = `
import openpyxl, sys, json
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([c for r in ws.iter_rows(values_only=True) for c in r if isinstance(c, str)]))
`;

describe('a set whose period ended 30/06/2025, scored after the district level ended', () => {
  let run: Run;
  let proposals: { form: string; formLabel: string; unitName: string; proposed: boolean; eligible: boolean }[];
  let sheet: string;

  beforeAll(async () => {
    const dir = await exampleCommune();
    const criteria = join(dir, 'tieu-chi.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(criteria);
    const ws = wb.getWorksheet('Tiêu chí')!;
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(2).value === 'Đến ngày')!;
    row.getCell(3).value = new Date(Date.UTC(2025, 5, 30));
    await wb.xlsx.writeFile(criteria);
    await savedByLibreOffice(criteria);
    run = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', '--json'], dir);
    proposals = (JSON.parse(run.stdout) as { proposals: typeof proposals }).proposals;
    sheet = (JSON.parse(execFileSync('/usr/bin/python3', ['-c', TEXTS, join(dir, 'kq', 'tong-hop.xlsx'), 'Đề xuất khen thưởng'], { encoding: 'utf8' })) as string[]).join(' ');
  }, 300_000);

  it('weighs no unit for the district’s Giấy khen', () => {
    expect(run.code).toBe(0);
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.filter((p) => p.formLabel === DISTRICT).map((p) => p.unitName)).toEqual([]);
  });

  it('says on «Đề xuất khen thưởng» that the round, scored after 01/07/2025, leaves it out', () => {
    expect(sheet).toContain(
      `Kế hoạch nêu hình thức «${DISTRICT}» (KH Ta Ma 6/2023, mục IV.1); đợt xét được chấm ngày ${formatDateVi(officerDay())}, khi đã không còn cấp huyện (từ ngày 01/07/2025): thidua không xét hình thức này, giấy tờ không đề nghị.`,
    );
  });
});

// Made for the meeting pack's gap (b): rounds.ts decided a district form by the set's period's end, not by the day the
// round is held.
