// Đánh giá chất lượng phục vụ (Decision 766 index) on dichvucong.gov.vn, the single-page app as rendered:
// a ranking table (rank, unit, six groups, total score) and, for a chosen unit, its indicators
// (Chỉ số | Tử số | Mẫu số | Tỷ lệ | Điểm | Điểm tối đa) under group rows, or its scores as label/value cards.
// Indicators are named by their Vietnamese labels (codes.ts METRIC_766); ratios go to the `_TY_LE` companions.
import { matchesHeader, matchesLabel } from '../../text.js';
import { captureContext, captureFailure, captureSuccess, definePage, type CaptureContext, type CaptureWarning } from '../capture.js';
import { GROUP_766, INDEX_766_CODES, labelsOf, METRIC_766, ratioCode, type IndicatorDefinition } from '../codes.js';
import { groupOriginal, matchFolded } from '../fold.js';
import { rankingSpec } from '../groups-766.js';
import { contentHash } from '../hash.js';
import { names766Page } from '../page-766.js';
import type { IndicatorSnapshot, IndicatorValue } from '../schema.js';
import { elementText, findColumn, readTables, type TableGrid } from '../table.js';
import { sameUnit } from '../units.js';
import { lookedFor, readFigure, readUnitTables, rowHash, toIndicator, unitSnapshots } from '../unit-table.js';

const ID = 'dvc-766-index';

const DETAIL = {
  name: ['Chỉ số', 'Tên chỉ số', 'Chỉ số thành phần', 'Chỉ tiêu', 'Tiêu chí', 'Nội dung'],
  numerator: ['Tử số'],
  denominator: ['Mẫu số'],
  ratio: ['Tỷ lệ (%)', 'Tỷ lệ'],
  score: ['Điểm', 'Điểm đạt', 'Điểm số', 'Điểm đạt được'],
  max: ['Điểm tối đa', 'Tối đa', 'Điểm chuẩn', 'Thang điểm'],
};

/** Groups as the new page shows them (six, plus the total). */
const SIX: readonly IndicatorDefinition[] = GROUP_766.filter((g) => g.code !== 'DVCTT');

/** "1.", "1.1", "1.1.", "a)", "II." before an indicator's name (the longest first: "1.1 " is not "1." + "1 "). */
const NUMBERING = /^\d+(?:\.\d+)+\.?\s+|^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*/i;

/** The indicator a detail row names: "2.1 TTHC công bố đúng hạn (%)" reads as «TTHC công bố đúng hạn». */
function definitionFor(name: string, defs: readonly IndicatorDefinition[]): IndicatorDefinition | undefined {
  const bare = name.replace(NUMBERING, '');
  return defs.find((d) => matchesHeader(bare, labelsOf(d.code)));
}

/** "Chi tiết chỉ số: Xã Ta Ma", "Đơn vị: UBND xã Ta Ma", "Kết quả đánh giá của Xã Ta Ma" → the unit's name. */
export function unitFromTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const found = matchFolded(title, /^(?:don vi|ten don vi|chi tiet(?: chi so)?(?: cua)?|ket qua(?: danh gia)?(?: cua)?)\s*(?::|-|–|cua)\s*(.+)$/d);
  return found ? groupOriginal(title, found.match, 1) : undefined;
}

interface UnitDetail {
  unit: string;
  indicators: IndicatorValue[];
  text: string;
}

