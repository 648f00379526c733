// The council's papers of the departments' DTI part 6 walk, as an officer's walk found them, from each twin of the
// part: the real cds-so-ban-nganh-hoat-dong-cds.docx (6.1–6.17) and cds-so-ban-nganh-bo-chi-so.xlsx (read as 1.1–1.17)
// imported, Sở Tài chính and Sở Giáo dục và Đào tạo filled by openpyxl («Kỳ báo
// cáo» «Năm 2025»), scored; the council asks Sở GD&ĐT «Giải trình» on its three self-scores the table's words do not
// give (K14, K15, K20); the department resends its report corrected, the flags are gone, the decisions stay under
// «Quyết định không còn cảnh báo» in «Rà soát»; the vote typed with its meeting, the round closed, `thidua papers` run.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORPHANS_TITLE } from '../../core/workbook/plan-review.js';
import { formatDateVi, officerDay } from '../../core/values.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { readSummary, typeDecisions, typeVotes } from '../council/council-meeting.js';
import { yearOfPapersNote } from '../../core/papers/year-of-papers.js';
import { unplaced } from '../helpers/unplaced.js';
import { DEPARTMENTS, FILL, rowsIn, TWINS, type Typed } from '../helpers/cds-departments.js';
import { openXlsx, runOk, tempDir, type Run } from './helpers.js';

const GD = 'Sở Giáo dục và Đào tạo';
const department = (name: string) => DEPARTMENTS.find((d) => d.name === name)!;
/** Sở GD&ĐT's report resent: 6.1, 6.2 and 6.7 at points their words give (8 of 8 + 2, 2,5 of 2,5 + 2,5, 10 of 10 / 0). */
const CORRECTED: Record<string, Typed> = { ...department(GD).rows, '6.1': { G: 'Đáp ứng NĐ 42; chưa IPv6', K: 8 }, '6.2': { K: 2.5 }, '6.7': { K: 10 } };

