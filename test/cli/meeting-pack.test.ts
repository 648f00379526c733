// The meeting pack on Hải Phòng's form for a ward's civil servants (Decision 212/2025/QĐ-UBND, Phụ lục 03, from the
// real-table corpus), through the command line as the officer runs it: the set with the rules' bands, «Hoàn thành
// xuất sắc nhiệm vụ» asking 100 % of tasks done beyond 90 points («Điều kiện khác»), and the discipline row whose
// sanction caps a person at «Không hoàn thành nhiệm vụ»; five people's reports scored, the vote typed, the round closed
// and the papers written. The ranking puts the band first — the disciplined person's 85 points under a 70-point
// «Hoàn thành nhiệm vụ» — and says why, on screen and in «Tổng hợp»; the minutes, the proposal and the posted list name
// who was graded into the conditioned band by points and leave the condition to the council.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { typeVotes } from '../council/council-meeting.js';
import { openXlsx, runOk, tempDir, type Run } from './helpers.js';
import { linesAbove } from '../helpers/lines-above.js';
import { fullMarks } from '../helpers/full-marks.js';

const CONDITION = 'Hoàn thành 100% nhiệm vụ được giao';
const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';
/** Each person's self-scores where not full: Nam disciplined once (KL), 85 points and capped; Thu 70 points. */
const PEOPLE: [string, string, Record<string, number>][] = [
  ['Nguyễn Thị Hương', 'huong', {}],
  ['Vũ Thị Mai', 'mai', { 'II.2': 22 }],
  ['Lê Quang Huy', 'huy', { 'II.2': 16 }],
  ['Đỗ Văn Nam', 'nam', { 'II.2': 16, KL: 1 }],
  ['Hoàng Thị Thu', 'thu', { 'II.1': 10, 'II.2': 15 }],
];
const NAM_WHY = 'không xếp loại từ Hoàn thành nhiệm vụ trở lên vì bị trừ điểm mục KL, chế tài của bảng';

let dir: string;
let run: Run;
const text = async (name: string) => (await mammoth.extractRawText({ path: join(dir, name) })).value.replace(/\s+/g, ' ');

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  const { set } = await haiPhongCivilServantSet();
  const withCondition = { ...set, classification: set.classification.map((b) => (b.id === 'htxs' ? { ...b, condition: CONDITION } : b)) };
  await writeFile(join(dir, 'bo.json'), JSON.stringify(withCondition, null, 2));
  // Through the criteria sheet, as the officer keeps the set: the condition in «Điều kiện khác».
  await thidua('criteria', 'export', 'bo.json', '--out', 'bo-tieu-chi.xlsx');
  const full = fullMarks(set);
  await mkdir(join(dir, 'bao-cao'));
  for (const [name, slug, typed] of PEOPLE) {
    const template = join(dir, `mau-${slug}.xlsx`);
    await thidua('template', '--criteria', 'bo-tieu-chi.xlsx', '--unit', name, '--kind', 'Cá nhân', '--out', template);
    await typeInTemplate(template, join(dir, 'bao-cao', `${slug}.xlsx`), 'Điểm tự chấm', { ...full, ...typed });
  }
  run = await thidua('score', 'bao-cao', '--criteria', 'bo-tieu-chi.xlsx', '--out', 'ket-qua');
  // The posted list, before the meeting, from the run as scored.
  await thidua('papers', 'ket-qua', '--out', 'niem-yet', '--posting-list', '--posting-from', '20/11/2026');
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), () => [7, 7, 7]);
  await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn Thành', '--accept-open');
  await thidua('papers', 'ket-qua', '--out', 'ho-so');
}, 600_000);

