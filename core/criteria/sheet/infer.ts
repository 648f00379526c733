// What a criteria sheet without its sections is completed with: the set's name from the title row or the
// file, groups from «Nhóm» or the group headings among the criteria, kinds from «Áp dụng cho». Each
// inference is said once as a notice; with the section present, the section is used and checked against.
import type { ReportCell } from '../../sheet/cell.js';
import { normalizeLabel } from '../../text.js';
import { cellText, formatPoints, sumPoints } from '../../values.js';
import { resolveKind } from '../kinds.js';
import type { CriteriaGroup, Criterion, SubjectKind } from '../schema.js';
import { COMMON_KINDS, slugOf } from './defaults.js';
import { maximumInWords, readPointsText } from './points-text.js';
import { groupWithPoints } from './notice-text.js';
import type { SheetReader } from './sheet-reader.js';
import { findGroup } from './vocabulary.js';

/** A group heading row among the criteria: "II. XÃ HỘI SỐ", or "II | Xã hội số | … | 40" (`cell`: where its max is). */
export type Heading = { id: string; title: string; maxPoints?: number; cell?: string };

/**
 * The group heading a row of the criteria table is, if it is one: a lone text ("II. XÃ HỘI SỐ"), or a roman
 * numeral or a capital letter in «Mã» with a title and no «Cách tính» ("II | Xã hội số | … | 40", "A | NHÓM TIÊU CHÍ
 * CHUNG | 30"; its max when given).
 */
export function headingOf(row: { code: string; title: string; rule: string; texts: string[]; max: ReportCell | undefined; titleCell?: ReportCell }): Heading | undefined {
  const numeral = /^([IVXLC]+|[A-Z])[.)]?$/.exec(row.code);
  if (numeral && row.title !== '' && row.rule === '') {
    // Its maximum typed, or written as points («10 điểm», «Tối đa 10 điểm», «0 ÷ 10 điểm») as an item's is read.
    const max = row.max?.value;
    const words = max?.kind === 'number' || !row.max ? undefined : readPointsText(cellText(row.max.raw));
    const points = max?.kind === 'number' ? max.value : words?.kind === 'points' && words.points > 0 ? words.points : words?.kind === 'range' && words.min >= 0 ? words.max : undefined;
    if (points !== undefined) return { id: numeral[1]!, title: row.title, maxPoints: points, cell: row.max!.address };
    // None in its points cell: in its words («V. … (10 điểm)»), as a numbered section's is.
    const inWords = maximumInWords(row.title);
    return { id: numeral[1]!, title: row.title, ...(inWords !== undefined && row.titleCell && { maxPoints: inWords, cell: row.titleCell.address }) };
  }
  if (row.texts.length !== 1 || (row.code !== '' && !/\s/.test(row.code))) return undefined;
  const m = /^([IVXLC]+|[A-Z]|\d+)[.)]\s+(.+)$/.exec(row.texts[0]!);
  return m ? { id: m[1]!, title: m[2]! } : { id: row.texts[0]!, title: row.texts[0]! };
}

/** "Xã hội số" → "XHS", the way officers abbreviate a group. */
function initialsOf(name: string): string {
  return normalizeLabel(name).split(' ').map((w) => w[0] ?? '').join('').toUpperCase();
}

const DEFAULT_GROUP: Heading = { id: 'TC', title: 'Tiêu chí' };

