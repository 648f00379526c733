// The minutes never say nothing was left open while a nominee's row on «Biểu quyết» waits for the council's vote: on
// the example commune (every flag accepted, the vote typed with ExcelJS and saved by LibreOffice), Bản Hua Ca gets 4 of
// 9 for the province's Bằng khen; scored again, «Biểu quyết» gives it a row for the commune's Giấy khen it still
// reaches, left blank; closed and written by the command line, the minutes printed by LibreOffice and read back.
// Before, item 2 said «Khi chốt kết quả, không còn nội dung nào chưa được Hội đồng xem xét.» while the same minutes'
// conclusion said Bản Hua Ca was on no list, waiting for the council to vote the Giấy khen or decline it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runInProcess } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from '../council/council-meeting.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';

const BANG_KHEN = 'Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';

describe('a fallback row left blank on «Biểu quyết», in the minutes', () => {
  let minutes: string;
  let ballot: unknown[][];

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const thidua = (...args: string[]) => runInProcess(args, dir);
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, (unit) => [9, 8, unit === 'Bản Hua Ca' ? 4 : 7]);
    await savedByLibreOffice(summary);
    expect((await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq')).code).toBe(0);
    ballot = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', "import openpyxl, sys, json\nws = openpyxl.load_workbook(sys.argv[1])['Biểu quyết']\nprint(json.dumps([list(r[:8]) for r in ws.iter_rows(min_row=8, values_only=True)], default=str))", summary], { encoding: 'utf8' }),
    ) as unknown[][];
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
    expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
    const [pdf] = await sofficeAll([join(dir, 'ho-so', 'bien-ban.docx')], join(dir, 'pdf'), 'pdf');
    minutes = execFileSync('pdftotext', ['-layout', pdf!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }, 300_000);

  it('«Biểu quyết» holds Bản Hua Ca’s Giấy khen row with no counts', () => {
    expect(ballot.filter((r) => r[1] === 'Bản Hua Ca' && r[3] === GIAY_KHEN).map((r) => r.slice(4, 7))).toEqual([[null, null, null]]);
  });

  it('item 2 names it as still open, never «không còn nội dung nào»', () => {
    expect(minutes).not.toContain('không còn nội dung nào chưa được Hội đồng xem xét');
    expect(minutes).toContain(`2. Những nội dung còn mở khi Hội đồng chốt kết quả (1): - Bản Hua Ca: chưa biểu quyết đề nghị ${GIAY_KHEN} (Hội đồng không thông qua đề nghị ${BANG_KHEN});`);
  });
});

// Made for the meeting pack's walk: the minutes' item 2 against «Biểu quyết» and the minutes' own conclusion.