describe('the ranking with a sanction cap', () => {
  it('puts the band first on screen: Nam’s 85 points under Thu’s 70, and says why beside his band', () => {
    const ranked = run.stdout.split('\n').filter((l) => /^\s+\d+\. /.test(l)).map((l) => l.trim());
    expect(ranked.map((l) => /^\d+\. ([^:]+):/.exec(l)![1])).toEqual(['Nguyễn Thị Hương', 'Vũ Thị Mai', 'Lê Quang Huy', 'Hoàng Thị Thu', 'Đỗ Văn Nam']);
    expect(ranked[4]).toContain(
      `5. Đỗ Văn Nam: 85 điểm (86/100 điểm chuẩn, trừ 1 điểm) — Không hoàn thành nhiệm vụ (${NAM_WHY}), xếp sau Hoàng Thị Thu dù tỷ lệ điểm cao hơn (xếp hạng theo xếp loại trước, điểm sau)`,
    );
    expect(ranked[3]).toMatch(/^4\. Hoàng Thị Thu: 70\/100 điểm \(70%\) — Hoàn thành nhiệm vụ/);
  });

  it('shows the same order in tong-hop.xlsx’s «Tổng hợp», with why above it, and proposes Nam for nothing', async () => {
    const [summary, proposals] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Tổng hợp', 'Đề xuất khen thưởng']);
    const rows = summary!.values.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1], r[3], r[6]]);
    expect(rows).toEqual([
      [1, 'Nguyễn Thị Hương', 100, HTXS],
      [2, 'Vũ Thị Mai', 92, HTXS],
      [3, 'Lê Quang Huy', 86, 'Hoàn thành tốt nhiệm vụ'],
      [4, 'Hoàng Thị Thu', 70, 'Hoàn thành nhiệm vụ'],
      [5, 'Đỗ Văn Nam', 85, 'Không hoàn thành nhiệm vụ'],
    ]);
    expect(linesAbove(summary!.values, 'STT')).toContain(`Xếp loại theo chế tài của bảng: Đỗ Văn Nam: Không hoàn thành nhiệm vụ (${NAM_WHY}), xếp sau Hoàng Thị Thu dù tỷ lệ điểm cao hơn (xếp hạng theo xếp loại trước, điểm sau).`);
    const nam = proposals!.values.filter((r) => r.includes('Đỗ Văn Nam'));
    expect(nam.length).toBeGreaterThan(0);
    for (const row of nam) expect(row).toContain('Không');
  });
});

