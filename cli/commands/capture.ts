// thidua capture: runs the portal page adapters (core/indicators) on a saved page, as the extension does in Chrome.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { detailedNote, foundOf, notesByKind, warningsFor, type CaptureResult, type CaptureWarning } from '../../core/indicators/capture.js';
import { capturePage, pageCard, PAGE_TYPES } from '../../core/indicators/pages/index.js';
import { captureResponses, PAGE_TYPE as RESPONSES_PAGE_TYPE, readSavedResponses, RESPONSE_TYPES, type ResponsesResult } from '../../core/indicators/responses/index.js';
import { procedureName } from '../../core/indicators/procedures.js';
import { indicatorName } from '../../core/indicators/codes.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { formulaNote } from '../../core/indicators/formulas-766.js';
import { parseJsonText } from '../../core/indicators/json-text.js';
import { parsePeriodText, periodDays } from '../../core/indicators/period.js';
import { trimSavedPage } from '../../core/indicators/saved-page.js';
import { whatItTakes } from '../../core/indicators/what-it-takes.js';
import { compactExport } from '../../core/indicators/export-file.js';
import type { IndicatorSnapshot, IndicatorValue, Period } from '../../core/indicators/schema.js';
import { sameUnit, type UnitLevel } from '../../core/indicators/units.js';
import { MAX_PAGE_CELLS } from '../../core/indicators/table.js';
import { formatNumberVi } from '../../core/values.js';
import { totalMismatchRecords, totalMismatchWarnings } from '../../core/watch/total-sum.js';
import { lackingListsWords } from '../../core/watch/words.js';
import { notBegun, seriesOf } from '../../core/watch/captures.js';
import { dataDay } from '../../core/watch/data-day.js';
import { shown } from '../files.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../command.js';

const HELP = `thidua capture <trang.html | phản-hồi.json> --url <địa chỉ> [--commune "<tên xã>"] [--period "<kỳ>"] [--json]

Đọc chỉ số từ một trang cổng dịch vụ công đã lưu (Ctrl+S trong trình duyệt), hoặc từ phản hồi số liệu của trang
đánh giá 766 đã lưu (.json: thân phản hồi lưu từ thẻ Network, tệp HAR «Save all as HAR», hoặc tệp «Lưu phản hồi»
của tiện ích), bằng đúng bộ đọc của tiện ích Chrome. In bảng: đơn vị, kỳ, các chỉ số; hoặc với --json, tệp chỉ
số (thidua-indicators) dùng được cho \`thidua score --indicators\`.

  --url      địa chỉ của trang khi lưu (để chọn bộ đọc phù hợp và ghi nguồn), ví dụ
             ${PAGE_766_URL}; với một thân phản hồi .json, địa chỉ
             yêu cầu, ví dụ https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency
  --commune  chỉ lấy dòng của xã này (không phân biệt dấu, "Xã Ta Ma" = "Ta Ma")
  --period   kỳ của số liệu khi tệp phản hồi đã lưu không kèm yêu cầu (kỳ, tỉnh), ví dụ "Năm 2026",
             "Quý 3/2026", "Tháng 8/2026", "Từ ngày 01/01/2026 đến ngày 30/09/2026"; tệp HAR có kỳ riêng
  --json     in tệp chỉ số JSON ra stdout (cảnh báo ra stderr)

Loại trang đọc được:
${PAGE_TYPES.map((p) => `  ${p.id.padEnd(24)} ${p.title}`).join('\n')}

Phản hồi đọc được (POST /api/v1/reporting/evaluation/<tên>):
${RESPONSE_TYPES.map((t) => `  ${t.endpoints.join(', ')}\n      ${t.title}`).join('\n')}

Thời điểm ghi nhận là lúc trang gửi yêu cầu (startedDateTime của tệp HAR), nếu tệp có; các ghi chú cùng loại
in một lần, kèm số đơn vị.

Mã thoát: 0 đọc được; 1 trang không khớp mẫu (in rõ đã tìm gì, thiếu gì); 2 sai cách dùng.

English: runs the same page adapters as the extension on a saved page (or the 766 page's saved API responses:
a body, a HAR, or the extension's export) and prints the indicators, or with
--json the compact indicator file (core/indicators/export-file.ts) for \`thidua score --indicators\`. Exit 1 with the reason when the page
does not match.`;

