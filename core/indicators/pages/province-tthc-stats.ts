// Kết quả giải quyết thủ tục hành chính (provincial statistics page, DOMAIN §2): Mức độ | Tổng | Đã xử lý |
// Chưa xử lý | Trước hạn | Đúng hạn | Trễ hạn, each count and percent — either as "Số lượng | Tỷ lệ (%)" sub-columns
// or as one cell "1.234 (85,5%)". Rows are either units, or service levels of one unit named by the page's
// "Đơn vị" filter or title; for levels, the unit's figures are its total row.
import { captureContext, captureFailure, captureSuccess, definePage } from '../capture.js';
import { groupOriginal, matchFolded } from '../fold.js';
import { chosenOption, elementText, findColumn, readTables } from '../table.js';
import { isProvincialPortal, lookedFor, readUnitTables, snapshotOf, unitSnapshots, type ColumnSpec, type UnitRow, type UnitTableSpec } from '../unit-table.js';
import { levelCode, SERVICE_LEVELS, type ServiceLevel } from '../codes.js';
import type { FigureCodes } from '../column-meaning.js';
import type { IndicatorValue } from '../schema.js';
import { normalizeLabel } from '../../text.js';

const ID = 'province-tthc-stats';

const LEVEL_LABELS = ['Mức độ', 'Mức độ DVC', 'Mức độ dịch vụ công'];

/**
 * Count and percent of one outcome, under any of its wordings (DOMAIN §7), in both layouts: "Số lượng | Tỷ lệ (%)"
 * (or "Tổng | %") sub-columns, or one cell "1.234 (85,5%)" / "Số lượng: 1.234 Tỷ lệ: 85,5%".
 */
function outcome(code: string, headers: readonly string[], required: boolean): ColumnSpec[] {
  const under = (subs: readonly string[]) => headers.flatMap((h) => subs.map((sub) => `${h} › ${sub}`));
  return [
    { code, labels: under(['Số lượng', 'Số hồ sơ', 'SL', 'Tổng']), required },
    { code, labels: headers, part: 'count', required },
    { code: `${code}_PCT`, labels: under(['Tỷ lệ (%)', 'Tỷ lệ', '%']), required },
    { code: `${code}_PCT`, labels: headers, part: 'percent', required },
  ];
}

/** The statistics page's own codes for the figures a header means (column-meaning.ts); others keep the dossier codes. */
const TTHC_CODES: FigureCodes = {
  received: ['TTHC_TONG', undefined],
  resolved: ['TTHC_DA_XU_LY', 'TTHC_DA_XU_LY_PCT'],
  pending: ['TTHC_CHUA_XU_LY', 'TTHC_CHUA_XU_LY_PCT'],
  early: ['TTHC_TRUOC_HAN', 'TTHC_TRUOC_HAN_PCT'],
  ontime: ['TTHC_DUNG_HAN', 'TTHC_DUNG_HAN_PCT'],
  late: ['TTHC_TRE_HAN', 'TTHC_TRE_HAN_PCT'],
};

const SPEC: UnitTableSpec = {
  partial: { codes: TTHC_CODES },
  unitLabels: [...LEVEL_LABELS, 'Tên đơn vị', 'Đơn vị', 'Cơ quan', 'Cơ quan, đơn vị'],
  columns: [
    { code: 'TTHC_TONG', labels: ['Tổng', 'Tổng số', 'Tổng số hồ sơ', 'Tổng hồ sơ'], required: true },
    ...outcome('TTHC_DA_XU_LY', ['Đã xử lý', 'Đã giải quyết', 'Hoàn thành'], true),
    ...outcome('TTHC_CHUA_XU_LY', ['Chưa xử lý', 'Đang xử lý', 'Đang giải quyết', 'Chưa giải quyết'], false),
    ...outcome('TTHC_TRUOC_HAN', ['Trước hạn', 'Sớm hạn'], true),
    ...outcome('TTHC_DUNG_HAN', ['Đúng hạn', 'Trong hạn'], true),
    ...outcome('TTHC_TRE_HAN', ['Trễ hạn', 'Quá hạn'], true),
  ],
};