/** Reads one indicator table; pushes unreadable cells into `unreadable`. */
function readDetail(t: TableGrid, unit: string, warnings: CaptureWarning[], unreadable: string[]): UnitDetail {
  const col = (labels: readonly string[]) => findColumn(t, labels);
  const nameCol = col(DETAIL.name)!;
  const scoreCol = col(DETAIL.score)!;
  const [numCol, denCol, ratioCol, maxCol] = [col(DETAIL.numerator), col(DETAIL.denominator), col(DETAIL.ratio), col(DETAIL.max)];
  const number = (cells: string[], repeated: boolean[], c: number | undefined, what: string, name: string) => {
    if (c === undefined) return undefined;
    const f = readFigure(repeated[c] ? '' : cells[c]!);
    if (f.kind === 'number') return f.value;
    if (f.kind === 'unreadable') unreadable.push(`«${name}», cột «${t.headers[c]}» (${what}): «${cells[c]}»`);
    return undefined;
  };
  const indicators: IndicatorValue[] = [];
  for (const row of t.rows) {
    if (row.kind !== 'data') continue;
    const name = row.cells[nameCol]!;
    const def = definitionFor(name, METRIC_766) ?? definitionFor(name, SIX);
    if (!def) {
      warnings.push({ message: `Chỉ số «${name}» (${unit}) chưa có trong danh mục chỉ số của thidua — không ghi nhận.`, unit });
      continue;
    }
    const f = readFigure(row.repeated[scoreCol] ? '' : row.cells[scoreCol]!);
    if (f.kind === 'unreadable') {
      unreadable.push(`«${name}», cột «${t.headers[scoreCol]}»: «${row.cells[scoreCol]}»`);
      continue;
    }
    const numerator = number(row.cells, row.repeated, numCol, 'tử số', name);
    const denominator = number(row.cells, row.repeated, denCol, 'mẫu số', name);
    const ratio = number(row.cells, row.repeated, ratioCol, 'tỷ lệ', name);
    const max = number(row.cells, row.repeated, maxCol, 'điểm tối đa', name) ?? def.max;
    const parts = { ...(numerator !== undefined ? { numerator } : {}), ...(denominator !== undefined ? { denominator } : {}) };
    const score = f.kind === 'blank' ? undefined : toIndicator(def.code, name, 'points', max, f);
    if (f.kind === 'blank') warnings.push({ message: `«${name}» (${unit}): ô điểm để trống — không ghi điểm.`, unit });
    else if (!score) unreadable.push(`«${name}», cột «${t.headers[scoreCol]}»: «${row.cells[scoreCol]}»`);
    if (score) indicators.push({ ...score, ...parts });
    if (ratio !== undefined && METRIC_766.includes(def)) {
      indicators.push({ code: ratioCode(def.code), label: `${name} (tỷ lệ)`, value: ratio, unit: 'percent', ...parts });
    }
  }
  return { unit, indicators, text: [t.headers.join('\t'), ...t.rows.map((r) => r.cells.join('\t'))].join('\n') };
}

/**
 * The chosen unit's scores shown as cards: an element whose text is a group label ("Tổng điểm") followed by one
 * holding the figure ("78,45/100"). The unit is named by a "Đơn vị: …" or "Chi tiết chỉ số: …" heading.
 */
function readCards(doc: Document, warnings: CaptureWarning[], unreadable: string[]): UnitDetail | undefined {
  const root = doc.body ?? doc.documentElement;
  if (!root) return undefined;
  const indicators: IndicatorValue[] = [];
  let unit: string | undefined;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.closest('table') || el.closest('select')) continue;
    const text = elementText(el);
    unit ??= el.children.length === 0 || /^H[1-6]$/.test(el.tagName.toUpperCase()) ? unitFromTitle(text) : undefined;
    const def = SIX.find((g) => matchesLabel(text, labelsOf(g.code)));
    const valueEl = el.nextElementSibling;
    if (!def || !valueEl || indicators.some((i) => i.code === def.code)) continue;
    const f = readFigure(elementText(valueEl));
    const v = f.kind === 'blank' ? undefined : toIndicator(def.code, text, 'points', def.max, f);
    if (v) indicators.push(v);
    else if (f.kind !== 'blank') unreadable.push(`thẻ «${text}»: «${elementText(valueEl)}»`);
  }
  if (indicators.length === 0) return undefined;
  if (!unit) {
    warnings.push({ message: 'Thấy điểm theo nhóm nhưng trang không ghi rõ đơn vị («Đơn vị: …») — không ghi nhận phần này.' });
    return undefined;
  }
  return { unit, indicators, text: indicators.map((i) => `${i.label}\t${i.value}`).join('\n') };
}

