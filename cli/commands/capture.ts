// thidua capture: runs the portal page adapters (core/indicators) on a saved page, as the extension does in Chrome.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { foundOf, warningsFor, type CaptureResult } from '../../core/indicators/capture.js';
import { capturePage, pageCard, PAGE_TYPES } from '../../core/indicators/pages/index.js';
import { captureResponses, PAGE_TYPE as RESPONSES_PAGE_TYPE, readSavedResponses, RESPONSE_TYPES } from '../../core/indicators/responses/index.js';
import { indicatorName } from '../../core/indicators/codes.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { formulaNote } from '../../core/indicators/formulas-766.js';
import { parseJsonText } from '../../core/indicators/json-text.js';
import { trimSavedPage } from '../../core/indicators/saved-page.js';
import { whatItTakes } from '../../core/indicators/what-it-takes.js';
import { IndicatorExport, type IndicatorSnapshot, type IndicatorValue } from '../../core/indicators/schema.js';
import { MAX_PAGE_CELLS } from '../../core/indicators/table.js';
import { formatNumberVi } from '../../core/values.js';
import { shown } from '../files.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../command.js';

const HELP = `thidua capture <trang.html | phản-hồi.json> --url <địa chỉ> [--commune "<tên xã>"] [--json]

Đọc chỉ số từ một trang cổng dịch vụ công đã lưu (Ctrl+S trong trình duyệt), hoặc từ phản hồi số liệu của trang
đánh giá 766 đã lưu (.json: thân phản hồi lưu từ thẻ Network, tệp HAR «Save all as HAR», hoặc tệp «Lưu phản hồi»
của tiện ích), bằng đúng bộ đọc của tiện ích Chrome. In bảng: đơn vị, kỳ, các chỉ số; hoặc với --json, tệp chỉ
số (thidua-indicators) dùng được cho \`thidua score --indicators\`.

  --url      địa chỉ của trang khi lưu (để chọn bộ đọc phù hợp và ghi nguồn), ví dụ
             ${PAGE_766_URL}; với một thân phản hồi .json, địa chỉ
             yêu cầu, ví dụ https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency
  --commune  chỉ lấy dòng của xã này (không phân biệt dấu, "Xã Ta Ma" = "Ta Ma")
  --json     in tệp chỉ số JSON ra stdout (cảnh báo ra stderr)

Loại trang đọc được:
${PAGE_TYPES.map((p) => `  ${p.id.padEnd(24)} ${p.title}`).join('\n')}

Phản hồi đọc được (POST /api/v1/reporting/evaluation/<tên>):
${RESPONSE_TYPES.map((t) => `  ${t.endpoints.join(', ')}\n      ${t.title}`).join('\n')}

Mã thoát: 0 đọc được; 1 trang không khớp mẫu (in rõ đã tìm gì, thiếu gì); 2 sai cách dùng.

English: runs the same page adapters as the extension on a saved page (or the 766 page's saved API responses:
a body, a HAR, or the extension's export) and prints the indicators, or with
--json an IndicatorExport document for \`thidua score --indicators\`. Exit 1 with the reason when the page
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

/** The Vietnamese table the command prints: one block per unit. */
export function formatSnapshots(snapshots: readonly IndicatorSnapshot[]): string {
  return snapshots
    .map((s) => {
      const head = [
        `${s.unit.name}${s.unit.code ? ` (${s.unit.code})` : ''}`,
        s.unit.group ? `  Nhóm: ${s.unit.group}` : undefined,
        `  Kỳ: ${s.period.label || 'không rõ'}`,
        s.unit.rank !== undefined ? `  ${rankText(s.unit)}` : undefined,
        s.missingGroups?.length ? `  Chụp chưa đủ: thiếu nhóm ${s.missingGroups.join(', ')}` : undefined,
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

/** «Hạng 3 (đồng hạng) — Công khai, minh bạch · UBND cấp xã · Năm 2026». */
function rankText(unit: IndicatorSnapshot['unit']): string {
  return `Hạng ${unit.rank}${unit.tied ? ' (đồng hạng)' : ''}${unit.rankOf ? ` — ${unit.rankOf}` : ''}`;
}

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
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp trang .html hoặc phản hồi .json. / Exactly one saved page or response is needed.');
    const url = values.url?.trim();
    if (!url) throw new UsageError('Thiếu --url: địa chỉ của trang khi lưu. / --url is required.');
    const path = resolve(io.cwd, positionals[0]!);
    let html: string;
    try {
      html = await readFile(path, 'utf8');
    } catch (e) {
      io.err(`Không mở được ${shown(path, io.cwd)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : `lỗi hệ thống ${(e as NodeJS.ErrnoException).code ?? ''}`.trim()}.`);
      return EXIT.inputsFailed;
    }
    const file = shown(path, io.cwd);
    const commune = values.commune?.trim();
    const opts = { capturedAt: new Date().toISOString(), ...(commune ? { commune } : {}) };
    let result: CaptureResult;
    if (/\.(json|har)$/i.test(path)) {
      const parsed = parseJsonText(html, shown(path, io.cwd));
      if (!parsed.ok) {
        io.err(parsed.message);
        return EXIT.inputsFailed;
      }
      const saved = readSavedResponses(parsed.value, url);
      result = saved.ok
        ? captureResponses(saved.seen, { ...opts, ...(saved.pageUrl ? { pageUrl: saved.pageUrl } : {}) })
        : { ok: false, error: saved.error };
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
    for (const w of warningsFor(result.warnings, units)) io.err(`Cảnh báo: ${file}: ${w.message}`);
    if (values.json) {
      const doc = IndicatorExport.parse({ format: 'thidua-indicators', version: 1, exportedAt: new Date().toISOString(), snapshots });
      io.out(JSON.stringify(doc, null, 2));
    } else {
      const gains = commune ? snapshots.flatMap((s) => whatItTakes(s).map((g) => `  ${g.text}`)) : [];
      const takes = gains.length > 0 ? `\n\nĐể tăng điểm của ${snapshots[0]!.unit.name} (theo công thức, từ số liệu của cổng):\n${gains.join('\n')}` : '';
      io.out(`Trang: ${url} — ${pageTitle(result.pageType)}, ${snapshots.length} đơn vị\n\n${formatSnapshots(snapshots)}${takes}`);
    }
    return EXIT.ok;
  },
};
