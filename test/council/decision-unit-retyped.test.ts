// A decision typed on «Rà soát» on a flag's row whose unit the council retyped («Hội LHPN xã Ta Ma» for «Hội Liên hiệp
// Phụ nữ xã Ta Ma»), the sheet, cell and flag left as thidua wrote them: the example commune scored, every flag
// accepted but that one, «Bác số liệu», saved by LibreOffice and scored again by the command line (in-process). The decision
// names no unit of the run, so it is not applied and is kept — and the run says why: the flag still stands under the
// sheet's own name, not «lần chấm này không còn cảnh báo ấy»; the line that counts the decisions kept and the row's
// «Nội dung» in «Quyết định không còn cảnh báo» say the same, not «không còn cảnh báo» / «(cảnh báo không còn)».
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary, typeDecisions, typeVotes } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const UNIT = 'Hội Liên hiệp Phụ nữ xã Ta Ma';
const FLAG = 'Điểm tự chấm chênh lệch điểm thẩm định';

/** Why it is not applied, in the run's words and the minutes'. */
const WHY = `tên đơn vị «Hội LHPN xã Ta Ma» ghi ở «Rà soát» khác tên «${UNIT}» của trang ấy, nên không áp cho cảnh báo ấy (cảnh báo vẫn còn, tính là chưa quyết định)`;

/**
 * The example commune scored, every flag accepted but that one, «Bác số liệu», its unit retyped on «Rà soát»; `more`
 * done to tong-hop.xlsx before LibreOffice saves it; then scored again. The folder, the summary and that run.
 */
async function retyped(more: (summary: string) => Promise<void> = async () => {}): Promise<{ dir: string; summary: string; scored: Run }> {
  const { dir } = await scoredCommune();
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  await typeDecisions(summary, (unit, flag) => (unit === UNIT && flag === FLAG ? 'Bác số liệu' : 'Chấp nhận'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  wb.getWorksheet('Rà soát')!.eachRow((r) => {
    if (r.getCell(3).value === UNIT && r.getCell(5).value === FLAG) r.getCell(2).value = 'Hội LHPN xã Ta Ma';
  });
  await wb.xlsx.writeFile(summary);
  await more(summary);
  await savedByLibreOffice(summary);
  return { dir, summary, scored: await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir) };
}

describe('a decision on a «Rà soát» row whose unit was retyped', () => {
  let scored: Run;
  let summary: string;

  beforeAll(async () => {
    ({ summary, scored } = await retyped());
  }, 240_000);

  it('says the flag still stands under the sheet’s own name, the decision kept, not applied', () => {
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(
      `  - Trang «${UNIT}», ô K21 (Hội LHPN xã Ta Ma): quyết định «Bác số liệu», Lò Văn Thành, 20/11/2026 về cảnh báo «${FLAG}» — tên đơn vị «Hội LHPN xã Ta Ma» ghi ở «Rà soát» khác tên «${UNIT}» của trang ấy, nên không áp cho cảnh báo ấy (cảnh báo vẫn còn, tính là chưa quyết định) — ghi lại đúng tên đơn vị ở dòng của cảnh báo nếu quyết định là của nó; vẫn giữ ở bảng «Quyết định không còn cảnh báo» cuối trang «Rà soát».`,
    );
    expect(scored.stderr).not.toContain('ô K21 (Hội LHPN xã Ta Ma): quyết định «Bác số liệu», Lò Văn Thành, 20/11/2026 về cảnh báo «Điểm tự chấm chênh lệch điểm thẩm định» — lần chấm này không còn cảnh báo ấy');
  });

  it('counts it as a retyped unit name, not a flag gone, on the line and in the row kept under «Rà soát»', async () => {
    expect(scored.stderr).toMatch(/Đã áp dụng \d+ quyết định của Hội đồng; 1 quyết định ghi tên đơn vị khác tên của trang \(cảnh báo vẫn còn, tính là chưa quyết định\), vẫn giữ trong «Rà soát»:\n/);
    expect(scored.stderr).not.toContain('quyết định không còn cảnh báo, vẫn giữ');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const kept: unknown[] = [];
    wb.getWorksheet('Rà soát')!.eachRow((r) => {
      if (r.getCell(2).value === 'Hội LHPN xã Ta Ma') kept.push(r.getCell(7).value);
    });
    expect(kept).toEqual([`(tên đơn vị khác tên «${UNIT}» của trang: cảnh báo vẫn còn, chưa quyết định)`]);
  });
});

describe('closing a round with a decision whose unit name was retyped', () => {
  let closing: Run;
  let papers: Run;
  let folder: string;
  let minutes: string;

  beforeAll(async () => {
    // The vote typed too (every nominee 9/8/7), the round closed with the flag still open, the papers written.
    const { dir, scored } = await retyped((summary) => typeVotes(summary, () => [9, 8, 7]));
    if (scored.code !== 0) throw new Error(scored.stderr);
    folder = dir;
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    papers = await runInProcess(['papers', 'kq', '--out', 'ho-so'], dir);
    minutes = (await mammoth.extractRawText({ path: join(dir, 'ho-so', 'bien-ban.docx') })).value.replace(/\s+/g, ' ');
  }, 300_000);

  it('the round keeps it as a name retyped on a flag still standing, never as a unit not in the run', async () => {
    expect(closing.code, closing.stderr).toBe(0);
    const round = (await readSummary(join(folder, 'kq'))).rounds.at(-1)!;
    expect(round.decisionsGone?.map((d) => [d.unitName, d.gone, d.named])).toEqual([['Hội LHPN xã Ta Ma', 'name', UNIT]]);
  });

  it('the minutes print it under its own heading in the run’s words, not as a flag gone or a unit not in the round', () => {
    expect(papers.code, papers.stderr).toBe(0);
    expect(minutes).toContain('Các quyết định ghi tên đơn vị khác tên của trang (1 quyết định, không áp vào kết quả chấm điểm; cảnh báo vẫn còn, tính là chưa quyết định):');
    expect(minutes).toContain(`${WHY}: không áp vào kết quả`);
    expect(minutes).not.toContain('đơn vị không có trong kết quả đã chốt');
    expect(minutes).not.toContain('Các quyết định về cảnh báo không còn sau khi đơn vị gửi lại báo cáo');
  });
});
