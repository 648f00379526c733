// thidua watch: the province watch on the command line, for an officer who runs it on a schedule — a folder of saved
// captures of the 766 page read by day, the digest printed (the same words as the extension's «Bản tin»), the
// one-page brief written with --out (.xlsx, .pdf through LibreOffice, or .html), --json for machines.
import { lstatSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { convert, inWorkFolder } from '../soffice.js';
import { extname, join, resolve } from 'node:path';
import { detailedNote, notesByKind, type CaptureWarning } from '../../core/indicators/capture.js';
import { parseJsonText } from '../../core/indicators/json-text.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { parseWithMessages } from '../../core/schema-messages.js';
import { typedNumber } from '../../core/values.js';
import { buildBrief } from '../../core/watch/brief.js';
import { briefHtml } from '../../core/watch/brief-html.js';
import { conflictingTimes, watchPeriods, watchSeries, type Capture } from '../../core/watch/captures.js';
import { vietnamStamp } from '../../core/watch/data-day.js';
import { buildDigest, redCounts, type Digest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { BRIEF_SHEET, planBrief } from '../../core/watch/plan-brief.js';
import { captureTimeProblem, readSavedCapture } from '../../core/watch/saved.js';
import { THRESHOLD_LABELS, Thresholds } from '../../core/watch/thresholds.js';
import { totalMismatchRecord } from '../../core/watch/total-sum.js';
import type { Comparison, UnitWatch } from '../../core/watch/units.js';
import { ownWorkColour, type JudgedUnit, type Verdict } from '../../core/watch/verdict.js';
import { provinceCost } from '../../core/watch/province-work.js';
import { readClusterFile } from '../clusters.js';
import { readInputFile, shown } from '../files.js';
import { isWithin, realPathOf, writeOutput } from '../outputs.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua watch <thư mục lần chụp> [--unit "<đơn vị của tôi>"] [--clusters <cụm.xlsx>] [--period "<kỳ>"]
             [--out <báo-cáo.xlsx | .pdf | .html>] [--json] [--force]
             [--red 50] [--yellow 70] [--day-drop 0,5] [--rate-drop 2] [--decline-days 3]

Theo dõi chỉ số QĐ 766 của tỉnh hoặc xã từ các lần chụp đã lưu trong một thư mục (đọc cả thư mục con): tệp HAR
(thẻ Network → «Save all as HAR» khi mở ${PAGE_766_URL}), tệp «Lưu phản hồi» hoặc tệp xuất/sao lưu của tiện
ích, hoặc thân phản hồi lưu riêng (tên tệp là tên phản hồi, ví dụ dvc-progress-tree.json). Mỗi lần chụp tính cho
ngày số liệu của nó (chụp sau 2 giờ sáng ngày D là số liệu ngày D−1); ngày không chụp để trống, không tính.
In bản tin (tối đa 40 dòng, dán được vào Zalo, Telegram): từng đơn vị so với lần chụp trước (cách mấy ngày cũng
nói rõ) và 7 ngày trước, sở ngành và xã phường xếp hạng riêng, đơn vị của tôi đứng đầu; các đơn vị giảm điểm trước
hết, rồi vào/ra vùng đỏ, tăng điểm, vẫn đỏ. Liên kết (symlink) trong thư mục được đọc; liên kết trỏ ra ngoài được
nêu tên và bỏ qua. Không gửi gì đi đâu.

  --unit          đơn vị của tôi (xã, sở hay tỉnh), để đứng đầu bản tin
  --clusters      danh sách cụm thi đua (.xlsx: Cụm thi đua | Đơn vị | Từ ngày | Đến ngày): xếp hạng trong cụm
  --period        kỳ cần theo dõi, như bản tin ghi, ví dụ "Năm 2026", "Kỳ không rõ (ngày số liệu tháng 11/2026)"
                  (mặc định: kỳ của lần chụp mới nhất)
  --out           ghi báo cáo một trang A4: .xlsx, .pdf (cần LibreOffice) hoặc .html; không ghi đè trừ khi --force
  --json          in kết quả dạng JSON (bản tin, từng đơn vị, báo cáo) thay cho bản tin chữ
  --red, --yellow ngưỡng đỏ, vàng (% điểm tối đa; mặc định 50, 70)
  --day-drop      giảm trong một ngày từ bao nhiêu điểm thì báo (mặc định 0,5)
  --rate-drop     tỷ lệ giảm từ bao nhiêu điểm phần trăm thì báo (mặc định 2)
  --decline-days  giảm bao nhiêu ngày liên tiếp thì báo (mặc định 3)

Mã thoát: 0 xong; 1 không có lần chụp nào đọc được, hoặc không ghi được báo cáo; 2 sai cách dùng.

English: reads a folder of saved 766 captures (HAR files, the extension's saved responses or export, response
bodies) by data day and prints the digest (at most 40 lines), writes the one-page A4 brief with --out (.xlsx,
.pdf through LibreOffice, .html), or prints JSON with --json.`;

/**
 * Every .json and .har under `dir`, in path order. A link to a file inside the folder is read (once: a file and a
 * link to it are one capture); a link leading out of it, or to something that is no file, is named and left out.
 */
async function captureFiles(dir: string): Promise<{ files: string[]; skipped: { path: string; reason: string }[] }> {
  const files: string[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const root = realPathOf(dir);
  const seen = new Set<string>();
  const add = (path: string, real: string) => {
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path);
  };
  const walk = async (d: string) => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      const capture = /\.(json|har)$/i.test(entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink() && capture) {
        const target = realPathOf(path);
        const info = await stat(path).catch(() => undefined);
        if (!isWithin(target, root)) skipped.push({ path, reason: `là liên kết trỏ ra ngoài thư mục lần chụp (tới ${target}), không đọc` });
        else if (!info?.isFile()) skipped.push({ path, reason: info ? 'là liên kết không trỏ tới một tệp, không đọc' : 'là liên kết tới tệp không còn, không đọc' });
        else add(path, target);
      } else if (entry.isFile() && capture) add(path, realPathOf(path));
      // A FIFO would hang the reading, a device never end it: named from the folder's listing, never opened.
      else if (capture) skipped.push({ path, reason: 'không phải tệp thường (ống dẫn, thiết bị hay socket), không đọc' });
    }
  };
  await walk(dir);
  return { files, skipped };
}

/**
 * The portal's notes said once per kind, with the units they touch — and, for a figure no unit can have, where: the
 * file, the unit and the metric with its numbers; other warnings once each.
 */
export function groupedWarnings(warnings: readonly CaptureWarning[]): string[] {
  return notesByKind(warnings).map((n) => {
    if (n.details.length > 0) return detailedNote(n, 5);
    if (n.units.length === 0) return n.text;
    return `${n.text} (${n.units.length} đơn vị: ${n.units.slice(0, 3).join(', ')}${n.units.length > 3 ? ', …' : ''})`;
  });
}

function thresholdsOf(values: Partial<Record<string, string | boolean>>): Thresholds {
  const given: Record<string, number> = {};
  for (const [option, key] of [['red', 'redBelow'], ['yellow', 'yellowBelow'], ['day-drop', 'dayDrop'], ['rate-drop', 'rateDrop'], ['decline-days', 'declineDays']] as const) {
    const text = values[option];
    if (typeof text !== 'string') continue;
    const read = typedNumber(text, `--${option}`);
    if (!read.ok) throw new UsageError(read.message);
    given[key] = read.value;
  }
  const parsed = parseWithMessages(Thresholds, given, THRESHOLD_LABELS);
  if (!parsed.ok) throw new UsageError(`Ngưỡng không hợp lệ: ${parsed.errors.join('; ')}.`);
  return parsed.data;
}

const comparisonJson = (c: Comparison) => (c.kind === 'change' ? { day: c.day, from: c.from, change: c.delta, ...(c.passed && { passedOver: c.passed }), ...(c.seen && { seenBefore: { day: c.seen.day, change: c.seen.delta, groups: c.seen.groups } }), ...(c.since && { unmovedSince: c.since }), ...(c.sinceGroups && { unmovedSinceSeenInGroups: c.sinceGroups }) } : { day: c.day, notComparable: c.kind });

/** The verdict as every face reads it (core/watch/verdict.ts): its states by name and what they rest on. */
function verdictJson(v: Verdict) {
  return {
    states: v.states,
    ...(v.colour ? { colour: v.colour, ...(v.byGroups && { colouredByGroups: true }) } : {}),
    ...(v.wasRed !== undefined ? { wasRed: v.wasRed } : {}),
    ...(v.slide ? { slide: { falls: v.slide.falls, total: v.slide.total, ...(v.slide.group && { group: v.slide.group }) } } : {}),
    ...(v.unseen ? { unseenToday: { since: v.unseen.day, ...(v.unseen.slide && { slide: { falls: v.unseen.slide.falls, total: v.unseen.slide.total } }), red: v.unseen.red, totalNotCaptured: v.unseen.total, groupsNotCaptured: v.unseen.groups } } : {}),
    ...(v.unseenFall ? { fallInGroupsNotCaptured: v.unseenFall.points, groupsNotCaptured: v.unseenFall.groups } : {}),
    ...(v.redGroups ? { redGroups: v.redGroups } : {}),
    ...(v.redNotCaptured ? { redNotCapturedToday: { since: v.redNotCaptured.day, groups: v.redNotCaptured.groups } } : {}),
    ...(v.redByProvince ? { redByProvince: true } : {}),
    ...(v.lastFigure ? { lastFigure: v.lastFigure } : {}),
  };
}

/** A unit as JSON; a group's colour by the unit's own work beside its figure's, where the province's metrics make them differ. */
function unitJson(u: JudgedUnit, cost: ReadonlyMap<string, number>, t: Thresholds) {
  const h = u.headline;
  return {
    name: u.name,
    level: u.level,
    own: u.own,
    verdict: verdictJson(u.verdict),
    ...(h ? { score: h.measure.value, max: h.measure.max, scoreOf: h.measure.label, colour: h.colour, sincePrevious: comparisonJson(h.day), sinceLastWeek: comparisonJson(h.week), ...(h.decline ? { decline: h.decline } : {}) } : {}),
    ...(u.place ? { place: u.place } : {}),
    ...(u.cluster ? { cluster: u.cluster } : {}),
    ...(u.cause ? { cause: u.cause } : {}),
    groups: u.groups.map((g) => ({ name: g.measure.label, score: g.measure.value, max: g.measure.max, colour: g.colour, ...ownColourJson(g.colour, ownWorkColour(g, cost, t)), sincePrevious: comparisonJson(g.day), sinceLastWeek: comparisonJson(g.week), ...(g.decline ? { decline: g.decline } : {}) })),
    rateDrops: u.rateDrops.map((r) => ({ name: r.label, from: r.from, to: r.to })),
  };
}

const ownColourJson = (colour: string | undefined, own: string | undefined) => (own !== undefined && own !== colour ? { colourOwnWork: own } : {});

function digestJson(d: Digest) {
  const cost = provinceCost(d.provinceWork);
  const names = (list: readonly UnitWatch[]) => list.map((u) => u.name);
  return {
    scope: d.scope, period: d.period, periodNotBegun: d.periodNotBegun ?? null, day: d.day, capturedAt: d.capturedAt, previous: d.previous ?? null, previousOther: d.previousOther ?? null, lastWeek: d.lastWeek, gaps: d.gaps,
    // The lists the portal refused, with their status (the other missing groups the page did not load); null when not known.
    missingGroups: d.missingGroups, refusedLists: d.refusedLists ?? null, thresholds: d.thresholds,
    provinceWork: d.provinceWork.map((m) => ({ name: m.label, group: m.group, score: m.value, max: m.max, numerator: m.numerator, denominator: m.denominator, costEveryUnit: m.cost })),
    levels: d.levels.map((l) => ({
      level: l.level, title: l.title, units: l.units.map((u) => unitJson(u, cost, d.thresholds)),
      fallers: names(l.fallers), sliders: names(l.sliders), intoRed: names(l.intoRed), outOfRed: names(l.outOfRed), risers: names(l.risers), stillRed: names(l.stillRed), redUncompared: names(l.redUncompared), redByGroups: names(l.redByGroups), unseen: names(l.unseen), noFigure: names(l.noFigure),
      // The reds and changes of band as every face says them, by the rule that coloured the units.
      redCounts: redCounts(l).map((c) => ({ kind: c.kind, colouredByGroups: c.byGroups, words: c.words, count: c.units.length, units: names(c.units) })),
    })),
    clusters: d.clusters.map((c) => ({ cluster: c.cluster, units: c.units.map((u) => u.name) })),
    notComparable: d.newSincePrevious.map((u) => u.name),
    missingToday: d.missingToday,
    renamed: d.renamed,
    // A unit's total its captured groups do not add up to: both figures as captured, neither replaced (total-sum.ts).
    totalMismatches: d.totalMismatches.map(totalMismatchRecord),
  };
}

/** The brief as a PDF: the sheet written to a temporary .xlsx, printed by LibreOffice. */
async function pdfOf(xlsx: Uint8Array): Promise<Uint8Array> {
  return inWorkFolder('thidua-watch-', async (dir) => {
    const file = join(dir, 'bao-cao.xlsx');
    await writeFile(file, xlsx);
    const done = await convert(dir, file, 'pdf');
    if (!done.ok) {
      throw new UnusableFile(
        done.missing
          ? 'Không tìm thấy LibreOffice (lệnh soffice) để in ra PDF: cài LibreOffice, hoặc ghi --out dạng .xlsx hay .html rồi tự in.'
          : `LibreOffice không in được báo cáo ra PDF (${done.timedOut ? 'quá thời hạn, đã dừng' : done.message}).`,
      );
    }
    return new Uint8Array(await readFile(join(dir, 'out', 'bao-cao.pdf')));
  });
}

/** A file's captures, or why it is left out: unreadable, no capture, or a capture time that cannot be true. */
async function readCaptureFile(path: string, name: string, now: number, io: { err(text: string): void }) {
  const read = readInputFile(path, name);
  if (!read.ok) return read.message;
  const parsed = parseJsonText(new TextDecoder().decode(read.bytes), name);
  if (!parsed.ok) return parsed.message;
  const modified = (await stat(path)).mtime;
  const saved = readSavedCapture(parsed.value, path, modified.toISOString());
  if (!saved.ok) return saved.message;
  for (const c of saved.captures) {
    const problem = captureTimeProblem(c.capturedAt, modified.getTime(), now);
    if (problem) return `${problem}.`;
  }
  if (saved.timeFrom === 'fallback') io.err(`Lưu ý: ${name} không ghi giờ chụp: lấy giờ sửa tệp (${vietnamStamp(modified.toISOString())}).`);
  return saved;
}

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      unit: { type: 'string' },
      clusters: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      red: { type: 'string' },
      yellow: { type: 'string' },
      'day-drop': { type: 'string' },
      'rate-drop': { type: 'string' },
      'decline-days': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục lần chụp. / Exactly one folder of saved captures is needed.');
    const folder = resolve(io.cwd, positionals[0]!);
    const out = values.out ? resolve(io.cwd, values.out) : undefined;
    const kind = out ? extname(out).toLowerCase() : undefined;
    if (kind && !['.xlsx', '.pdf', '.html'].includes(kind)) throw new UsageError(`Tệp --out phải là .xlsx, .pdf hoặc .html: ${values.out}.`);
    const thresholds = thresholdsOf(values);
    const existing = out ? lstatSync(out, { throwIfNoEntry: false }) : undefined;
    if (out && existing && !existing.isFile()) {
      const what = existing.isDirectory() ? 'là một thư mục' : existing.isSymbolicLink() ? 'là một liên kết (symlink)' : 'không phải tệp thường (ống dẫn hay thiết bị)';
      throw new UsageError(`Không ghi báo cáo vào ${shown(out, io.cwd)}: chỗ đó ${what}; hãy chọn tên tệp khác cho --out.`);
    }
    if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) throw new UsageError(`Không có thư mục ${shown(folder, io.cwd)}.`);
    const clusters = values.clusters ? await readClusterFile(resolve(io.cwd, values.clusters), io) : undefined;

    const warnings: CaptureWarning[] = [];
    const found = await captureFiles(folder);
    for (const { path, reason } of found.skipped) io.err(`Bỏ qua ${shown(path, io.cwd)}: ${reason}.`);
    const read: { name: string; captures: Capture[] }[] = [];
    const now = Date.now();
    for (const path of found.files) {
      const name = shown(path, io.cwd);
      // Each file judged alone: whatever it holds, the others are read on.
      try {
        const saved = await readCaptureFile(path, name, now, io);
        if (typeof saved === 'string') io.err(`Bỏ qua ${name}: ${saved}`);
        else {
          read.push({ name, captures: saved.captures });
          // A figure's note names the file it is in: the officer opens that capture to check it; so does a note of the
          // capture itself (a list the page had not loaded), which is that file's alone.
          warnings.push(...saved.warnings.map((w) => (w.detail ? { ...w, detail: `${w.detail} (tệp ${name})` } : w.unit === undefined && w.kind === undefined ? { ...w, kind: w.message.replace(/\.$/, ''), detail: `tệp ${name}` } : w)));
        }
      } catch {
        io.err(`Bỏ qua ${name}: không đọc được tệp này như một lần chụp của trang 766.`);
      }
    }
    const conflicts = conflictingTimes(read);
    for (const { at, names } of conflicts) {
      io.err(`Bỏ qua lần chụp lúc ${vietnamStamp(at)} của ${names.join(', ')}: cùng giờ chụp mà số liệu khác nhau, không chọn bên nào.`);
    }
    const left = new Set(conflicts.map((c) => c.at));
    const captures = read.flatMap((r) => r.captures).filter((c) => !left.has(c.capturedAt));
    for (const w of groupedWarnings(warnings)) io.err(`Cảnh báo: ${w}`);
    const series = watchSeries(captures, values.period ? { period: values.period } : {});
    if (!series) {
      io.err(values.period && watchPeriods(captures).length > 0
        ? `Không có lần chụp nào của kỳ «${values.period}» trong ${shown(folder, io.cwd)}. Các kỳ có lần chụp (gõ đúng một tên sau --period): ${watchPeriods(captures).map((p) => `«${p}»`).join(', ')}.`
        : `Không có lần chụp chỉ số 766 nào đọc được trong ${shown(folder, io.cwd)} (cần tệp .har, .json của trang ${PAGE_766_URL}).`);
      return EXIT.inputsFailed;
    }
    const digest = buildDigest(series, { thresholds, ...(values.unit ? { own: values.unit } : {}), ...(clusters ? { clusters } : {}) });
    if (values.unit && !digest.own) io.err(`Lưu ý: không thấy «${values.unit}» trong lần chụp ngày ${digest.day}.`);
    const brief = buildBrief(digest, series);

    if (out) {
      let data: Uint8Array | string;
      if (kind === '.html') data = briefHtml(brief);
      else {
        const [{ OoxmlWorkbook }, { nodeGzip }] = await Promise.all([import('../../adapters/ooxml/workbook.js'), import('../node-zlib.js')]);
        const workbook = OoxmlWorkbook.create();
        await workbook.apply({ sheets: [planBrief(brief)] });
        const xlsx = await workbook.toBuffer({ gzip: nodeGzip });
        data = kind === '.pdf' ? await pdfOf(xlsx) : xlsx;
      }
      if (!(await writeOutput(out, data, values.force ?? false))) {
        throw new UsageError(`Tệp ${shown(out, io.cwd)} đã có; thêm --force để ghi đè. / ${shown(out, io.cwd)} exists; add --force to overwrite.`);
      }
      io.err(`Đã ghi báo cáo một trang («${BRIEF_SHEET}»): ${shown(out, io.cwd)}`);
    }
    io.out(values.json ? JSON.stringify({ format: 'thidua-watch', version: 1, text: digestText(digest), digest: digestJson(digest), brief }, null, 2) : digestText(digest));
    return EXIT.ok;
  },
};

/* Made for: `thidua watch`: the province watch on a schedule — saved 766 captures read by day, the digest printed as the extension's «Bản tin» words it, the one-page brief written with --out. */
