// «Không đề nghị» typed on a proposed nominee's row of «Biểu quyết» (not a fallback row), on the example commune: every
// nominee voted 9/8/7 by openpyxl but Công an xã Ta Ma, whose row has «Không đề nghị» in «Ghi chú» and no count. Before,
// `thidua close` sealed it as «chưa có kết quả biểu quyết» and `thidua papers` refused to write the papers — the
// council's decision lost. Now it is sealed as declined, said on close and papers, in the minutes' vote and the
// decision, and the unit is on no Giấy khen list. The same row with counts too is a doubt: said, nothing chosen.
import { execFileSync, execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClosedRound } from '../../core/run/closing.js';
import { nomineeForms } from '../../core/papers/proposed.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary } from './council-meeting.js';
import { copiedForTest, scoredCommune } from './example-commune.js';

const run = promisify(execFile);
const POLICE = 'Công an xã Ta Ma';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const DECLINED = `${POLICE} được đề nghị ${GIAY_KHEN}, Hội đồng ghi không đề nghị: không có trong danh sách ${GIAY_KHEN} theo quyết định của Hội đồng.`;

/** Every nominee 9/8/7 but Công an xã's row: «Không đề nghị» in «Ghi chú», and the counts in argv[2] (none when '[]'). */
const TYPE = `
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Biểu quyết']
ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
for r in range(8, ws.max_row + 1):
    if not ws.cell(r, 4).value or not ws.cell(r, 2).value: continue
    if ws.cell(r, 2).value == sys.argv[3]:
        ws.cell(r, 9).value = 'Không đề nghị'
        for c, v in zip((5, 6, 7), json.loads(sys.argv[2])): ws.cell(r, c).value = v
        print(r)
        continue
    for c, v in zip((5, 6, 7), (9, 8, 7)): ws.cell(r, c).value = v
wb.save(sys.argv[1])
`;

describe('«Không đề nghị» on a proposed nominee’s row', () => {
  let declined: { close: Run; papers: Run; closed: ClosedRound; minutes: string; decision: string };
  let both: { close: Run; row: number };

  beforeAll(async () => {
    const { dir } = await scoredCommune();
    const other = await copiedForTest(dir);
    execFileSync('/usr/bin/python3', ['-c', TYPE, join(dir, 'kq', 'tong-hop.xlsx'), '[]', POLICE]);
    const close = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    const papers = await runInProcess(['papers', 'kq', '--out', 'ho-so'], dir);
    const closed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    const text: string[] = [];
    if (papers.code === 0) {
      await sofficeAll(['bien-ban', 'du-thao-quyet-dinh'].map((n) => join(dir, 'ho-so', `${n}.docx`)), join(dir, 'ho-so'), 'pdf');
      for (const n of ['bien-ban', 'du-thao-quyet-dinh']) {
        await run('pdftotext', ['-raw', join(dir, 'ho-so', `${n}.pdf`), join(dir, 'ho-so', `${n}.txt`)]);
        text.push((await readFile(join(dir, 'ho-so', `${n}.txt`), 'utf8')).replace(/\s+/g, ' '));
      }
    }
    declined = { close, papers, closed, minutes: text[0] ?? '', decision: text[1] ?? '' };
    const row = Number(execFileSync('/usr/bin/python3', ['-c', TYPE, join(other, 'kq', 'tong-hop.xlsx'), '[9, 8, 7]', POLICE], { encoding: 'utf8' }).trim());
    both = { close: await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], other), row };
  }, 300_000);

  it('is sealed as the council’s decision, not «chưa biểu quyết»; the papers are written, the unit on no Giấy khen list', () => {
    expect(declined.close.code).toBe(0);
    expect(declined.closed.votes?.declined).toEqual([{ sheet: POLICE, unitName: POLICE, form: GIAY_KHEN }]);
    expect(declined.closed.open?.unvoted ?? []).toEqual([]);
    expect(declined.close.stdout + declined.close.stderr).not.toContain('chưa có kết quả biểu quyết');
    expect(declined.papers.code).toBe(0);
    expect(nomineeForms(declined.closed, 'passed').find((f) => f.label === GIAY_KHEN)?.collectives.map((u) => u.unitName)).not.toContain(POLICE);
  });

  it('is said where the officer closes and writes the papers, in the minutes’ vote and in the decision', () => {
    expect(declined.close.stderr).toContain(`Lưu ý: ${DECLINED}`);
    expect(declined.papers.stderr).toContain(`Lưu ý: ${DECLINED}`);
    expect(declined.minutes).toMatch(new RegExp(`${POLICE} Xếp loại [^]*?Hội đồng ghi không đề nghị`));
    expect(declined.minutes).not.toContain('Chưa biểu quyết');
    expect(declined.minutes).toContain(`- ${DECLINED}`);
    expect(declined.decision).toContain(DECLINED);
  });

  it('with counts typed too: a doubt naming the row’s cells, nothing chosen, not closed', () => {
    expect(both.close.code).not.toBe(0);
    const r = both.row;
    expect(both.close.stderr).toContain(
      `Trang «Biểu quyết», ô E${r}, F${r}, G${r}, I${r}: ${POLICE} (${GIAY_KHEN}): ghi cả số biểu quyết (tổng số thành viên 9, số có mặt 8, số đồng ý 7) và «Không đề nghị» ở «Ghi chú» (ô I${r}) — thidua không chọn bên nào`,
    );
  });
});

// Made for: the council's «Không đề nghị» typed on Công an xã Ta Ma's Giấy khen row, read as «chưa biểu quyết».