/** 85.5 percent → "85,5%", 1234 → "1.234", 16.5 of 18 points → "16,5/18"; null → «không có số liệu». */
export function formatIndicator(i: IndicatorValue): string {
  if (i.value === null) return i.max !== undefined ? `không có số liệu (tối đa ${formatNumberVi(i.max, 2)})` : 'không có số liệu';
  const n = formatNumberVi(i.value, 2);
  if (i.unit === 'percent') return `${n}%`;
  if (i.unit === 'points') return i.max !== undefined ? `${n}/${formatNumberVi(i.max, 2)}` : `${n} điểm`;
  return n;
}

/** A page type's Vietnamese title (its id only for one this build does not know). */
function pageTitle(id: string): string {
  return pageCard(id)?.title ?? id;
}

/** A capture's period as the page named it, or as the watch names one asked before it began (captures.ts notBegun). */
function periodRead(s: IndicatorSnapshot): string {
  const day = dataDay(s.capturedAt);
  return notBegun(s.period, day) ? seriesOf(s.period, day!).period.label : s.period.label || 'không rõ';
}

/** The Vietnamese table the command prints: one block per unit. */
export function formatSnapshots(snapshots: readonly IndicatorSnapshot[]): string {
  return snapshots
    .map((s) => {
      const head = [
        `${s.unit.name}${s.unit.code ? ` (${s.unit.code})` : ''}`,
        s.unit.group ? `  Nhóm: ${s.unit.group}` : undefined,
        `  Kỳ: ${periodRead(s)}`,
        s.unit.rank !== undefined ? `  ${rankText(s.unit)}` : undefined,
        // Which lists the portal refused and which groups the page never loaded, as «Bản tin» says them.
        s.missingGroups?.length || s.refusedLists?.length ? `  Chụp chưa đủ: ${lackingListsWords(s.missingGroups ?? [], s.refusedLists)}` : undefined,
      ].filter((l): l is string => l !== undefined);
      // Officers read the indicators' Vietnamese names (the portal's own, for its responses); codes are for --json.
      const lines = s.indicators.map((i) => {
        const parts = i.numerator !== undefined && i.denominator !== undefined ? ` (${formatNumberVi(i.numerator)}/${formatNumberVi(i.denominator)})` : '';
        const note = s.pageType === RESPONSES_PAGE_TYPE ? formulaNote(i) : undefined;
        const name = s.pageType === RESPONSES_PAGE_TYPE ? i.label : indicatorName(i.code, i.label);
        return `  ${name}: ${formatIndicator(i)}${parts}${note ? ` — ${note}` : ''}`;
      });
      return [...head, ...lines].join('\n');
    })
    .join('\n\n');
}

const LEVEL_NOUN: Record<UnitLevel, string> = { country: 'Cả nước', province: 'Tỉnh', 'provincial-agency': 'Sở, ngành', commune: 'Xã' };

/** «Xã thứ 72/102 (đồng hạng) — Công khai, minh bạch · UBND cấp xã · Năm 2026»; «Hạng 3 — …» without its list's size. */
function rankText(unit: IndicatorSnapshot['unit']): string {
  const place = unit.level && unit.rankOutOf ? `${LEVEL_NOUN[unit.level]} thứ ${unit.rank}/${unit.rankOutOf}` : `Hạng ${unit.rank}`;
  return `${place}${unit.tied ? ' (đồng hạng)' : ''}${unit.rankOf ? ` — ${unit.rankOf}` : ''}`;
}

