// The posting list made before the council meets, on the command line: the example commune scored, then
// `thidua papers --posting-list` — refused, naming what to type, while «Biểu quyết» holds no meeting day; made once the
// meeting is typed (day, chair, the place of posting), dated the five working days before the meeting and listing
// every nominee the scoring proposes, with no vote yet and nothing closed. After the vote and the closing, the papers
// carry the very same list (the same document.xml), and the minutes say when and where it was posted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/helpers.js';
import { scoredCommune } from '../council/example-commune.js';
import { readSummary, typeVotes } from '../council/council-meeting.js';

const PLACE = 'Nhà văn hóa xã Ta Ma';
let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const documentXml = async (file: string) => (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string');
const text = async (file: string) => (await mammoth.extractRawText({ path: file })).value;

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
}, 120_000);

describe('thidua papers --posting-list, before the vote', () => {
  it('is refused while no meeting day is typed, saying where to type it', async () => {
    const run = await thidua('papers', 'kq', '--out', 'niem-yet', '--posting-list');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chưa lập danh sách niêm yết: chưa có ngày họp của Hội đồng: ghi «Ngày họp» để tính 5 ngày làm việc niêm yết trước phiên họp (tệp kq/tong-hop.xlsx, trang «Biểu quyết», ô B3), hoặc thêm --posting-from <dd/mm/yyyy>.');
  });

  it('is made from the nominees the scoring proposes, posted the working days before the meeting, and is the list the closed papers carry', async () => {
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    // The meeting typed (Friday 20/11/2026, its chair, where the list is posted); no vote yet.
    await typeVotes(summary, () => undefined, { F4: PLACE });
    const before = await thidua('papers', 'kq', '--out', 'niem-yet', '--posting-list');
    // The meeting's day is behind the run's: the first day of posting, worked back from it, is said to have passed.
    expect(before.stderr).toMatch(/^Lưu ý: Danh sách phải niêm yết từ 13\/11\/2026 \(5 ngày làm việc trước phiên họp ngày 20\/11\/2026\), ngày ấy đã qua \(hôm nay \d\d\/\d\d\/20\d\d\)/);
    // Nominees whose flags the council has not decided: their points are posted as scored, said (an officer's walk: a unit
    // without required evidence posted as having completed the criterion while «Rà soát» said «chờ giải trình»).
    expect(before.stderr).toContain('\nLưu ý: Danh sách ghi điểm như đã chấm, khi Hội đồng chưa quyết định 5 mục của người có tên: Bản Ta Ma — Số liệu là công thức (ô G19); Bản Ta Ma — Số liệu không đọc được (ô G19); Quàng Thị Lan (giáo viên Trường Tiểu học) — Thiếu minh chứng (ô J15);');
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(`Danh sách niêm yết công khai (niêm yết tại ${PLACE} từ 13/11/2026 đến hết 19/11/2026, trước phiên họp ngày 20/11/2026): niem-yet/danh-sach-cong-khai.docx\n`);
    const posted = join(dir, 'niem-yet', 'danh-sach-cong-khai.docx');
    const list = await text(posted);
    expect(list).toContain(`(Niêm yết công khai tại ${PLACE} từ ngày 13/11/2026 đến hết ngày 19/11/2026)`);
    expect(list).toContain('Ta Ma, ngày 13 tháng 11 năm 2026');
    expect(list).toContain('trước phiên họp xét khen thưởng ngày 20/11/2026');
    expect(list).toContain('Lò Văn Thành');
    // Every nominee the scoring proposes, before any vote.
    const record = (await readSummary(join(dir, 'kq'))).record!;
    const nominees = record.units.filter((u) => u.proposals.some((p) => p.proposed || p.eligible));
    expect(nominees.length).toBeGreaterThan(2);
    for (const u of nominees) expect(list, u.unitName).toContain(u.unitName.replace(/\s*\(.*\)$/, ''));
    // Nothing was closed to make it.
    expect((await readSummary(join(dir, 'kq'))).rounds).toEqual([]);

    // The council meets, votes, closes: the papers carry the same list, and the minutes say where and when it was posted.
    await typeVotes(summary, () => [9, 8, 7], { F4: PLACE });
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
    const papers = await thidua('papers', 'kq', '--out', 'ho-so');
    expect(papers.stderr).not.toMatch(/Chưa lập/);
    expect(papers.code).toBe(0);
    expect(await documentXml(join(dir, 'ho-so', 'danh-sach-cong-khai.docx'))).toBe(await documentXml(posted));
    expect(await text(join(dir, 'ho-so', 'bien-ban.docx'))).toContain(`đã được niêm yết công khai tại ${PLACE} từ ngày 13/11/2026 đến hết ngày 19/11/2026`);
  }, 240_000);
});

// Made for issue 57 item 3: the posting list on the command line before the meeting, the same list in the closed papers.
