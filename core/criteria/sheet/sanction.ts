// Chế tài in a criterion's words: a deduction row of a table that says what else befalls a unit whose deduction is
// taken — «Chế tài: Không xếp loại Xuất sắc trong năm đánh giá», «Không xếp loại từ mức Tốt trở lên», «hạ 01 mức xếp
// loại», «không xét khen thưởng» —, read from the row's title, description and «Ghi chú» into Criterion.sanction, its
// bands matched against the set's classification, and said at the cell that holds the words. What thidua cannot apply
// itself (a repeat offence, «trừ toàn bộ điểm của tiêu chí liên quan», a band the set does not have, a sanction on a
// row that is no deduction: thidua cannot tell when it falls) is kept as words and said as left to the council.
import { cellText } from '../../values.js';
import { normalizeLabel } from '../../text.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { gridAddress } from '../../sheet/grid.js';
import type { ClassificationBand, CriteriaSet, Criterion, Sanction } from '../schema.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';
import { findBand } from './vocabulary.js';

/** «Chế tài:» opening the sanction's words (never «quy chế tài chính»: the colon is the table's own mark). */
const MARK = /(?<!\p{L})chế tài\s*:/iu;
/** Words that carry a sanction without the mark. */
const TRIGGER = /(?<!\p{L})(?:không\s+(?:được\s+)?xếp\s+(?:vào\s+)?loại|hạ\s+(?:xếp\s+loại\s+)?(?:\d+|một|hai|ba)\s+(?:mức|bậc)|không\s+(?:được\s+)?(?:xét\s+|đề\s+nghị\s+)+khen\s+thưởng)(?!\p{L})/iu;
/** A clause under a condition thidua cannot judge («tái phạm thì…», «nếu…», «trường hợp…»). */
const CONDITION = /(?<!\p{L})(?:thì|nếu|trường\s+hợp|tái\s+phạm)(?!\p{L})/iu;
/** What a clause says of the year it holds for («trong năm đánh giá»): the sanction's time, not its band. */
const WHEN = /\s+(?:(?:trong|của|ở)\s+(?:năm|kỳ|đợt)|năm\s+(?:đó|đánh\s+giá))(?!\p{L}).*$/iu;

const NUMBERS: Record<string, number> = { một: 1, hai: 2, ba: 3 };

/** The sanction's words in a criterion's title and note: from «Chế tài:» on, else the sentences carrying one; undefined when none. */
export function sanctionWords(c: Pick<Criterion, 'title' | 'note'>): string | undefined {
  const found: string[] = [];
  for (const source of [c.title, c.note ?? '']) {
    const mark = MARK.exec(source);
    if (mark) {
      found.push(source.slice(mark.index).trim());
      continue;
    }
    found.push(...source.split(/(?<=[.!?])\s+/u).filter((s) => TRIGGER.test(s)).map((s) => s.trim()));
  }
  const words = found.filter((w) => w !== '').join(' ');
  return words === '' ? undefined : words;
}