describe('a band with a condition beyond points in the papers', () => {
  it('the run says it, naming who was graded into it', () => {
    expect(run.stderr.replace(/\s+/g, ' ')).toContain(`Xếp loại «${HTXS}» còn điều kiện ngoài điểm «${CONDITION}»: thidua xếp theo điểm, Hội đồng xét điều kiện ấy trước khi công nhận (2 đơn vị: Nguyễn Thị Hương, Vũ Thị Mai)`);
  });

  it('the minutes give the council a line per nominee graded into it by points, before the vote, and number the vote after it', async () => {
    const minutes = await text('ho-so/bien-ban.docx');
    const part = minutes.slice(minutes.indexOf('3. Điều kiện xếp loại ngoài điểm'), minutes.indexOf('4. Kết quả biểu quyết'));
    expect(part).toContain(`3. Điều kiện xếp loại ngoài điểm: kết quả chấm điểm xếp loại theo điểm; Hội đồng xem xét điều kiện còn lại của từng trường hợp được đề nghị:`);
    expect(part).toContain(`- 2 trường hợp xếp loại «${HTXS}» theo điểm; xếp loại «${HTXS}» còn yêu cầu «${CONDITION}»:`);
    expect(part).toContain(`Hội đồng xem xét điều kiện «${CONDITION}» (đạt / không đạt)`);
    // Each nominee of the band with its points and a blank the council fills; the others not listed there.
    expect(part).toMatch(/1 Nguyễn Thị Hương 100\/100 …+ 2 Vũ Thị Mai 92\/100 …+/);
    expect(part).not.toContain('Lê Quang Huy');
    // Never thidua's word that the condition is met.
    expect(minutes).not.toMatch(/đã hoàn thành 100%|đạt điều kiện/);
  });

  it('the proposal names them and points to the minutes for the council’s finding', async () => {
    expect(await text('ho-so/to-trinh.docx')).toContain(
      `Xếp loại «${HTXS}» của Nguyễn Thị Hương, Vũ Thị Mai là xếp loại theo điểm; xếp loại «${HTXS}» còn yêu cầu «${CONDITION}»: kết quả Hội đồng xem xét điều kiện này đối với từng trường hợp ghi tại biên bản họp Hội đồng kèm theo.`,
    );
  });

  it('the posted list, before the meeting and in the closed round’s papers, says the band stands by points until the meeting', async () => {
    const note = `Ghi chú: xếp loại «${HTXS}» của Nguyễn Thị Hương, Vũ Thị Mai ghi theo điểm; xếp loại «${HTXS}» còn yêu cầu «${CONDITION}», Hội đồng Thi đua - Khen thưởng xem xét điều kiện này tại phiên họp trước khi công nhận.`;
    expect(await text('niem-yet/danh-sach-cong-khai.docx')).toContain(note);
    expect(await text('ho-so/danh-sach-cong-khai.docx')).toContain(note);
  });

  it('the draft decision, whose list states the band, has it checked against the minutes before it is signed', async () => {
    const decision = await text('ho-so/du-thao-quyet-dinh.docx');
    const check = decision.slice(decision.indexOf('THÔNG TIN KIỂM TRA DANH SÁCH'));
    expect(check).toContain(
      `Xếp loại «${HTXS}» của Nguyễn Thị Hương, Vũ Thị Mai là xếp loại theo điểm; xếp loại «${HTXS}» còn yêu cầu «${CONDITION}»: kết quả Hội đồng xem xét điều kiện này đối với từng trường hợp ghi tại biên bản họp Hội đồng; trước khi trình ký, đối chiếu danh sách kèm theo với kết quả này: trường hợp Hội đồng ghi «không đạt» không được ghi xếp loại «${HTXS}».`,
    );
  });

  it('each achievement report says its own band is by points and where the council’s finding is; a report of a band with no condition says none', async () => {
    for (const [file, name] of [['bao-cao-thanh-tich-01-nguyen-thi-huong.docx', 'Nguyễn Thị Hương'], ['bao-cao-thanh-tich-02-vu-thi-mai.docx', 'Vũ Thị Mai']]) {
      const report = await text(`ho-so/${file}`);
      expect(report).toContain(`xếp loại ${HTXS}, hạng`);
      expect(report).toContain(`Xếp loại «${HTXS}» của ${name} là xếp loại theo điểm; xếp loại «${HTXS}» còn yêu cầu «${CONDITION}»: kết quả Hội đồng xem xét điều kiện này ghi tại biên bản họp Hội đồng Thi đua - Khen thưởng.`);
    }
    expect(await text('ho-so/bao-cao-thanh-tich-03-le-quang-huy.docx')).not.toContain('còn yêu cầu');
  });
});

describe('a posting dated by the officer that is not over before the meeting on 20/11/2026', () => {
  const LATE = 'Lưu ý: Danh sách niêm yết từ 20/11/2026 đến hết 26/11/2026, chưa hết thời gian niêm yết trước phiên họp ngày 20/11/2026: danh sách ghi ý kiến gửi về trước phiên họp, biên bản ghi danh sách đã niêm yết đến hết 26/11/2026, sau ngày họp. Niêm yết xong trước ngày họp: ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>; hoặc sửa ngày họp.';
  it('is said with the closed round’s papers and with the posting list alone; the days worked back from the meeting say nothing', async () => {
    const papers = await runOk(['papers', 'ket-qua', '--out', 'ho-so-muon', '--posting-from', '20/11/2026'], dir);
    expect(papers.stderr).toContain(LATE);
    expect((await text('ho-so-muon/bien-ban.docx'))).toContain('từ ngày 20/11/2026 đến hết ngày 26/11/2026');
    const list = await runOk(['papers', 'ket-qua', '--out', 'niem-yet-muon', '--posting-list', '--posting-from', '20/11/2026'], dir);
    expect(list.stderr).toContain(LATE);
    expect((await runOk(['papers', 'ket-qua', '--out', 'ho-so-dung'], dir)).stderr).not.toContain('chưa hết thời gian niêm yết');
  });
});

// Made for: an officer's walk of Hải Phòng's civil servants — the disciplined person's 85 points ranked above a
// «Hoàn thành nhiệm vụ» at 70, and the minutes silent on what «Hoàn thành xuất sắc nhiệm vụ» asks beyond points.