function mergeDetail(snapshots: IndicatorSnapshot[], d: UnitDetail, ctx: CaptureContext): void {
  const existing = snapshots.find((s) => sameUnit(s.unit.name, d.unit));
  if (existing) {
    const codes = new Set(existing.indicators.map((i) => i.code));
    existing.indicators.push(...d.indicators.filter((i) => !codes.has(i.code)));
    existing.contentHash = contentHash(`${existing.contentHash}\n${d.text}`);
    return;
  }
  snapshots.push({
    portal: ctx.portal,
    pageType: ctx.pageType,
    url: ctx.url,
    capturedAt: ctx.capturedAt,
    contentHash: rowHash(ctx.period.label, [], [d.text]),
    unit: { name: d.unit },
    period: ctx.period,
    indicators: d.indicators,
  });
}

export const dvc766Index = definePage({
  id: ID,
  title: 'Chỉ số phục vụ (QĐ 766) — dichvucong.gov.vn',
  titleEn: 'Service index (Decision 766) — dichvucong.gov.vn',
  yields: INDEX_766_CODES,
  matches: names766Page,
  capture(doc, url, opts) {
    const tables = readTables(doc);
    const spec = rankingSpec('six');
    const ranking = readUnitTables(tables, spec);
    if (!ranking.ok && ranking.reason === 'unreadable') return captureFailure(ID, ranking.error);
    const ctx = captureContext(doc, url, ID, opts);
    const warnings = ranking.ok ? [...ranking.warnings] : [];
    const snapshots = ranking.ok ? unitSnapshots(ranking.rows, ctx, warnings) : [];

    const unreadable: string[] = [];
    const details: UnitDetail[] = [];
    for (const t of tables) {
      if (findColumn(t, DETAIL.name) === undefined || findColumn(t, DETAIL.score) === undefined) continue;
      const unit = unitFromTitle(t.title) ?? (snapshots.length === 1 ? snapshots[0]!.unit.name : undefined);
      if (!unit) {
        warnings.push({ message: `Bảng chỉ số ${t.index + 1} không ghi rõ đơn vị («Chi tiết chỉ số: …») — không ghi nhận bảng này.` });
        continue;
      }
      details.push(readDetail(t, unit, warnings, unreadable));
    }
    if (snapshots.length === 0 && details.length === 0) {
      const cards = readCards(doc, warnings, unreadable);
      if (cards) details.push(cards);
    }
    if (unreadable.length > 0) {
      return captureFailure(ID, {
        message: `Không đọc được ${unreadable.length} ô số liệu — trang có thể đã đổi cách hiển thị: ${unreadable.slice(0, 5).join('; ')}${unreadable.length > 5 ? '; …' : ''}.`,
        lookedFor: [...lookedFor(spec), ...Object.values(DETAIL).map((l) => l[0]!)],
        missing: unreadable,
      });
    }
    if (snapshots.length === 0 && details.length === 0) {
      return captureFailure(ID, {
        message: ranking.ok
          ? 'Bảng xếp hạng không có dòng số liệu của đơn vị nào.'
          : `${ranking.error.message} Cũng không thấy bảng chỉ số (cột «Chỉ số», «Điểm») hay thẻ điểm theo nhóm của một đơn vị.`,
        lookedFor: [...lookedFor(spec), 'bảng chỉ số: «Chỉ số», «Điểm»', 'thẻ điểm: «Tổng điểm» …'],
        missing: ranking.ok ? ['dòng số liệu'] : ranking.error.missing,
      });
    }
    for (const d of details) {
      if (d.indicators.length > 0) mergeDetail(snapshots, d, ctx);
      else warnings.push({ message: `Bảng chỉ số của «${d.unit}» không có chỉ số nào đọc được.`, unit: d.unit });
    }
    return captureSuccess(ctx, snapshots, warnings, lookedFor(spec));
  },
});

/*
Made for:
- https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu (ranking of ministries, provinces, and of a province's
  departments and communes; time filter by year, quarter or month)
- https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?... (a unit's detail panel: indicators with numerator,
  denominator, ratio, score, max)
Fixtures: test/fixtures/pages/dvc-766-index.html (ranking of communes + one commune's indicators),
dvc-766-index-the.html (a unit's scores as cards), dvc-766-index-chu.html (scores replaced by text: error).
*/