/** The band a name in a sanction means: its label or id as written, else the one band whose label holds the name; undefined when none or several. */
export function bandNamed(bands: readonly ClassificationBand[], name: string): ClassificationBand | undefined {
  // «chất lượng ở mức Không hoàn thành nhiệm vụ»: how Decree 90/2020/NĐ-CP and the provinces' rules after it name a band.
  const written = name.replace(/^(?:chất\s+lượng\s+)?(?:ở\s+)?(?:mức|loại)\s+/iu, '').replace(/[«»"“”]/gu, '');
  const key = normalizeLabel(written);
  if (key === '') return undefined;
  const exact = findBand([...bands], written);
  if (exact) return exact;
  const within = bands.filter((b) => ` ${normalizeLabel(b.label)} `.includes(` ${key} `));
  return within.length === 1 ? within[0] : undefined;
}

/** What one clause says: a cap (a band id), bands down, no award; undefined when thidua cannot apply it. */
function readClause(clause: string, bands: readonly ClassificationBand[]): Pick<Sanction, 'cap' | 'lower' | 'noAward'> | undefined {
  if (CONDITION.test(clause)) return undefined;
  const c = clause.replace(WHEN, '').trim();
  const lower = /^(?:đơn\s+vị\s+)?(?:bị\s+)?hạ\s+(?:xếp\s+loại\s+)?(\d+|một|hai|ba)\s+(?:mức|bậc)(?:\s+(?:xếp\s+loại|thi\s+đua))?$/iu.exec(c);
  if (lower) {
    const n = NUMBERS[lower[1]!.toLocaleLowerCase('vi')] ?? Number(lower[1]);
    return n > 0 ? { lower: n } : undefined;
  }
  if (/^(?:đơn\s+vị\s+)?(?:bị\s+)?không\s+(?:được\s+)?(?:xét\s+|đề\s+nghị\s+)+khen\s+thưởng$/iu.test(c)) return { noAward: true };
  const not = /^(?:đơn\s+vị\s+)?(?:bị\s+)?không\s+(?:được\s+)?xếp\s+(?:vào\s+)?loại\s+(.+)$/iu.exec(c);
  if (not) {
    const named = not[1]!.trim();
    // «từ mức Tốt trở lên»: the band below it at most; «cao hơn Đạt»: Đạt at most; a lone name, only the top band (below it, which way is not said).
    const fromUp = /^(?:từ\s+)?(.+?)\s+trở\s+lên$/iu.exec(named);
    const above = /^(?:cao\s+hơn|trên|quá)\s+(.+)$/iu.exec(named);
    const band = bandNamed(bands, fromUp?.[1] ?? above?.[1] ?? named);
    if (!band) return undefined;
    const i = bands.indexOf(band);
    if (above) return { cap: band.id };
    if (!fromUp && i !== 0) return undefined;
    const cap = bands[i + 1];
    return cap ? { cap: cap.id } : undefined;
  }
  // «xếp loại chất lượng ở mức Không hoàn thành nhiệm vụ» (a civil servant disciplined in the year): that band at most —
  // a sanction never raises a band the points did not reach.
  const most =
    /^(?:chỉ\s+)?(?:được\s+)?xếp\s+loại\s+(?:tối\s+đa|cao\s+nhất|không\s+quá)\s+(?:(?:là|ở)\s+)?(.+)$/iu.exec(c) ??
    /^(?:bị\s+)?xếp\s+loại\s+(?:chất\s+lượng\s+)?(?:ở\s+)?(mức\s+.+)$/iu.exec(c);
  const band = most ? bandNamed(bands, most[1]!) : undefined;
  return band ? { cap: band.id } : undefined;
}

/**
 * The sanction a criterion's words carry, read against the bands (best first); undefined when they carry none. Only a
 * deduction's words are applied (their deduction taken is when the sanction falls): any other row's are kept as words.
 */
export function readSanction(c: Pick<Criterion, 'title' | 'note' | 'rule'>, bands: readonly ClassificationBand[]): Sanction | undefined {
  const text = sanctionWords(c);
  if (text === undefined) return undefined;
  const body = text.replace(MARK, '').trim().replace(/[.]+$/u, '');
  if (c.rule.kind !== 'deduction') return { text, rest: body || text };
  const sanction: Sanction = { text };
  const rest: string[] = [];
  for (const raw of body.split(/\s*[;,]\s*|\s+và\s+|\.\s+/u)) {
    const clause = raw.trim().replace(/^[(\s]+|[)\s.]+$/gu, '');
    if (clause === '') continue;
    const read = readClause(clause, bands);
    if (!read) {
      rest.push(clause);
      continue;
    }
    // Two caps: the lower one holds; bands down add up.
    if (read.cap !== undefined && (sanction.cap === undefined || bands.findIndex((b) => b.id === read.cap) > bands.findIndex((b) => b.id === sanction.cap))) sanction.cap = read.cap;
    if (read.lower !== undefined) sanction.lower = (sanction.lower ?? 0) + read.lower;
    if (read.noAward) sanction.noAward = true;
  }
  if (rest.length > 0) sanction.rest = rest.join('; ');
  return sanction;
}

/** «không xếp loại Xuất sắc», «không xếp loại từ Tốt trở lên»: what a cap forbids, in the officer's words. */
export function capText(bands: readonly ClassificationBand[], cap: string): string {
  const i = bands.findIndex((b) => b.id === cap);
  const above = bands[i - 1];
  if (i <= 0 || !above) return `xếp loại cao nhất ${bands[i]?.label ?? cap}`;
  return i === 1 ? `không xếp loại ${above.label}` : `không xếp loại từ ${above.label} trở lên`;
}

/** A cap as the notice says it, with the band left highest when more than the top one is forbidden. */
function capNotice(bands: readonly ClassificationBand[], cap: string): string {
  const i = bands.findIndex((b) => b.id === cap);
  const text = capText(bands, cap).replace(/^không xếp loại/, 'không được xếp loại');
  return i > 1 ? `${text}, cao nhất là ${bands[i]!.label}` : text;
}

/** What a sanction does, as read: «không được xếp loại Xuất sắc; không xét khen thưởng»; '' when nothing of it is applied. */
export function sanctionApplied(bands: readonly ClassificationBand[], s: Sanction): string {
  return [
    ...(s.cap !== undefined ? [capNotice(bands, s.cap)] : []),
    ...(s.lower !== undefined ? [`bị hạ ${s.lower} mức xếp loại`] : []),
    ...(s.noAward ? ['không được xét khen thưởng'] : []),
  ].join('; ');
}

/** The notice said at the cell of the sanction's words. */
export function sanctionNotice(bands: readonly ClassificationBand[], c: Pick<Criterion, 'code' | 'rule'>, s: Sanction): string {
  const applied = sanctionApplied(bands, s);
  const council = (why: string, when: string) => `Mục ${c.code} ghi chế tài «${s.text}»: ${why} nên thidua không tự áp dụng — Hội đồng quyết định ${when}.`;
  if (c.rule.kind !== 'deduction') return council('mục không phải dòng điểm trừ, không biết khi nào đơn vị bị chế tài', 'khi chấm');
  if (applied === '') return council('không đọc được chế tài thành xếp loại hay khen thưởng', 'khi đơn vị bị trừ điểm mục này');
  const rest = s.rest ? `; phần «${s.rest}» thidua không tự áp dụng — Hội đồng quyết định` : '';
  return `Mục ${c.code}: khi bị trừ điểm, đơn vị ${applied} (chế tài ghi trong bảng)${rest}.`;
}

/**
 * A criterion's «Ghi chú» as the criteria sheet writes it: its note, with the sanction's words after it when neither its
 * title nor its note holds them (a set made in JSON), so the sheet read back keeps the sanction (withSanctions).
 */
export function noteWithSanction(c: Pick<Criterion, 'title' | 'sanction'>, note: string | undefined): string | undefined {
  const s = c.sanction;
  if (!s || c.title.includes(s.text) || (note ?? '').includes(s.text)) return note;
  const words = MARK.test(s.text) || TRIGGER.test(s.text) ? s.text : `Chế tài: ${s.text}`;
  // A sentence of its own, as it is read back (sanctionWords).
  return note === undefined || note === '' ? words : `${note}${/[.!?]$/u.test(note.trim()) ? '' : '.'} ${words}`;
}

/**
 * The cell holding a criterion's sanction words: in its row (`row`, else a row holding its code in a cell of its own, as
 * our own sheet writes it), else the first cell of the sheet holding them.
 */
function wordsCell(grid: SheetGrid, code: string, row: number | undefined, words: string): string | undefined {
  const first = words.slice(0, 40);
  const holds = (r: number) => (grid.values[r] ?? []).findIndex((v) => cellText(v ?? null).includes(first));
  const rows = row !== undefined ? [row - (grid.origin?.row ?? 1)] : grid.values.flatMap((values, r) => (values.some((v) => cellText(v ?? null).trim() === code) ? [r] : []));
  for (const r of [...rows, ...grid.values.keys()]) {
    const c = holds(r);
    if (c >= 0) return gridAddress(grid, r, c);
  }
  return undefined;
}

/**
 * The set with each criterion's sanction read from its words (a sanction the set already holds is kept), and what was
 * read, one notice at each cell of sanction words. `rowOf`: the sheet row each criterion was read from, when known.
 */
export function withSanctions(set: CriteriaSet, grid: SheetGrid, rowOf?: ReadonlyMap<string, number>): { set: CriteriaSet; notices: CriteriaSheetNotice[] } {
  const notices: CriteriaSheetNotice[] = [];
  let changed = false;
  const criteria = set.criteria.map((c) => {
    const sanction = c.sanction ?? readSanction(c, set.classification);
    if (!sanction) return c;
    notices.push({ cell: wordsCell(grid, c.code, rowOf?.get(c.code), sanction.text) ?? gridAddress(grid, 0, 0), message: sanctionNotice(set.classification, c, sanction) });
    if (c.sanction) return c;
    changed = true;
    return { ...c, sanction };
  });
  return { set: changed ? { ...set, criteria } : set, notices };
}

// Made for: an officer walk's commune People's Council table (Thanh Hóa, Phụ lục II), whose deduction rows IX.1, IX.7,
// IX.8, IX.9 write «Chế tài: Không xếp loại Xuất sắc…», «Không xếp loại từ mức Tốt trở lên…», «hạ 01 mức xếp loại»: read
// as nothing, a unit with IX.1 taken stayed «Xuất sắc» and was proposed for an award its own table forbids.