/** Names each criterion's group: against the «NHÓM TIÊU CHÍ» section, or (without one) from «Nhóm» or the heading above. */
export function groupNamer(sheet: SheetReader, section: CriteriaGroup[] | undefined) {
  const inferred = new Map<string, Heading>();
  let fromColumn = false;
  return {
    of(text: string, cell: ReportCell | undefined, heading: Heading | undefined, rowCell: ReportCell): string | undefined {
      if (section) {
        if (text === '') sheet.fail(cell?.address ?? rowCell.address, 'thiếu «Nhóm»');
        else if (!findGroup(section, text)) sheet.fail(cell!.address, `nhóm «${text}» không có trong mục «NHÓM TIÊU CHÍ»`);
        return findGroup(section, text)?.id ?? text;
      }
      fromColumn ||= text !== '';
      if (text === '') {
        const g = heading ?? DEFAULT_GROUP;
        if (!inferred.has(g.id)) inferred.set(g.id, g);
        return g.id;
      }
      // A group written by code in one row and by name in another ("XHS", "Xã hội số") is one group, named by the name.
      const met = findGroup([...inferred.values()], text) ?? [...inferred.values()].find((g) => initialsOf(g.title) === text || initialsOf(text) === g.id);
      if (!met) inferred.set(text, { id: text, title: text });
      else if (met.title === met.id && initialsOf(text) === met.id) met.title = text;
      return met?.id ?? text;
    },
    /** The maxima the group headings state (a group whose criteria add up to more counts at most this). */
    stated(): ReadonlyMap<string, number> {
      return new Map([...inferred.values()].flatMap((g) => (g.maxPoints === undefined ? [] : [[g.id, g.maxPoints] as const])));
    },
    /** The groups: the section's, or those met, each worth the sum of its criteria unless its heading says. */
    groups(criteria: Criterion[], headerCell: string | undefined): CriteriaGroup[] | undefined {
      if (section) return section;
      const sum = (id: string, bonus: boolean) =>
        sumPoints(criteria.filter((c) => c.group === id && (c.rule.kind === 'bonus') === bonus && c.rule.kind !== 'deduction').map((c) => c.maxPoints));
      const taken = (id: string) => sumPoints(criteria.filter((c) => c.group === id && c.rule.kind === 'deduction').map((c) => c.maxPoints));
      // A group of bonus points only (an «ĐIỂM THƯỞNG» heading) is worth its bonus; of deductions only («ĐIỂM TRỪ»), what
      // they take together (a maximum of 0 would cap every deduction at nothing).
      const groups = [...inferred.values()].map((g) => ({ id: g.id, title: g.title, maxPoints: g.maxPoints ?? (sum(g.id, false) || sum(g.id, true) || taken(g.id)) }));
      for (const g of inferred.values()) {
        const parts = sum(g.id, false) || sum(g.id, true);
        if (g.maxPoints !== undefined && Math.abs(g.maxPoints - parts) > 1e-9) sheet.note(g.cell, groupMismatch({ ...g, maxPoints: g.maxPoints }, parts));
      }
      if (groups.length > 0) {
        const from = fromColumn ? 'cột «Nhóm»' : inferred.has(DEFAULT_GROUP.id) && inferred.size === 1 ? 'một nhóm chung' : 'các dòng tiêu đề nhóm';
        const stated = [...inferred.values()].some((g) => g.maxPoints !== undefined) ? ', trừ khi dòng tiêu đề nhóm ghi điểm' : '';
        sheet.note(
          headerCell,
          `Chưa có mục «NHÓM TIÊU CHÍ»: nhóm lấy từ ${from}: ${groups.map((g) => groupWithPoints(g.title, g.maxPoints, criteria.filter((c) => c.group === g.id))).join('; ')}; điểm tối đa của nhóm là tổng điểm các tiêu chí trong nhóm${stated}.`,
        );
      }
      return groups;
    },
  };
}

/**
 * A group heading's maximum against its criteria's sum, in the officer's words: above it, the group is capped (its
 * criteria count together at most the stated maximum, as the table says); below it, each criterion counts its own.
 */
export function groupMismatch(g: { id: string; title: string; maxPoints: number }, parts: number): string {
  const stated = `Nhóm ${g.id} (${g.title}) ghi ${formatPoints(g.maxPoints)} điểm, nhưng các tiêu chí trong nhóm cộng được ${formatPoints(parts)}`;
  return parts > g.maxPoints
    ? `${stated}: nhóm tính tối đa ${formatPoints(g.maxPoints)} điểm (điểm các tiêu chí trong nhóm cộng lại, quá ${formatPoints(g.maxPoints)} thì tính ${formatPoints(g.maxPoints)}).`
    : `${stated}: nhóm tính ${formatPoints(parts)} điểm, mỗi tiêu chí tính điểm của mình.`;
}