/** "Đơn vị: UBND xã Ta Ma" — the unit a page of levels is about: the chosen option of its unit filter, or its title. */
function pageUnit(doc: Document): string | undefined {
  const root = doc.body ?? doc.documentElement;
  if (!root) return undefined;
  for (const select of Array.from(root.querySelectorAll('select'))) {
    const wrapping = select.closest('label');
    const label = `${select.getAttribute('aria-label') ?? ''} ${select.getAttribute('name') ?? ''} ${select.previousElementSibling ? elementText(select.previousElementSibling) : ''} ${wrapping ? elementText(wrapping).replace(chosenOption(select), '') : ''}`;
    if (!matchFolded(label, /\b(don vi|co quan|donvi|coquan)\b/)) continue;
    const text = chosenOption(select);
    if (text && !matchFolded(text, /^(tat ca|-|chon)/)) return text;
  }
  for (const el of Array.from(root.querySelectorAll('h1,h2,h3,h4,caption,p,span,div,label'))) {
    if (el.children.length > 2) continue;
    const text = elementText(el);
    const found = matchFolded(text, /^(?:don vi|co quan)\s*:\s*(.+)$/d);
    const name = found && groupOriginal(text, found.match, 1);
    if (name) return name;
  }
  return undefined;
}

/**
 * The «Toàn trình» and «Một phần» rows («Dịch vụ công trực tuyến toàn trình», «DVC một phần»…) under their level
 * codes, so the unit keeps each level's figures beside its total.
 */
function levelFigures(rows: readonly UnitRow[]): IndicatorValue[] {
  return rows.flatMap((r) => {
    const level = r.total ? undefined : levelOf(r.name);
    return level ? r.indicators.map((i) => ({ ...i, code: levelCode(i.code, level), label: `${r.name} › ${i.label}` })) : [];
  });
}

function levelOf(name: string): ServiceLevel | undefined {
  const n = normalizeLabel(name);
  return /\btoan trinh\b/.test(n) ? 'TOAN_TRINH' : /\bmot phan\b/.test(n) ? 'MOT_PHAN' : undefined;
}

/** The page's figures, whole and on each service level's row. */
const OWN = [...new Set(SPEC.columns.map((c) => c.code))];

export const provinceTthcStats = definePage({
  id: ID,
  title: 'Kết quả giải quyết thủ tục hành chính — cổng tỉnh',
  titleEn: 'Administrative procedure results — provincial portal',
  yields: [...OWN, ...OWN.flatMap((code) => (Object.keys(SERVICE_LEVELS) as ServiceLevel[]).map((level) => levelCode(code, level)))],
  matches: isProvincialPortal,
  capture(doc, url, opts) {
    const tables = readTables(doc);
    const read = readUnitTables(tables, SPEC);
    if (!read.ok) return captureFailure(ID, read.error);
    const ctx = captureContext(doc, url, ID, opts);
    const warnings = [...read.warnings];
    const byLevel = read.tables.some((t) => findColumn(t, LEVEL_LABELS) !== undefined);
    if (!byLevel) return captureSuccess(ctx, unitSnapshots(read.rows, ctx, warnings), warnings, lookedFor(SPEC));

    const unit = pageUnit(doc);
    const totals = read.rows.filter((r) => r.total);
    const row = totals[0] ?? (read.rows.length === 1 ? read.rows[0] : undefined);
    const missing = [...(unit ? [] : ['tên đơn vị (ô chọn «Đơn vị» hoặc dòng «Đơn vị: …»)']), ...(row ? [] : ['dòng «Tổng cộng»'])];
    if (!unit || !row) {
      return captureFailure(ID, {
        message: `Bảng thống kê theo mức độ nhưng không xác định được ${missing.join(' và ')}.`,
        lookedFor: [...lookedFor(SPEC), 'tên đơn vị', 'dòng «Tổng cộng»'],
        missing,
      });
    }
    // Here the total row is the unit's figures: a cell it cannot read is an error, as on any data row.
    if (row.unread.length > 0) {
      return captureFailure(ID, {
        message: `Không đọc được ${row.unread.length} ô của dòng «${row.name}»: ${row.unread.join('; ')}.`,
        lookedFor: lookedFor(SPEC),
        missing: row.unread,
      });
    }
    // The rows here are levels (mức độ), not units: their warnings concern the page's one unit, so none is named.
    const pageWarnings = warnings.map(({ message }) => ({ message }));
    const snapshot = snapshotOf({ ...row, total: false }, ctx, unit);
    snapshot.indicators = [...snapshot.indicators, ...levelFigures(read.rows)];
    return captureSuccess(ctx, [snapshot], pageWarnings, lookedFor(SPEC));
  },
});

/*
Made for:
- https://dichvucong.thuathienhue.gov.vn/... "Kết quả giải quyết thủ tục hành chính" (thống kê)
- other provincial portals' statistics pages with the same columns (https://dichvucong.<tỉnh>.gov.vn/...)
Fixtures: test/fixtures/pages/province-tthc-stats.html (levels of one unit, "Số lượng | Tỷ lệ (%)" sub-columns),
province-tthc-stats-don-vi.html (one row per unit, "1.234 (85,5%)" cells); the wordings of DOMAIN §7 («Tổng | %»,
«Đã giải quyết», «Quá hạn», multi-line cells) are built in test/indicators/one-stop.test.ts.
*/
