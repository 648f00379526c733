// `thidua watch` over a folder of HAR files («Save all as HAR» each morning) built from Phú Thọ's saved responses:
// each file's own request time makes its data day, the digest is the extension's, the brief is written as .xlsx,
// .html and .pdf (through LibreOffice), --json carries the same digest, and the command is in `thidua --help`.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { capturedAtOf, harOf, STORY, storyCaptures, UNITS } from '../watch/real-days.js';
import { unreadPeriodDays } from '../watch/unread-period-days.js';
import { seasonAsked } from '../watch/season-days.js';
import { harOfAsked } from '../watch/six-lists-days.js';
import { openXlsx, runChild, runInProcess, tempDir, type Run } from './helpers.js';

let dir: string;
let run: Run;

beforeAll(async () => {
  dir = await tempDir();
  const folder = join(dir, 'lan-chup');
  for (const [i, plan] of STORY.entries()) {
    // One folder a month, as an officer files them; the file's own time is left to say nothing (the HAR's does).
    await mkdir(join(folder, plan.day.slice(0, 7)), { recursive: true });
    const file = join(folder, plan.day.slice(0, 7), `dichvucong-${plan.day}.har`);
    await writeFile(file, JSON.stringify(harOf(plan, i === STORY.length - 1)));
    await utimes(file, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'));
  }
  await writeFile(join(folder, 'ghi-chu.json'), '{"ghi chú": "không phải lần chụp"}');
  // A link to a capture of the folder (read once), and one leading out of it (named, not read).
  await symlink(join(folder, '2026-09', 'dichvucong-2026-09-20.har'), join(folder, 'moi-nhat.har'));
  await writeFile(join(dir, 'ngoai.har'), JSON.stringify(harOf(STORY[0]!, false)));
  await symlink(join(dir, 'ngoai.har'), join(folder, 'ngoai.har'));
  run = await runInProcess(['watch', 'lan-chup', '--unit', 'Xã Đoan Hùng', '--out', 'bao-cao.xlsx'], dir);
}, 120_000);

describe('thidua watch', () => {
  it('prints the digest the extension shows, each capture on its own data day', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(digestText(digestOf(storyCaptures(), { own: 'Xã Đoan Hùng' })!));
    expect(run.stdout).toContain('Ngày không có lần chụp (để trống, không tính): 16/9/2026.');
  });

  it('says a file that is no capture once, a link leading out of the folder by its name, and the portal’s notes once per kind', () => {
    expect(run.stderr).toContain('Bỏ qua lan-chup/ghi-chu.json:');
    expect(run.stderr).toMatch(/Bỏ qua lan-chup\/ngoai\.har: là liên kết trỏ ra ngoài thư mục lần chụp \(tới .*ngoai\.har\), không đọc\./);
    expect(run.stderr).not.toContain('moi-nhat.har');
    expect(run.stderr.match(/Cảnh báo:/g)?.length ?? 0).toBeLessThan(5);
    // A note of a capture itself names its files: which days the page had not loaded every list.
    expect(run.stderr).toMatch(/lần chụp này chưa đủ \(7 lần\): tệp lan-chup\/2026-09\/dichvucong-2026-09-13\.har; /);
  });

  it('writes the one-page brief as a workbook, its own unit first', async () => {
    const wb = await openXlsx(join(dir, 'bao-cao.xlsx'));
    const sheet = wb.workbook.getWorksheet('Báo cáo nhanh')!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts[0]).toBe('BÁO CÁO NHANH CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766) — UBND TỈNH PHÚ THỌ');
    expect(texts.find((t) => t.startsWith('Đơn vị của tôi:'))).toMatch(/^Đơn vị của tôi: UBND xã Đoan Hùng \(thứ 121\/148\): Tiến độ giải quyết 15,91\/20/);
    expect(sheet.pageSetup.fitToHeight).toBe(1);
  });

  it('writes it as a page to print and as a PDF of one A4 page, and leaves an existing file alone', async () => {
    const html = await runInProcess(['watch', 'lan-chup', '--unit', 'Xã Bình Phú', '--out', 'bao-cao.html'], dir);
    expect(html.code, html.stderr).toBe(0);
    const page = await readFile(join(dir, 'bao-cao.html'), 'utf8');
    expect(page).toContain('<h2>3. Danh sách đỏ (dưới 50 % điểm tối đa)</h2>');
    expect(page).toContain('34/281 hồ sơ quá hạn');
    expect(page).not.toMatch(/<script/);
    const again = await runInProcess(['watch', 'lan-chup', '--out', 'bao-cao.html'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có; thêm --force để ghi đè');

    const pdf = await runInProcess(['watch', 'lan-chup', '--unit', 'Xã Bình Phú', '--out', 'bao-cao.pdf'], dir);
    expect(pdf.code, pdf.stderr).toBe(0);
    const { stdout: info } = await promisify(execFile)('pdfinfo', [join(dir, 'bao-cao.pdf')]);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const { stdout: text } = await promisify(execFile)('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-']);
    expect(text).toContain('4. Điều kéo điểm xuống');
    expect(text).toContain('UBND xã Bình Phú');
  }, 180_000);

  it('gives machines the same digest as JSON, rounded as the portal rounds, with thresholds from the command line', async () => {
    const json = await runInProcess(['watch', 'lan-chup', '--json', '--day-drop', '0,1'], dir);
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { format: string; digest: { day: string; thresholds: { dayDrop: number }; levels: { units: { name: string; sincePrevious?: { change?: number; notComparable?: string } }[] }[] } };
    expect([doc.format, doc.digest.day, doc.digest.thresholds.dayDrop]).toEqual(['thidua-watch', '2026-09-20', 0.1]);
    const units = doc.digest.levels.flatMap((l) => l.units);
    expect(units.find((u) => u.name === UNITS.phuTho.name)!.sincePrevious).toEqual({ day: '2026-09-19', notComparable: 'absent' });
    expect(units.find((u) => u.name === UNITS.noiVu.name)!.sincePrevious!.change).toBe(-0.8);
    // 18,09 − 16,89 is 1.1999999999999993 in floating point; the portal's two decimals say 1,2.
    expect(units.find((u) => u.name === UNITS.xuanLung.name)!.sincePrevious!.change).toBe(1.2);
    expect(json.stdout).not.toMatch(/[:\[,]\s*-?\d+\.\d{5,}/);
    const dot = await runInProcess(['watch', 'lan-chup', '--json', '--day-drop', '0.5'], dir);
    expect((JSON.parse(dot.stdout) as typeof doc).digest.thresholds.dayDrop).toBe(0.5);
    const unread = await runInProcess(['watch', 'lan-chup', '--day-drop', 'nửa'], dir);
    expect([unread.code, unread.stderr.split('\n')[0]]).toEqual([2, '--day-drop: không đọc được «nửa» là một số (viết như 0,5 hoặc 0.5).']);
    const bad = await runInProcess(['watch', 'lan-chup', '--red', '80', '--yellow', '60'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ngưỡng vàng phải từ ngưỡng đỏ trở lên');
  });

  it('reckons a capture at 00:30 in Vietnam by Vietnam’s clock whatever the machine’s time zone: the data day, its time and its date alike', async () => {
    // 19/9's figures captured at 00:30 on 21/9 in Vietnam (17:30 UTC on 20/9), before the portal's 02:00 refresh: still
    // 19/9's data, after 18/9's captured at 04:10 on 19/9; an officer's machine set to UTC or to California.
    await mkdir(join(dir, 'nua-dem'), { recursive: true });
    await writeFile(join(dir, 'nua-dem', 'sang.har'), JSON.stringify(harOf(STORY.at(-3)!, false)));
    const late = JSON.stringify(harOf(STORY.at(-2)!, false)).replaceAll(`"startedDateTime":"${capturedAtOf(STORY.at(-2)!.day)}"`, '"startedDateTime":"2026-09-20T17:30:00.000Z"');
    await writeFile(join(dir, 'nua-dem', 'nua-dem.har'), late);
    const said = await Promise.all(['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles'].map(async (TZ) => {
      const run = await runChild(['watch', 'nua-dem', '--json'], dir, { TZ });
      expect(run.code, run.stderr).toBe(0);
      const doc = JSON.parse(run.stdout) as { text: string; digest: { day: string; previous: { day: string } } };
      return [doc.digest.day, doc.digest.previous.day, doc.text.split('\n')[1]];
    }));
    expect(said).toEqual(Array(3).fill(['2026-09-19', '2026-09-18', 'Tháng 8/2026 · số liệu ngày 19/9/2026 (chụp lúc 00:30 ngày 21/9/2026)']));
  });

  it('compares responses saved without their request (period not read) only within a month of data days, each month chosen by --period as the digest names it: a month’s first capture is not said to fall from the month before (before, --period «Kỳ không rõ (ngày số liệu tháng 10/2026)»: «Không có lần chụp nào của kỳ …» and no period listed; 31/10 → 1/11 read «giảm 1,28 so với hôm trước; vì hồ sơ giải quyết đúng hạn giảm 342 (353 → 11)», 138 communes risen, and no period in the heading)', async () => {
    const days = unreadPeriodDays();
    for (const [day, text, at] of days) {
      const file = join(dir, 'khong-ky', day, 'dvc-progress-tree.json');
      await mkdir(join(dir, 'khong-ky', day), { recursive: true });
      await writeFile(file, text);
      await utimes(file, new Date(at), new Date(at));
    }
    const json = await runInProcess(['watch', 'khong-ky', '--json', '--out', 'khong-ky.xlsx'], dir);
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { text: string; digest: { day: string; period: string; previous?: unknown; levels: { units: { sincePrevious?: unknown }[] }[] } };
    expect([doc.digest.day, doc.digest.period, doc.digest.previous ?? 'none']).toEqual(['2026-11-01', 'Kỳ không rõ (ngày số liệu tháng 11/2026)', 'none']);
    expect(doc.text.split('\n')[1]).toBe('Kỳ không rõ (ngày số liệu tháng 11/2026) · số liệu ngày 1/11/2026 (chụp lúc 04:30 ngày 2/11/2026)');
    const notCompared = 'Chưa so sánh với lần chụp trước (31/10/2026): số liệu không ghi kỳ (phản hồi lưu không kèm yêu cầu) và lần chụp đó ở tháng khác — có thể đã sang tháng, quý hay năm mới, số liệu tính lại từ đầu: không so sánh qua tháng.';
    expect(doc.text).toContain(notCompared);
    expect(doc.text).not.toMatch(/so với hôm trước|giảm từ 0,5 điểm \d|Tăng từ 0,5 điểm/);
    expect(doc.text).toContain('trong 7 ngày qua cũng có lần chụp tháng khác hay kỳ khác (không so sánh): Kỳ không rõ (ngày số liệu tháng 10/2026).');
    const sheet = (await openXlsx(join(dir, 'khong-ky.xlsx'))).workbook.getWorksheet('Báo cáo nhanh')!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
    expect(cells.some((t) => t.startsWith('Kỳ không rõ (ngày số liệu tháng 11/2026) · số liệu ngày 1/11/2026'))).toBe(true);
    // The sheet wraps a long note over rows: read as one text.
    expect(cells.join(' ').replace(/\s+/g, ' ')).toContain(notCompared);
    // Its red list's «So với hôm trước» says the capture before as its notes do, not «không có lần chụp».
    expect(cells).toContain('tháng khác (lần chụp 31/10/2026)');
    expect(cells).not.toContain('không có lần chụp');

    // Chosen by the name the digest gives it, as typed by the officer; a name no capture has answered with those there are.
    const chosen = JSON.parse((await runInProcess(['watch', 'khong-ky', '--json', '--period', 'kỳ không rõ (ngày số liệu tháng 10/2026)'], dir)).stdout) as { digest: { day: string; period: string; previous?: { day: string } } };
    expect([chosen.digest.day, chosen.digest.period, chosen.digest.previous?.day]).toEqual(['2026-10-31', 'Kỳ không rõ (ngày số liệu tháng 10/2026)', '2026-10-30']);
    const none = await runInProcess(['watch', 'khong-ky', '--period', 'Tháng 10/2026'], dir);
    expect([none.code, none.stderr.trim().split('\n').at(-1)]).toEqual([1, 'Không có lần chụp nào của kỳ «Tháng 10/2026» trong khong-ky. Các kỳ có lần chụp (gõ đúng một tên sau --period): «Kỳ không rõ (ngày số liệu tháng 10/2026)», «Kỳ không rõ (ngày số liệu tháng 11/2026)».']);

    // Within a month of data days they are compared, as the captures of any one period are: 31/10 with 30/10.
    await rm(join(dir, 'khong-ky', '2026-11-01'), { recursive: true });
    const october = JSON.parse((await runInProcess(['watch', 'khong-ky', '--json'], dir)).stdout) as { text: string; digest: { previous?: { day: string } } };
    expect(october.digest.previous?.day).toBe('2026-10-30');
    expect(october.text).toMatch(/• Sở Nội vụ [^\n]*giảm [\d,]+ so với hôm trước/);
  });

  it('says a «Tháng 11/2026» capture of 1/11 whose data day is 31/10 (the portal not yet turned over) as such, never November’s first day: 1/11 is not compared with it (before: heading «Tháng 11/2026 · số liệu ngày 31/10/2026» and nothing said; on 1/11 «so với hôm trước» against it)', async () => {
    // Phú Thọ's season: 30/10 with October's request, then the officer picks November on 1/11 at 04:10 (data day 31/10)
    // and on 2/11 (data day 1/11).
    const folder = join(dir, 'sang-thang');
    await mkdir(folder, { recursive: true });
    const days: [string, string][] = [['2026-10-30', '2026-10-30'], ['2026-10-31', '2026-11-01'], ['2026-11-01', '2026-11-01']];
    for (const [day, shown] of days) await writeFile(join(folder, `${day}.har`), JSON.stringify(harOfAsked(day, seasonAsked(day, {}, shown))));
    const said = 'Lần chụp ghi «Tháng 11/2026» nhưng cổng chưa sang kỳ: số liệu là của ngày 31/10/2026, trước ngày đầu kỳ (1/11/2026) — chưa phải số liệu Tháng 11/2026, không so sánh với ngày nào của Tháng 11/2026 hay kỳ trước.';
    const early = 'Tháng 11/2026 — cổng chưa sang kỳ (số liệu ngày 31/10/2026)';
    const november = JSON.parse((await runInProcess(['watch', 'sang-thang', '--json'], dir)).stdout) as { text: string; digest: { day: string; period: string; previous: unknown; previousOther: unknown } };
    expect([november.digest.day, november.digest.period, november.digest.previous, november.digest.previousOther]).toEqual(['2026-11-01', 'Tháng 11/2026', null, { day: '2026-10-31', periods: [early] }]);
    expect(november.text).not.toMatch(/so với hôm trước/);
    expect(november.text.split('\n')).toContain(`Chưa có lần chụp nào trước của Tháng 11/2026 để so sánh: lần chụp trước (31/10/2026) là số liệu ${early}, kỳ khác, không so sánh.`);

    // The morning of 1/11 itself: the digest and the brief say it first.
    await rm(join(folder, '2026-11-01.har'));
    const first = await runInProcess(['watch', 'sang-thang', '--json', '--out', 'sang-thang.xlsx'], dir);
    expect(first.code, first.stderr).toBe(0);
    const text = (JSON.parse(first.stdout) as { text: string }).text.split('\n');
    expect(text.slice(1, 3)).toEqual([`${early} · số liệu ngày 31/10/2026 (chụp lúc 04:10 ngày 1/11/2026)`, said]);
    // Said once: not again as a period without a capture before it.
    expect(text.filter((l) => l.startsWith('Chưa có lần chụp nào trước'))).toEqual([]);
    const sheet = (await openXlsx(join(dir, 'sang-thang.xlsx'))).workbook.getWorksheet('Báo cáo nhanh')!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
    expect(cells.some((c) => c.startsWith(`${early} · số liệu ngày 31/10/2026`))).toBe(true);
    expect(cells.join(' ').replace(/\s+/g, ' ')).toContain(said);
    // `thidua capture` of that morning's file names its period as the digest does (before: «Kỳ: Tháng 11/2026»).
    const captured = await runInProcess(['capture', join('sang-thang', '2026-10-31.har'), '--url', 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/dvc-progress-tree', '--commune', 'Xã Đoan Hùng'], dir);
    expect(captured.code, captured.stderr).toBe(0);
    expect(captured.stdout.split('\n')).toContain(`  Kỳ: ${early}`);
  });

  it('is listed in thidua --help', async () => {
    const help = await runInProcess(['--help'], dir);
    expect(help.stdout).toMatch(/^ {2}watch +Bản tin, báo cáo một trang chỉ số 766/m);
  });
});