/** Names the kinds in «Áp dụng cho»: against «LOẠI ĐỐI TƯỢNG», or (without it) the usual kinds plus each new word. */
export function kindNamer(sheet: SheetReader, section: SubjectKind[] | undefined) {
  const added: SubjectKind[] = [];
  return {
    of(name: string, cell: ReportCell): string | undefined {
      if (section) {
        const kind = resolveKind({ subjectKinds: section }, name);
        if (!kind) sheet.fail(cell.address, `loại đối tượng «${name}» không có trong mục «LOẠI ĐỐI TƯỢNG»`);
        return kind?.id;
      }
      const known = resolveKind({ subjectKinds: [...COMMON_KINDS, ...added] }, name);
      if (known) return known.id;
      const base = slugOf(name) || 'loai';
      let id = base;
      for (let i = 2; [...COMMON_KINDS, ...added].some((k) => k.id === id); i++) id = `${base}-${i}`;
      added.push({ id, label: name, collective: true, aliases: [] });
      return id;
    },
    kinds(headerCell: string | undefined): SubjectKind[] | undefined {
      if (section) return section;
      const own = added.length > 0 ? `; thêm loại ghi ở «Áp dụng cho»: ${added.map((k) => k.label).join(', ')}` : '';
      sheet.note(
        headerCell,
        `Chưa có mục «LOẠI ĐỐI TƯỢNG»: nhận các loại đơn vị thường gặp (${COMMON_KINDS.map((k) => k.label).join(', ')})${own}; tiêu chí để trống «Áp dụng cho» áp dụng cho mọi đơn vị.`,
      );
      return [...COMMON_KINDS, ...added];
    },
  };
}

/** The set's id, version and title when the sheet does not give them: from its title row, else its file's name. */
export function inferIdentity(
  sheet: SheetReader,
  given: { id: string; version: string; title: string },
  cells: { id?: ReportCell; version?: ReportCell; title?: ReportCell },
  fileName: string | undefined,
  caption?: string,
  documentTitle?: string,
): { id: string; version: string; title: string } {
  let { id, version, title } = given;
  if (title === '') {
    const row = sheet.titleRow();
    const name = fileName?.replace(/\.[^.]*$/, '').trim();
    title = row ? sheet.text(row) : documentTitle || caption || name || `Bộ tiêu chí của trang ${sheet.grid.name}`;
    const from = row ? `dòng tiêu đề ô ${row.address}` : documentTitle ? 'tiêu đề văn bản, trên bảng' : caption ? 'dòng ngay trên bảng' : name ? `tên tệp «${fileName}»` : 'tên trang';
    sheet.note(cells.title?.address ?? row?.address, `Chưa có «Tên bộ tiêu chí»: dùng «${title}» (lấy từ ${from}).`);
  }
  if (id === '') {
    id = slugOf(title) || 'bo-tieu-chi';
    sheet.note(cells.id?.address, `Chưa có «Mã bộ tiêu chí»: dùng «${id}» (tạo từ tên bộ tiêu chí).`);
  }
  if (version === '') {
    version = '1';
    sheet.note(cells.version?.address, 'Chưa có «Phiên bản»: dùng «1».');
  }
  return { id, version, title };
}

/**
 * The period of a sheet without «Từ ngày» and «Đến ngày»: the calendar year its «Kỳ», title or file name
 * names ("… NĂM 2025"); none named, the period stays empty.
 */
export function inferPeriod(
  sheet: SheetReader,
  label: string,
  named: { text: string; cell?: string | undefined }[],
): { from: string; to: string; label: string } {
  for (const { text, cell } of named) {
    const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(text)?.[1];
    if (!year) continue;
    sheet.note(cell, `Chưa có «Từ ngày», «Đến ngày»: dùng cả năm ${year} (01/01/${year} – 31/12/${year}), theo «${text}».`);
    return { from: `${year}-01-01`, to: `${year}-12-31`, label: label || `Năm ${year}` };
  }
  // Never a year taken silently later: the papers would print the scoring day's.
  const without = label ? `«Kỳ» «${label}» không ghi năm, chưa có «Từ ngày», «Đến ngày»` : 'Chưa có «Kỳ», «Từ ngày», «Đến ngày»';
  sheet.note(named.find((n) => n.cell)?.cell, `${without}, và tên bảng, tên tệp không ghi năm nào: bộ tiêu chí không có năm của phong trào, giấy tờ khen thưởng sẽ ghi năm theo ngày chấm điểm. Ghi «Kỳ» (ví dụ «Năm 2025») trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu cần.`);
  return { from: '', to: '', label };
}