/** How many names a note lists on the command line; the rest are counted. */
const NAMES_SHOWN = 5;

/** Each kind of note once, with how many times and which units (a province repeats one note per unit). */
function notesText(warnings: readonly CaptureWarning[]): string[] {
  return notesByKind(warnings).map((n) => {
    if (n.details.length > 0) return detailedNote(n, NAMES_SHOWN);
    if (n.units.length === 0) return n.text;
    const names = n.units.slice(0, NAMES_SHOWN).join('; ');
    const more = n.units.length > NAMES_SHOWN ? ` và ${formatNumberVi(n.units.length - NAMES_SHOWN)} đơn vị khác` : '';
    return `${n.text} (${formatNumberVi(n.count)} lần, ở ${formatNumberVi(n.units.length)} đơn vị: ${names}${more})`;
  });
}

/**
 * Tệp phản hồi đã lưu: far above a HAR of the 766 page's view (its scripts and a province's responses, some MB),
 * far below what JSON.parse turns into more memory than the machine has.
 */
export const MAX_SAVED_RESPONSE_BYTES = 100 * 1024 * 1024;

function printFailure(file: string, result: Extract<CaptureResult, { ok: false }>, io: Io): void {
  const { error } = result;
  io.err(
    [
      `${file}: Không đọc được trang${result.pageType ? ` (mẫu «${pageTitle(result.pageType)}»)` : ''}: ${error.message}`,
      ...(foundOf(error).length > 0 ? [`Đã tìm thấy: ${foundOf(error).join('; ')}`] : []),
      `Không thấy / không đọc được: ${error.missing.join('; ')}`,
    ].join('\n'),
  );
}

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      url: { type: 'string' },
      commune: { type: 'string' },
      period: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp trang .html hoặc phản hồi .json. / Exactly one saved page or response is needed.');
    const url = values.url?.trim();
    if (!url) throw new UsageError('Thiếu --url: địa chỉ của trang khi lưu. / --url is required.');
    let period: Period | undefined;
    if (values.period !== undefined) {
      period = parsePeriodText(values.period);
      if (!period) throw new UsageError(`--period "${values.period}": không đọc được kỳ — ghi như "Năm 2026", "Quý 3/2026", "Tháng 8/2026" hoặc "Từ ngày 01/01/2026 đến ngày 30/09/2026". / Unreadable period.`);
    }
    const path = resolve(io.cwd, positionals[0]!);
    const responsesFile = /\.(json|har)$/i.test(path);
    let html: string;
    try {
      const size = responsesFile ? (await stat(path)).size : 0;
      if (size > MAX_SAVED_RESPONSE_BYTES) {
        io.err(`${shown(path, io.cwd)}: tệp ${formatNumberVi(Math.round(size / 1024 / 1024))} MB — quá ${formatNumberVi(MAX_SAVED_RESPONSE_BYTES / 1024 / 1024)} MB của một tệp phản hồi trang 766 (một tỉnh chỉ vài MB): không đọc, để máy không bị treo. Khi lưu HAR, lọc «evaluation» trong thẻ Network trước «Save all as HAR».`);
        return EXIT.inputsFailed;
      }
      html = await readFile(path, 'utf8');
    } catch (e) {
      io.err(`Không mở được ${shown(path, io.cwd)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : `lỗi hệ thống ${(e as NodeJS.ErrnoException).code ?? ''}`.trim()}.`);
      return EXIT.inputsFailed;
    }
    const file = shown(path, io.cwd);
    const commune = values.commune?.trim();
    const opts = { capturedAt: new Date().toISOString(), ...(commune ? { commune } : {}) };
    let result: ResponsesResult;
    if (responsesFile) {
      const parsed = parseJsonText(html, shown(path, io.cwd));
      if (!parsed.ok) {
        io.err(parsed.message);
        return EXIT.inputsFailed;
      }
      const saved = readSavedResponses(parsed.value, url);
      result = saved.ok
        ? captureResponses(saved.seen, {
          ...opts,
          // A HAR's own request time is the capture's, not the time it is read.
          ...(saved.capturedAt ? { capturedAt: saved.capturedAt } : {}),
          ...(saved.pageUrl ? { pageUrl: saved.pageUrl } : {}),
          ...(saved.refused ? { refused: saved.refused } : {}),
          ...(period ? { period } : {}),
        })
        : { ok: false, error: saved.error };
      if (result.ok && period && periodDays(result.snapshots[0]!.period) !== periodDays(period)) {
        io.err(`Cảnh báo: ${file}: tệp ghi kỳ «${result.snapshots[0]!.period.label}» theo yêu cầu của trang — dùng kỳ đó, không dùng --period «${period.label}».`);
      }
    } else {
      // Rows past the reader's budget are dropped before any DOM is built, and said.
      const trimmed = trimSavedPage(html);
      if (trimmed.rowsLeftOut > 0) io.err(`Cảnh báo: ${file}: bảng quá lớn — ${formatNumberVi(trimmed.rowsLeftOut)} dòng cuối không được đọc (giới hạn ${formatNumberVi(MAX_PAGE_CELLS)} ô một trang).`);
      result = capturePage(parseHTML(trimmed.html).document as unknown as Document, url, opts);
    }
    if (!result.ok) {
      printFailure(file, result, io);
      return EXIT.inputsFailed;
    }
    const snapshots = commune ? (result.picked ?? []).map((i) => result.snapshots[i]!) : result.snapshots;
    if (snapshots.length === 0) {
      io.err(`${file}: trang không có dòng của «${commune}» (${result.snapshots.length} đơn vị: ${result.snapshots.map((s) => s.unit.name).join(', ')}).`);
      return EXIT.inputsFailed;
    }
    // Warnings about other units' rows are noise to the officer saving one commune.
    const units = snapshots.map((s) => s.unit.name);
    // A total its groups do not add up to is said of each unit, both figures as captured (core/watch/total-sum.ts).
    for (const note of notesText([...warningsFor(result.warnings, units), ...totalMismatchWarnings(snapshots)])) io.err(`Cảnh báo: ${file}: ${note}`);
    if (responsesFile && !period && snapshots[0]!.period.kind === 'unknown') io.err(`Gợi ý: ghi kỳ của số liệu bằng --period (ví dụ --period "Quý 3/2026").`);
    if (values.json) {
      // The compact file, one line: a column of figures indented would put a number on every line. Its
      // totalMismatches carry what stderr said, for a tool reading the file alone.
      io.out(JSON.stringify(compactExport(snapshots, new Date().toISOString(), totalMismatchRecords(snapshots))));
    } else {
      const gains = commune ? snapshots.flatMap((s) => whatItTakes(s).map((g) => `  ${g.text}`)) : [];
      const takes = gains.length > 0 ? `\n\nĐể tăng điểm của ${snapshots[0]!.unit.name} (theo công thức, từ số liệu của cổng):\n${gains.join('\n')}` : '';
      // A procedure's figures, when the page was filtered by one, are said apart and named as such.
      const apart = (result.procedures ?? []).map((p) => {
        const rows = commune ? p.snapshots.filter((s) => units.some((u) => sameUnit(u, s.unit.name))) : p.snapshots;
        return `\n\nSố liệu đã lọc theo thủ tục ${procedureName(p.procedure)} — của thủ tục, không phải của chính đơn vị (${rows.length} đơn vị):\n${formatSnapshots(rows)}`;
      });
      io.out(`Trang: ${url} — ${pageTitle(result.pageType)}, ${snapshots.length} đơn vị\n\n${formatSnapshots(snapshots)}${takes}${apart.join('')}`);
    }
    return EXIT.ok;
  },
};

/* Made for: `thidua capture`: the extension's page adapters run on a saved portal page or saved API responses, for an officer or a script without Chrome. */