for (const twin of TWINS) {
  describe(twin.table, () => {
    let dir: string;
    let closed: Run;
    let papers: Run;
    let minutes: string;
    /** The papers of the same reports, Sở Tài chính's «Kỳ báo cáo» retyped «Năm 2024». */
    let differing: Run;
    let differingMinutes: string;
    /** The closing of the same reports met on the day they were scored. */
    let closedSameDay: Run;
    /** The rows of «Quyết định không còn cảnh báo» in «Rà soát»: unit, cell, decision, reviewer, date. */
    let orphans: string[][];
    /** `criteria import`'s output: the criteria it counts. */
    let imported: Run;

    beforeAll(async () => {
      dir = await tempDir();
      const thidua = (...args: string[]) => runOk(args, dir);
      await copyFile(join(CORPUS, twin.table), join(dir, twin.table));
      imported = await thidua('criteria', 'import', twin.table, '--out', 'bo.json');
      await mkdir(join(dir, 'bao-cao'));
      const fill = (name: string, rows: Record<string, Typed>) =>
        execFileSync('/usr/bin/python3', ['-c', FILL, join(dir, `mau-${department(name).file}.xlsx`), join(dir, 'bao-cao', `${department(name).file}.xlsx`), JSON.stringify(rowsIn(rows, twin.part))]);
      for (const name of ['Sở Tài chính', GD]) {
        await thidua('template', '--criteria', 'bo.json', '--unit', name, '--kind', 'Cơ quan', '--out', `mau-${department(name).file}.xlsx`);
        fill(name, department(name).rows);
      }
      const score = () => thidua('score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua');
      await score();
      const summary = join(dir, 'ket-qua', 'tong-hop.xlsx');
      await typeDecisions(summary, (unit) => (unit === GD ? 'Giải trình' : 'Chấp nhận'));
      fill(GD, CORRECTED);
      await score();
      const [review] = await (await openXlsx(summary)).readSheets(['Rà soát']);
      const at = review!.values.findIndex((r) => r[0] === ORPHANS_TITLE);
      orphans = at < 0 ? [] : review!.values.slice(at + 2).filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[8], r[9], r[10]].map(String));
      // The meeting as the walk typed it, 12/01/2026: before any run listed the departments on «Biểu quyết» (today).
      await typeVotes(summary, () => [7, 7, 7], { B3: '12/01/2026' });
      closed = await thidua('close', 'ket-qua', '--by', 'Lò Văn Thành', '--accept-open');
      papers = await thidua('papers', 'ket-qua', '--out', 'ho-so');
      const text = async (folder: string) => (await mammoth.extractRawText({ path: join(dir, folder, 'bien-ban.docx') })).value.replace(/\s+/g, ' ');
      minutes = await text('ho-so');
      // The reports no longer agree on their year: Sở Tài chính's says «Năm 2024».
      execFileSync('/usr/bin/python3', ['-c', FILL, join(dir, 'mau-so-tai-chinh.xlsx'), join(dir, 'bao-cao', 'so-tai-chinh.xlsx'), JSON.stringify(rowsIn(department('Sở Tài chính').rows, twin.part)), 'Năm 2024']);
      await thidua('score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua-2');
      // Met the day it was scored: the normal order, nothing said of the meeting's day.
      await typeVotes(join(dir, 'ket-qua-2', 'tong-hop.xlsx'), () => [7, 7, 7], { B3: formatDateVi(officerDay()) });
      closedSameDay = await thidua('close', 'ket-qua-2', '--by', 'Lò Văn Thành', '--accept-open');
      differing = await thidua('papers', 'ket-qua-2', '--out', 'ho-so-2');
      differingMinutes = await text('ho-so-2');
    }, 600_000);

    describe('the papers of the DTI part 6 walk after a department resent its report', () => {
      it('the minutes count the criteria as the import does, the 17 indicators of the part', () => {
        const items = Number(/\((\d+) tiêu chí, \d+ nhóm/.exec(imported.stdout)![1]);
        expect(items).toBe(17);
        const counted = [...minutes.matchAll(/hoàn thành đầy đủ (\d+)\/(\d+) tiêu chí/g)];
        expect(counted.length).toBeGreaterThan(0);
        for (const m of counted) expect(Number(m[2])).toBe(items);
      });

      it('the minutes record, under their own heading, every decision «Rà soát» keeps on a flag gone since', () => {
        expect(orphans.map((r) => [r[0], r[1], r[2]])).toEqual([
          [GD, 'K14', 'Giải trình'],
          [GD, 'K15', 'Giải trình'],
          [GD, 'K20', 'Giải trình'],
        ]);
        const heading = `Các quyết định về cảnh báo không còn sau khi đơn vị gửi lại báo cáo (${orphans.length} quyết định, không áp vào kết quả chấm điểm):`;
        expect(minutes).toContain(heading);
        const table = minutes.slice(minutes.indexOf(heading));
        for (const [i, [unit, cell, , reviewer, date]] of orphans.entries()) {
          expect(table).toContain(`${i + 1} ${unit} Điểm không phải mức bảng ghi (ô ${cell}) Giải trình (${reviewer}, ${date}) báo cáo đơn vị gửi lại không còn cảnh báo này: không áp vào kết quả`);
        }
        // Not counted among the decisions in force. Those are on the flags the resent report still raises: its self-scores
        // of 6.16 and 6.17 (1.16, 1.17 in the workbook; 3 and 5) beside the 0 that Min-Max gives the lower of the two departments on both.
        expect(minutes).toContain(
          `1. Quyết định của Hội đồng trên các cảnh báo (2 quyết định, ghi gộp thành 1 dòng theo đơn vị, cảnh báo và lý do): STT Đơn vị Số liệu Quyết định Điểm trước → sau 1 Sở Giáo dục và Đào tạo Điểm tự chấm chênh lệch điểm thẩm định: tiêu chí ${twin.part}.16, ${twin.part}.17 (ô K29–K30) Giải trình (`,
        );
      });

      it('the papers print the year both reports state in «Kỳ báo cáo», and say where it came from', async () => {
        expect(minutes).toContain('xét đề nghị khen thưởng phong trào thi đua chuyển đổi số năm 2025');
        expect(minutes).toContain('Hội đồng xem xét kết quả chấm điểm năm 2025 của 02 tập thể');
        expect(papers.stderr).toContain(
          'Lưu ý: Bộ tiêu chí không ghi kỳ của phong trào: giấy tờ ghi «năm 2025» theo «Kỳ báo cáo» của các đơn vị — cả 2 báo cáo: tệp bao-cao/so-tai-chinh.xlsx, trang «Sở Tài chính», ô C8: «Năm 2025»; tệp bao-cao/so-giao-duc.xlsx, trang «Sở Giáo dục và Đào tạo», ô C8: «Năm 2025».',
        );
        expect(papers.stderr).not.toContain('theo ngày chấm điểm');
        // Each «Kỳ báo cáo» the note names is a place of the line, with its file, in the order its words name them: before, words alone.
        const [note] = yearOfPapersNote((await readSummary(join(dir, 'ket-qua'))).rounds.at(-1)!.record);
        expect(note!.places).toEqual([
          { sheet: 'Sở Tài chính', cell: 'C8', file: 'bao-cao/so-tai-chinh.xlsx' },
          { sheet: GD, cell: 'C8', file: 'bao-cao/so-giao-duc.xlsx' },
        ]);
        expect(unplaced([note!])).toEqual([]);
      });

      it('a meeting dated before any run listed its nominees is said as a doubt where the officer closes and writes the papers', () => {
        const today = formatDateVi(officerDay());
        // Sở Tài chính alone is listed: Sở GD&ĐT, the lower of the two on 6.16 and 6.17 (1.16, 1.17), has 0 of their 15
        // points by Min-Max where its self-scores gave 8 — 126,95 of 160, 79,34 %, «Đạt», below the «Tốt» the Giấy khen asks.
        const doubt = `Lưu ý: Tệp ket-qua/tong-hop.xlsx, trang «Biểu quyết», ô B3 («Ngày họp»): cuộc họp biểu quyết ghi ngày 12/01/2026, trước ngày thidua lần đầu ghi vào danh sách biểu quyết 1 trường hợp đã biểu quyết (Sở Tài chính (Giấy khen của Chủ tịch UBND xã): ngày ${today}) — Hội đồng không thể đã biểu quyết về trường hợp chưa có trong danh sách. Giấy tờ ghi ngày họp 12/01/2026 như đã ghi; kiểm tra lại ngày họp (không sớm hơn ${today}), sửa ở ô B3 rồi chốt lại.`;
        expect(closed.stderr).toContain(doubt);
        expect(papers.stderr).toContain(doubt);
        // Closed and written all the same, the date kept as typed.
        expect(minutes).toContain('Thời gian: ngày 12/01/2026.');
        // Met on the day of the scoring: nothing said.
        expect(closedSameDay.stderr).not.toContain('«Ngày họp»');
        expect(differing.stderr).not.toContain('«Ngày họp»');
      });

      it('reports stating different years: the scoring day’s year as before, the difference said', () => {
        const year = officerDay().slice(0, 4);
        expect(differingMinutes).toContain(`Hội đồng xem xét kết quả chấm điểm năm ${year} của 02 tập thể`);
        expect(differing.stderr).toMatch(
          new RegExp(`Lưu ý: Bộ tiêu chí không ghi kỳ của phong trào: giấy tờ ghi «năm ${year}» theo ngày chấm điểm \\(\\d\\d/\\d\\d/${year}\\)\\. Các báo cáo không ghi cùng một năm ở «Kỳ báo cáo»: năm 2024 \\(1 báo cáo: tệp bao-cao/so-tai-chinh\\.xlsx, trang «Sở Tài chính», ô C8: «Năm 2024»\\); năm 2025 \\(1 báo cáo: tệp bao-cao/so-giao-duc\\.xlsx, trang «Sở Giáo dục và Đào tạo», ô C8: «Năm 2025»\\)\\.`),
        );
      });
    });
  });
}

// Made for an engineer's walk of the departments' DTI part 6 through the year, whose minutes left out the council's
// «Giải trình» on Sở GD&ĐT's flags gone after it resent its report corrected; and for the walk of its workbook twin.
