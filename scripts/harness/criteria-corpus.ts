// The corpus of real scoring tables (test/fixtures/real/criteria-corpus/): its manifest — each table's source and the
// figures the document itself states — and one small renderer per source format, turning the text a public source
// holds (a JS/TS data array, SQL inserts, a Markdown table or rubric, an app's page) into the table that source shows,
// for LibreOffice to write as the .xlsx or .docx an office would send (or a kept Word form written again in the layout
// another office keeps it in). Nothing of a table is typed here: rows, numbers and words come from the kept text; only
// column titles a source's page draws around its data are named. Shared by
// test/criteria/corpus.test.ts and `npm run bench -- tables`.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { Reconciliation } from '../../core/criteria/sheet/reconcile.js';
import { understoodSet, withinPart } from '../../core/criteria/sheet/understood.js';
import { formatNumberVi } from '../../core/values.js';
import { sofficeAll, tablesHtml, utf8Page, type Cell, type OfficeTable } from './office-html.js';
import { conductForm, leadersTable } from './real-tables.js';

export const CORPUS = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'real', 'criteria-corpus');

/** A JS/TS object literal's `key: value` pairs in order (strings unescaped, numbers, null), without running it. */
export function literalFields(source: string): [string, string | number | null][] {
  const pairs: [string, string | number | null][] = [];
  const pattern = /\b(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|-?\d+(?:\.\d+)?\b|null\b)/g;
  for (const [, key, raw] of source.matchAll(pattern)) {
    const value = raw!.startsWith('"') ? (JSON.parse(raw!) as string)
      : /^['`]/.test(raw!) ? raw!.slice(1, -1).replace(/\\(n|.)/g, (_, c: string) => (c === 'n' ? '\n' : c))
      : raw === 'null' ? null : Number(raw);
    pairs.push([key!, value]);
  }
  return pairs;
}

/** The records of a data array: a new record starts at each `first` key. */
function records(source: string, first: string): Record<string, string | number | null>[] {
  const out: Record<string, string | number | null>[] = [];
  for (const [key, value] of literalFields(source)) {
    if (key === first) out.push({});
    if (out.length > 0) out.at(-1)![key] = value;
  }
  return out;
}

const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** Markdown as a reader sees it: no bold or underline marks, no escapes. */
const plain = (s: string) =>
  s.replace(/<br>/g, '\n').replace(/\*\*|__/g, '').replace(/(^|\s)\*(\S[^*]*)\*/g, '$1$2').replace(/`/g, '').replace(/\\(.)/g, '$1').trim();

/** A school's IT-use table (records STT / title / DiemChuan / TuCham) under its fields' names spelt out. */
function sttDiemChuan([source]: string[]): OfficeTable {
  const rows = records(source!, 'STT').map((r) => [str(r.STT), str(r.title), str(r.DiemChuan), str(r.TuCham)]);
  return { caption: '', rows: [['STT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm'], ...rows] };
}

/** Sections (a title and its maximum) → lettered criteria (a title) → unnumbered items (a description and a maximum). */
function sectionsCriteriaItems([source]: string[]): OfficeTable {
  const rows: Cell[][] = [];
  let letter = '';
  // A maximum belongs to the row just above it: the section's, or the item's.
  for (const [key, value] of literalFields(source!)) {
    if (key === 'section') rows.push(['', str(value), '', '', '']);
    else if (key === 'id') letter = str(value);
    else if (key === 'title') rows.push([letter, str(value), '', '', '']);
    else if (key === 'description') rows.push(['', str(value), '', '', '']);
    else if (key === 'maxScore') rows.at(-1)![2] = str(value);
  }
  return { caption: '', rows: [['STT', 'Nội dung đánh giá', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm đánh giá'], ...rows] };
}

/** A university's groups and criteria as SQL inserts: groups by their index, each followed by its criteria as inserted. */
function sqlGroupsCriteria([groups, criteria]: string[]): OfficeTable {
  const text = (s: string) => s.replace(/''/g, "'");
  const all = [...criteria!.matchAll(/\('((?:[^']|'')*)',(\d+),(\d+)\)/g)].map(([, title, max, group]) => ({ title: text(title!), max: max!, group: Number(group) }));
  const rows = [...groups!.matchAll(/\('((?:[^']|'')*)',(\d+)\)/g)]
    .map(([, title, index]) => ({ title: text(title!), index: Number(index) }))
    .sort((a, b) => a.index - b.index)
    .flatMap((g) => [[g.title, '', ''], ...all.filter((c) => c.group === g.index).map((c) => [c.title, c.max, ''])]);
  return { caption: '', rows: [['Nội dung đánh giá', 'Điểm tối đa', 'Điểm tự đánh giá'], ...rows] };
}

/** Pipe tables of a Markdown page (as a Word document converted to Markdown holds them), each under the lines before it. */
function markdownTables([source]: string[]): OfficeTable[] {
  const tables: OfficeTable[] = [];
  let before: string[] = [];
  let rows: Cell[][] | undefined;
  for (const line of source!.split('\n')) {
    if (line.startsWith('|')) {
      if (!rows) tables.push({ caption: before.at(-1) ?? '', before: before.slice(0, -1), rows: (rows = []) });
      if (!/^\|[\s:|-]+\|$/.test(line)) rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map(plain));
    } else {
      if (rows) before = [];
      rows = undefined;
      const words = plain(line.replace(/^#+\s*/, ''));
      if (words !== '') before.push(words);
    }
  }
  return tables;
}

/**
 * A rubric written as Markdown headings: «## TIÊU CHÍ n: …» with «**Điểm tối đa: N điểm**» under it, «### n.m. …»
 * items whose first points line («Điểm», «Điểm tối đa», «Điểm cơ bản», «Điểm phạt») gives the points cell and whose
 * other lines stay in the content cell, «TỔNG KẾT» with its «Tổng điểm tối đa».
 */
function markdownRubric([source]: string[]): OfficeTable {
  const rows: string[][] = [];
  const pointsLine = /^- \*\*(Điểm|Điểm tối đa|Điểm cơ bản|Điểm phạt)\*\*: (.*)$/;
  const total = /^- \*\*Tổng điểm tối đa\*\*: /;
  let heading = '';
  for (const line of source!.split('\n')) {
    const last = rows.at(-1);
    if (/^#{2,3} /.test(line)) {
      heading = plain(line.replace(/^#+ /, ''));
      // The page's title and its information block are not rows of the table; its closing block gives the total.
      if (!/^(Học viện|THÔNG TIN|TỔNG KẾT)/.test(heading)) rows.push(['', heading, '']);
    } else if (heading.startsWith('TỔNG KẾT') && total.test(line)) rows.push(['', 'Tổng điểm tối đa', plain(line.replace(total, ''))]);
    else if (/^(Học viện|THÔNG TIN|TỔNG KẾT)/.test(heading) || !last) continue;
    else if (/^\*\*Điểm tối đa: /.test(line)) last[2] = plain(line).replace(/^Điểm tối đa: /, '');
    else if (pointsLine.test(line) && last[2] === '') last[2] = line.replace(pointsLine, '$2');
    else if (line.trim().startsWith('- ')) last[1] += `\n${plain(line.trim().slice(2))}`;
  }
  return { caption: 'Phiếu đánh giá Kết quả Rèn luyện', rows: [['STT', 'Nội dung đánh giá', 'Điểm'], ...rows] };
}

/**
 * The leaders' evaluation form (Mẫu 02) as its app prints it (the same repository's PrintReportView.tsx): STT | Nội
 * dung thi đua đánh giá | Tối đa | Cá nhân tự chấm | HT Duyệt; part A's items numbered from 1, part B's items numbered
 * again, each with its levels (a, b, c, d, đ, e) below; the bonus and deduction parts as one row each; the total row.
 */
function printedForm([source]: string[]): OfficeTable {
  const items = records(source!, 'id');
  const part = (section: string) => items.filter((c) => c.section === section);
  const rows: Cell[][] = [['A', { text: 'PHẦN A: NHIỆM VỤ CHUNG VÀ CHUYÊN MÔN (TỐI ĐA 30 ĐIỂM)', colSpan: 2 }, '', '']];
  part('A').forEach((c, i) => rows.push([String(i + 1), str(c.title), str(c.maxPoints), '', '']));
  rows.push(['B', { text: 'PHẦN B: NHIỆM VỤ CỤ THỂ VÀ CÔNG TÁC KIÊM NHIỆM (TỐI ĐA 70 ĐIỂM)', colSpan: 2 }, '', '']);
  const fields = literalFields(source!);
  part('B').forEach((c, i) => {
    rows.push([String(i + 1), str(c.title), str(c.maxPoints), '', '']);
    // The item's levels: the `code`/`label`/`points` triples between its id and the next id.
    const from = fields.findIndex(([k, v]) => k === 'id' && v === c.id);
    const to = fields.findIndex(([k], j) => j > from && k === 'id');
    const own = fields.slice(from, to < 0 ? undefined : to);
    own.forEach(([k, v], j) => {
      if (k === 'label') rows.push([str(own[j - 1]![1]), str(v), str(own[j + 1]![1]), '', '']);
    });
  });
  rows.push(['C', 'Điểm cộng thi đua (Tổng C.1 + C.2 + C.3 + C.4)', '+7', '', '']);
  rows.push(['D', 'Điểm trừ thi đua (Tổng D.1 + D.2 + D.3)', '-5', '', '']);
  rows.push([{ text: 'TỔNG ĐIỂM THI ĐUA CHUẨN = PHẦN A (TỐI ĐA 30Đ) + PHẦN B (TỐI ĐA 70Đ) = TỐI ĐA 100 ĐIỂM', colSpan: 3 }, '', '']);
  return { caption: 'BẢNG ĐÁNH GIÁ VÀ XẾP LOẠI THI ĐUA', rows: [['STT', 'Nội dung thi đua đánh giá', 'Tối đa', 'Cá nhân tự chấm', 'HT Duyệt'], ...rows] };
}

/**
 * A school's staff table (records with a category, its title, initial / reward / penalty points as written and a cap
 * per term): Điểm chuẩn | Điểm thưởng | Điểm trừ | Tối đa/học kỳ columns, each category a row above its items.
 */
function bonusDeductionCap([source]: string[]): OfficeTable {
  const rows: string[][] = [];
  let category = '';
  let n = 0;
  for (const r of records(source!, 'id')) {
    if (r.category !== category) {
      category = str(r.category);
      n = 0;
      rows.push(['', str(r.categoryTitle), '', '', '', '', '']);
    }
    rows.push([String(++n), str(r.title), str(r.initialPoints), str(r.rewardUnit), str(r.penaltyUnit), str(r.maxPerSemester), str(r.trackingDept)]);
  }
  return { caption: '', rows: [['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tối đa/học kỳ', 'Bộ phận theo dõi'], ...rows] };
}

/**
 * Records one to a line under the comments that head their sections («// I. BÁO CÁO NHANH (Tổng 120 điểm)», «// 1.
 * Chuyên cần & Nề nếp»): each section a row of its words alone, each record a row of the fields `columns` name («#»: a
 * number counted again in each section). A comment above the array is the table's title.
 */
function commentedRecords(source: string, columns: [title: string, field: string][]): OfficeTable {
  const rows: string[][] = [];
  let caption = '';
  let opened = false;
  let n = 0;
  for (const line of source.split('\n')) {
    const comment = /^\s*\/\/ (.*)$/.exec(line)?.[1];
    if (/=\s*\[\s*$/.test(line)) opened = true;
    else if (comment !== undefined && !opened) caption = comment;
    else if (comment !== undefined) {
      rows.push([comment, ...columns.slice(1).map(() => '')]);
      n = 0;
    } else if (/^\s*\{ \w+:/.test(line)) {
      const r = Object.fromEntries(literalFields(line));
      n++;
      rows.push(columns.map(([, field]) => (field === '#' ? String(n) : str(r[field]))));
    }
  }
  // A section's words stand in the content column, the second.
  const sections = rows.map((r) => (r.slice(1).every((c) => c === '') ? ['', r[0]!, ...r.slice(2)] : r));
  return { caption, rows: [columns.map(([title]) => title), ...sections] };
}

/**
 * One role's KPI table as a bank branch's seed code holds it (C# `new KPIDefinition { KpiName = "…", MaxScore = N,
 * UnitOfMeasure = "…" }`, one to a line, its code `$"{roleCode}_01"` holding braces of its own), under the role's name:
 * STT (counted) · Chỉ tiêu · Điểm tối đa · Đơn vị tính.
 */
function kpiDefinitions([source]: string[]): OfficeTable {
  const role = /roleDescription = "([^"]*)"/.exec(source!)?.[1] ?? '';
  const rows = [...source!.matchAll(/new KPIDefinition \{(.*)\}/g)].map(([, body], i) => {
    const field = (name: string) => new RegExp(`\\b${name} = ("(?:[^"\\\\]|\\\\.)*"|-?\\d+(?:\\.\\d+)?)`).exec(body!)?.[1]?.replace(/^"|"$/g, '') ?? '';
    return [String(i + 1), field('KpiName'), field('MaxScore'), field('UnitOfMeasure')];
  });
  return { caption: role, rows: [['STT', 'Chỉ tiêu', 'Điểm tối đa', 'Đơn vị tính'], ...rows] };
}

/**
 * A youth union's cluster scoring as SQL inserts, in the order inserted: the criterion (loaiTieuChi: ten, tongDiem),
 * its content group (nhomChiTieu: ten, tongDiem), the indicator (chiTieu: ten, with no points) and its levels
 * (chiTietChiTieu: noiDung, diem) — each a row of its words and its points.
 */
function sqlNestedLevels([source]: string[]): OfficeTable {
  const rows = [...source!.matchAll(/insert into (\w+)\([^)]*\)\s*values \(N'((?:[^']|'')*)'\s*,\s*(\d+)/g)].map(([, table, words, second]) =>
    // chiTieu's second value is the key of its group, not points.
    [words!.replace(/''/g, "'"), table === 'chiTieu' ? '' : second!],
  );
  return { caption: '', rows: [['Nội dung', 'Điểm'], ...rows] };
}

/**
 * A criteria tree as a PostgreSQL dump's `COPY … FROM stdin;` block holds it (tab-separated, `\N` for null): each
 * record under its parent_id, siblings by order_index, drawn depth first as Mã · Tên tiêu chí · Điểm tối đa · Tự chấm
 * (the column titles of the same app's score table).
 */
function sqlCopyTree([source]: string[]): OfficeTable {
  const [head, ...lines] = source!.split('\n');
  const columns = /\(([^)]*)\)/.exec(head!)![1]!.split(', ');
  const unescape = (s: string) => (s === '\\N' ? '' : s.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n' })[c] ?? c));
  const all = lines
    .slice(0, lines.indexOf('\\.'))
    .map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], unescape(cell)])) as Record<string, string>);
  const rows: string[][] = [];
  const under = (parent: string) => {
    for (const r of all.filter((x) => x.parent_id === parent).sort((a, b) => Number(a.order_index) - Number(b.order_index))) {
      rows.push([r.code!, r.name!, String(Number(r.max_score)), '']);
      under(r.id!);
    }
  };
  under('');
  return { caption: '', rows: [['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Tự chấm'], ...rows] };
}

/**
 * A form converted from a legal-documents site to Markdown with its table cells one after another, each closed by a
 * line «|» (an empty cell and a row's end alike): the table from its first header cell («TT», «STT», «TIÊU CHÍ»), its
 * header rows up to the row of column numbers «(1) … (n)», which gives the n columns — a header row of fewer cells
 * spans its last cell over the rest and the next row fills those columns, the cells before standing over both rows —
 * or, with no numbers row, its one header row, whose cells give n; then the rows n cells at a time, each closed by its
 * end, where a bold first cell closed at once is a heading written across the table, n empty cells where a page broke
 * are left out (with no end of their own), and a last row of fewer cells spans its first. The form's title (its bold
 * «PHIẾU…» or «BẢNG…» paragraph, or the paragraph under «PHỤ LỤC») is the caption; the text after the last cell (a
 * guide, its grades) the paragraphs under the table.
 */
function markdownLineCells([source]: string[]): OfficeTable {
  const lines = source!.split('\n');
  const start = lines.findIndex((l, i) => lines[i - 1]?.trim() === '|' && /^(S?TT|TIÊU CHÍ)$/.test(plain(l)));
  const cells: { text: string; bold: boolean }[] = [];
  let words: string[] = [];
  for (const line of lines.slice(start)) {
    if (line.trim() !== '|') words.push(line.trim());
    else {
      const raw = words.join(' ');
      cells.push({ text: plain(raw).replace(/^\*(.*)\*$/, '$1').trim(), bold: /^\*\*.*\*\*$/s.test(raw) });
      words = [];
    }
  }
  const texts = cells.map((c) => c.text);
  const numbered = texts.indexOf('(1)');
  const numbers = numbered < 0 ? texts.indexOf('') + 1 : numbered;
  // Header cells are never empty: an empty cell there is a row's end.
  const header = texts.slice(0, numbers - 1).reduce<string[][]>((rs, c) => (c === '' ? [...rs, []] : (rs.at(-1)!.push(c), rs)), [[]]);
  const n = numbered < 0 ? header[0]!.length : texts.slice(numbers).indexOf('');
  const [first, ...under] = header as [string[], ...string[][]];
  const rows: Cell[][] = [first.map((text, i) => (i < first.length - 1 ? { text, rowSpan: 1 + under.length } : { text, colSpan: n - i }))];
  if (numbered >= 0) rows.push(...under, texts.slice(numbers, numbers + n));
  for (let i = numbered < 0 ? numbers : numbers + n + 1; i < cells.length; ) {
    const row = texts.slice(i, i + n);
    if (cells[i]!.bold && texts[i + 1] === '') {
      rows.push([{ text: row[0]!, colSpan: n }]);
      i += 2;
    } else if (row.length === n && row.every((c) => c === '')) i += n;
    else {
      rows.push(row.length < n ? [{ text: row[0]!, colSpan: 1 + n - row.length }, ...row.slice(1)] : row);
      i += n + 1;
    }
  }
  const title = lines.findIndex((l) => /^\*\*(PHIẾU|BẢNG|PHỤ LỤC)/.test(l));
  const from = /PHỤ LỤC/.test(lines[title]!) ? lines.findIndex((l, i) => i > title + 1 && l.trim() !== '') : title;
  // Without the italic note closing it («(Ban hành kèm theo Công văn số …)»).
  const caption = plain(lines.slice(from, lines.findIndex((l, i) => i > from && (l === '' || l.trim() === '|'))).join(' ').replace(/\s\*\s*\([^*]*\)\*$/, ''));
  return { caption, rows, after: paragraphsOf(words) };
}

/**
 * A legal-documents site's page as a store of web pages gives its text: the table's cells one after another, each
 * closed by a line «|», with no row ends and no spans (Đắk Lắk's scoring of the new-rural criteria for communes). The
 * header is the cells before the first row's number, which give the n columns; a row opens at a content cell numbered
 * «1. …», «1.1. …», at a «Cộng …» row, at a roman numeral, or, two cells before a content cell, at a number and a name
 * (its criterion). A roman row's heading spans what its cells leave; a criterion's number and name stand over its rows
 * up to the «Cộng» row; a «1. …» row's last cell (its note) over the rows under it written one cell shorter; a «Cộng»
 * row spans the number, name and content columns. A line the site's text wraps is a space of its cell.
 */
function pageTextCells([source]: string[]): OfficeTable {
  const cells: string[] = [];
  let words: string[] = [];
  for (const line of source!.split('\n')) {
    if (line.trim() !== '|') words.push(line.trim());
    else {
      cells.push(words.join(' '));
      words = [];
    }
  }
  const content = (c: string) => /^\d+(?:\.\d+)*\.\s|^Cộng\b/u.test(c);
  const roman = (c: string) => /^[IVX]+$/.test(c);
  const n = cells.findIndex((c) => roman(c) || /^\d+$/.test(c));
  const starts = [n];
  for (let i = n + 1; i < cells.length; i++) {
    const named = content(cells[i]!) && /^\d+$/.test(cells[i - 2] ?? '') && /^\D/u.test(cells[i - 1] ?? '') && !content(cells[i - 1]!);
    if (roman(cells[i]!) || (content(cells[i]!) && !named)) starts.push(i);
    else if (named) starts.push(i - 2);
  }
  const raw = starts.map((s, k) => cells.slice(s, starts[k + 1] ?? cells.length));
  const rows: Cell[][] = raw.map((row, k) => {
    if (roman(row[0]!)) return [row[0]!, { text: row[1]!, colSpan: 1 + n - row.length }, ...row.slice(2)];
    if (/^Cộng\b/u.test(row[0]!)) return [{ text: row[0]!, colSpan: 3 }, ...row.slice(1)];
    const under = raw.slice(k + 1);
    const named = !content(row[0]!);
    const short = under.findIndex((r) => r.length !== n - 3);
    const note = row.length === (named ? n : n - 2) ? 1 + (short < 0 ? under.length : short) : 1;
    const written: Cell[] = note > 1 ? [...row.slice(0, -1), { text: row.at(-1)!, rowSpan: note }] : row;
    if (!named) return written;
    const end = under.findIndex((r) => !content(r[0]!) || /^Cộng\b/u.test(r[0]!));
    const span = 1 + (end < 0 ? under.length : end);
    return [{ text: row[0]!, rowSpan: span }, { text: row[1]!, rowSpan: span }, ...written.slice(2)];
  });
  return { caption: '', rows: [cells.slice(0, n), ...rows] };
}

/**
 * A school's page as a store of web pages gives its text: the table's cells one after another, each a paragraph of its
 * own (closed by a blank line), with no row ends and no spans (Hồng Bàng International University's frame of conduct
 * points). The header is the cells from «STT» to the first row's number, which give the n columns; then the rows, n
 * cells each, every one opening at its own number, up to the first cell that opens none. The page's first line is the
 * caption; the lines between its title block and the table the paragraphs above it (the scale they state, «thang điểm
 * 100»), the lines after the table the paragraphs under it, up to the next table's header, which the store's text
 * writes on one line (its cells run together) and cuts off.
 */
function pageParagraphCells([source]: string[]): OfficeTable {
  const blocks = source!.split(/\n\s*\n/).map((b) => b.trim());
  const lines = (bs: string[]) => bs.flatMap((b) => b.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
  const start = blocks.findIndex((b) => /^S?TT$/.test(b));
  const first = blocks.findIndex((b, i) => i > start && /^\d+$/.test(b));
  const n = first - start;
  const rows: Cell[][] = [blocks.slice(start, first)];
  let i = first;
  for (; i + n <= blocks.length && blocks[i] === String(rows.length); i += n) rows.push(blocks.slice(i, i + n));
  const after = lines(blocks.slice(i));
  const next = after.findIndex((l) => /^S?TT\s/.test(l));
  return { caption: blocks[0]!.split('\n')[0]!, before: lines(blocks.slice(1, start)), rows, after: next < 0 ? after : after.slice(0, next) };
}

/**
 * The lines after a table's last cell as the paragraphs they were wrapped from: a paragraph opens where a line starts
 * a numbered or lettered point («1. », «a) ») or follows one closed by «.», «;» or «:» (the guide under Công văn
 * 5155's table: how to score, «3. Xếp loại», «a) Loại tốt: … từ 85 đến 100;»).
 */
function paragraphsOf(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines.map(plain).filter((l) => l !== '')) {
    if (out.length === 0 || /^(?:\d+\.|[a-zđ]\))\s/u.test(line) || /[.;:]$/.test(out.at(-1)!)) out.push(line);
    else out[out.length - 1] += ` ${line}`;
  }
  return out;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * A union's table as a MySQL dump holds it (`INSERT … VALUES ('TC001', 'CÔNG TÁC …', 20), …` for its criteria,
 * `('CTTC001', '…', 3, 'TC001')` for their items), drawn as the same app's scoring page draws it: STT · Nội dung ·
 * Điểm chuẩn · Điểm tự chấm, each criterion by its code a row numbered I, II…, its items below numbered 1, 2… through
 * the whole table, then «TỔNG ĐIỂM:» with the criteria's points added, as the page adds them.
 */
function mysqlCriteriaItems([criteria, items]: string[]): OfficeTable {
  const text = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ r: '', n: '\n' })[c] ?? c);
  const tuples = (sql: string) => [...sql.matchAll(/\('((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)', (\d+)(?:, '((?:[^'\\]|\\.)*)')?\)/g)].map(([, code, words, points, parent]) => ({ code: code!, words: text(words!), points: points!, parent }));
  const all = tuples(items!);
  let n = 0;
  const parts = tuples(criteria!).sort((a, b) => a.code.localeCompare(b.code));
  const rows = parts.flatMap((c, i) => [[ROMAN[i]!, c.words, c.points, ''], ...all.filter((x) => x.parent === c.code).map((x) => [String(++n), x.words, x.points, ''])]);
  const total = parts.reduce((sum, c) => sum + Number(c.points), 0);
  return { caption: '', rows: [['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'], ...rows, ['', 'TỔNG ĐIỂM:', String(total), '']] };
}

/**
 * A web page's criteria held as a JSON array in its script (`const DTI_DATA = [{…}, …];`), drawn as the page's own
 * criteria editor titles them (`columns`: title and field): a heading row in the content column (the second) each
 * time a value of the `groups` fields changes (the page's group heads), then each record a row.
 */
function pageRecords(source: string, groups: string[], columns: [title: string, field: string][]): OfficeTable {
  const all = JSON.parse(source.slice(source.indexOf('=') + 1).trim().replace(/;$/, '')) as Record<string, string | number | null>[];
  const rows: string[][] = [];
  const current: (string | number | null | undefined)[] = [];
  for (const r of all) {
    groups.forEach((g, i) => {
      if (r[g] === current[i] || str(r[g]) === '') return;
      current.splice(i, groups.length, r[g]);
      rows.push(['', str(r[g]), ...columns.slice(2).map(() => '')]);
    });
    rows.push(columns.map(([, field]) => str(r[field])));
  }
  return { caption: '', rows: [columns.map(([title]) => title), ...rows] };
}

/**
 * A province's framework for rating People's Councils as its app's module holds it (groups `{ code, max, title,
 * items }`, items `{ id, max, title, subs }`, their scored parts written `ch('I.1.a', 1, 'guide', [levels])` or
 * `{ id, max, type, …, guide }`, a bonus group (`kind: 'bonus'`) and a deduction group (`kind: 'deduct'`, items
 * `{ id, title, per, cap, unitLabel, sanctionText, note }`)), drawn as its draft decision's annex reads — the app
 * scores each part «theo cột “Cách chấm điểm” của Khung tiêu chí» and keeps a self-score and a reviewed score: STT ·
 * Nội dung tiêu chí, cách chấm điểm · Điểm tối đa · Điểm tự chấm · Điểm thẩm định. Each group a row of its roman code,
 * title and maximum; each item numbered as its id ends, with its title and maximum, its parts lettered below with their
 * guide and points (an item of one part is one row: its title, then the part's guide); after the last scored group the
 * row the app's Word export writes, «CỘNG 07 NHÓM TIÊU CHÍ», with the groups' maxima added; the deduction group's
 * maximum and its rows' caps negative, each row's rule as the app's page words it («Trừ 5đ/nghị quyết, tối đa trừ
 * 5đ.», then «Chế tài: …» and the note). Points as the app prints them (vi-VN: «1,5»). The levels it offers (`o(…)`)
 * are in the guides' words and the app's own notes (`fixNote`) are not the framework's: neither is drawn. The banner
 * comment naming the annex is the caption.
 */
function councilFramework([source]: string[]): OfficeTable {
  const quoted = "'(?:[^'\\\\]|\\\\.)*'";
  const unquote = (s: string) => s.slice(1, -1).replace(/\\(.)/g, '$1');
  const token = new RegExp(`\\bch\\(\\s*(${quoted})\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(${quoted})|\\b(\\w+)\\s*:\\s*(${quoted}|-?\\d+(?:\\.\\d+)?\\b)|${quoted}`, 'g');
  type Fields = Record<string, string | number>;
  type Item = { fields: Fields; subs: Fields[] };
  const groups: { fields: Fields; items: Item[] }[] = [];
  let current: Fields = {};
  // Comments are not the framework's (the words in them would read as fields); the banner names the annex.
  for (const m of source!.replace(/^\s*\/\/.*$/gm, '').matchAll(token)) {
    const item = groups.at(-1)?.items.at(-1);
    if (m[1] !== undefined) item!.subs.push((current = { id: unquote(m[1]), max: Number(m[2]), guide: unquote(m[3]!) }));
    else if (m[4] === undefined) continue;
    else {
      const value = m[5]!.startsWith("'") ? unquote(m[5]!) : Number(m[5]);
      if (m[4] === 'code') groups.push({ fields: (current = { code: value }), items: [] });
      else if (m[4] === 'id' && String(value).split('.').length > 2) item!.subs.push((current = { id: value }));
      else if (m[4] === 'id') groups.at(-1)!.items.push({ fields: (current = { id: value }), subs: [] });
      else current[m[4]] = value;
    }
  }
  const n = (v: string | number | undefined) => formatNumberVi(Number(v));
  const own = (id: string | number | undefined) => str(id).split('.').at(-1)!;
  const scored = groups.filter((g) => g.fields.kind === undefined);
  const rows: Cell[][] = [];
  for (const { fields: g, items } of groups) {
    const deduction = g.kind === 'deduct';
    rows.push([str(g.code), str(g.title), deduction ? `-${n(g.max)}` : n(g.max), '', '']);
    for (const { fields: it, subs } of items) {
      if (deduction) {
        const rule = [`Trừ ${n(it.per)}đ/${str(it.unitLabel)}, tối đa trừ ${n(it.cap)}đ.`, it.sanctionText === undefined ? '' : `Chế tài: ${str(it.sanctionText)}`, str(it.note)];
        rows.push([own(it.id), [str(it.title), rule.filter((w) => w !== '').join(' ')].join('\n'), `-${n(it.cap)}`, '', '']);
      } else if (subs.length === 1) rows.push([own(it.id), `${str(it.title)}\n${str(subs[0]!.guide)}`, n(it.max), '', '']);
      else rows.push([own(it.id), str(it.title), n(it.max), '', ''], ...subs.map((sb) => [own(sb.id), str(sb.guide), n(sb.max), '', '']));
    }
    if (g === scored.at(-1)?.fields) rows.push(['', `CỘNG ${String(scored.length).padStart(2, '0')} NHÓM TIÊU CHÍ`, n(scored.reduce((sum, x) => sum + Number(x.fields.max), 0)), '', '']);
  }
  const caption = /^\/\/\s+(PHỤ LỤC.*)$/m.exec(source!)?.[1] ?? '';
  return { caption, rows: [['STT', 'Nội dung tiêu chí, cách chấm điểm', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định'], ...rows] };
}

/**
 * A university's conduct form as its MySQL dump holds it in three tables — `tieuchicap1` its sections (id, words,
 * maximum, active), `tieuchicap2` their criteria and `tieuchicap3` the criteria's lettered items (id, words, points,
 * parent, active) — drawn as the same app's mpdf/export_mauPhieuRenLuyen.php prints the blank form: NỘI DUNG ĐÁNH GIÁ ·
 * Điểm tối đa · Điểm SV tự đánh giá · Điểm lớp đánh giá · Điểm Khoa đánh giá, no number column (the numbers are in the
 * words), each section followed by its criteria, each criterion by its items; points written «20đ», a section's or a
 * criterion's left blank when 0 (an item's never); the criterion whose words hold «Kết quả học tập» after their start
 * with its two lines for the grade averages; «Cộng:» closing each section, then «ĐIỂM TỔNG CỘNG (tối đa không quá 100
 * điểm):» and the row «ĐIỂM:» / «Xếp loại:».
 */
function sqlConductThreeLevels([sections, criteria, items]: string[]): OfficeTable {
  const text = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ r: '', n: '\n' })[c] ?? c);
  const tuples = (sql: string) =>
    [...sql.matchAll(/^\((\d+), '((?:[^'\\]|\\.)*)', (-?\d+)((?:, ?\d+)*)\)[,;]$/gm)].map(([, id, words, points, rest]) => ({ id: id!, words: text(words!), points: Number(points), parent: rest!.split(',')[1]?.trim() }));
  // PHP's strtolower changes ASCII letters only; strpos finding the words at the start (0) does not count.
  const ascii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const grades = (words: string) => (ascii(words).indexOf(ascii('Kết quả học tập')) > 0 ? `${words}\nĐiểm TBC học kỳ trước:\nĐiểm TBC học kỳ đang xét:` : words);
  const blank = ['', '', ''];
  const level2 = tuples(criteria!);
  const level3 = tuples(items!);
  const rows: Cell[][] = tuples(sections!).flatMap((s) => [
    [s.words, s.points === 0 ? '' : `${s.points}đ`, ...blank],
    ...level2.filter((c) => c.parent === s.id).flatMap((c) => [
      [grades(c.words), c.points === 0 ? '' : `${c.points}đ`, ...blank],
      ...level3.filter((i) => i.parent === c.id).map((i) => [i.words, `${i.points}đ`, ...blank]),
    ]),
    ['Cộng:', '', ...blank],
  ]);
  rows.push(['ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):', '', ...blank], [{ text: 'ĐIỂM: ', colSpan: 2 }, { text: 'Xếp loại: ', colSpan: 3 }]);
  return { caption: '--PHIẾU ĐÁNH GIÁ ĐIỂM RÈN LUYỆN--', rows: [['NỘI DUNG ĐÁNH GIÁ', 'Điểm tối đa', 'Điểm SV tự đánh giá', 'Điểm lớp đánh giá', 'Điểm Khoa đánh giá'], ...rows] };
}

/**
 * A table kept as a CSV file (RFC 4180: fields in double quotes, `""` for a quote, line breaks inside quotes), drawn as
 * a spreadsheet opens it: its header row, then each record a row, nothing added.
 */
function csvRecords([source]: string[]): OfficeTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = source!.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else {
      row.push(field);
      field = '';
      if (c === ',') continue;
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push(row);
      row = [];
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return { caption: '', rows };
}

/**
 * A conduct form as SQL inserts of its criteria (`INSERT INTO criteria (name, min_score, max_score) VALUES ('…', 0,
 * 20)`) each followed by its subcriteria (`(1, '…', -5, 0)`, …), drawn with both bounds in columns of their own: STT
 * · Nội dung đánh giá · Điểm tối thiểu · Điểm tối đa · Điểm SV tự đánh giá · Điểm lớp đánh giá, each criterion a row
 * numbered I, II… in the order inserted, its subcriteria below numbered 1, 2… again.
 */
function sqlMinMaxSections([source]: string[]): OfficeTable {
  const quoted = "'((?:[^']|'')*)'";
  const rows: string[][] = [];
  let n = 0;
  for (const [, table, values] of source!.matchAll(/INSERT INTO (\w+) \([^)]*\) VALUES\s*([\s\S]*?);/g)) {
    if (table === 'criteria') {
      const [, words, lowest, most] = new RegExp(`${quoted}, (-?\\d+), (-?\\d+)`).exec(values!)!;
      rows.push([ROMAN[n++]!, words!.replace(/''/g, "'"), lowest!, most!, '', '']);
      continue;
    }
    const subs = [...values!.matchAll(new RegExp(`\\(\\d+, ${quoted}, (-?\\d+), (-?\\d+)\\)`, 'g'))];
    subs.forEach(([, words, lowest, most], i) => rows.push([String(i + 1), words!.replace(/''/g, "'"), lowest!, most!, '', '']));
  }
  return { caption: '', rows: [['STT', 'Nội dung đánh giá', 'Điểm tối thiểu', 'Điểm tối đa', 'Điểm SV tự đánh giá', 'Điểm lớp đánh giá'], ...rows] };
}

/**
 * An appraisal scale as a JSON file of groups (`{ ma, ten, diemToiDa, tieuChi: [{ ma, noiDung, diemToiDa }] }`), drawn
 * as the app's page lists it under «Thang điểm và tiêu chí» (each group with its points, its criteria with theirs,
 * then «Tổng» with the groups' points added, as its table of groups writes it) in a scoring sheet's columns: STT ·
 * Nội dung tiêu chí · Điểm tối đa · Điểm chấm · Nhận xét, each group a row numbered I, II…, its criteria numbered 1,
 * 2… again.
 */
function jsonGroupsCriteria([source]: string[]): OfficeTable {
  type Group = { ten: string; diemToiDa: number; tieuChi: { noiDung: string; diemToiDa: number }[] };
  const groups = JSON.parse(source!) as Group[];
  const rows = groups.flatMap((g, i) => [[ROMAN[i]!, g.ten, String(g.diemToiDa), '', ''], ...g.tieuChi.map((t, j) => [String(j + 1), t.noiDung, String(t.diemToiDa), '', ''])]);
  const total = groups.reduce((sum, g) => sum + g.diemToiDa, 0);
  return { caption: 'Thang điểm và tiêu chí', rows: [['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm chấm', 'Nhận xét'], ...rows, ['', 'Tổng', String(total), '', '']] };
}

/**
 * A Word export built with the `docx` library (`new Paragraph({ children: [new TextRun({ text: '…' })] })`, then
 * `new Table({ rows: [new TableRow({ children: [new TableCell(…)] })] })`), drawn as the file it writes: the
 * paragraphs before the table (the last its caption, the others above it) and the table, each row of its cells,
 * a paragraph's or a cell's text its runs' quoted texts — a run whose text the app computes (a name, a score) is
 * blank, as on a form not yet filled.
 */
function docxJsTable([source]: string[]): OfficeTable {
  const paragraphs: string[] = [];
  const rows: string[][] = [];
  let inTable = false;
  for (const m of source!.matchAll(/new (Paragraph|Table|TableRow|TableCell)\(|\btext: '((?:[^'\\]|\\.)*)'/g)) {
    if (m[1] === 'Table') inTable = true;
    else if (m[1] === 'TableRow') rows.push([]);
    else if (m[1] === 'TableCell') rows.at(-1)!.push('');
    else if (m[1] === 'Paragraph' && !inTable) paragraphs.push('');
    else if (m[2] !== undefined && inTable) rows.at(-1)![rows.at(-1)!.length - 1] += m[2].replace(/\\(.)/g, '$1');
    else if (m[2] !== undefined) paragraphs[paragraphs.length - 1] += m[2].replace(/\\(.)/g, '$1');
  }
  const words = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  return { caption: words.at(-1) ?? '', before: words.slice(0, -1), rows };
}

/**
 * A teacher-emulation app's criteria as its Python seed holds them (`tieu_chi_cong = [{"ma_tieu_chi": "TC01",
 * "ten_tieu_chi": "…", "diem_toi_da": 10, "loai": "cong"}, …]`, then `tieu_chi_tru`), drawn as its criteria tab lists
 * them (quan_ly_tieu_chi_tab.py, ordered by type then code): ID · Mã · Tên tiêu chí · Điểm tối đa · Loại · Mô tả, the ID
 * each row's number as inserted, points with one decimal («10.0»), the type «✅ Cộng» or «❌ Trừ», no description.
 */
function pythonSeedGrid([source]: string[]): OfficeTable {
  const rows = [...source!.matchAll(/\{("ma_tieu_chi"[^{}]*)\}/g)].map(([, fields], i) => {
    const r = Object.fromEntries([...fields!.matchAll(/"(\w+)": ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g)].map(([, key, raw]) => [key!, JSON.parse(raw!) as string | number]));
    return [String(i + 1), str(r.ma_tieu_chi), str(r.ten_tieu_chi), Number(r.diem_toi_da).toFixed(1), r.loai === 'cong' ? '✅ Cộng' : '❌ Trừ', ''];
  });
  return { caption: '', rows: [['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Loại', 'Mô tả'], ...rows] };
}

/**
 * A province's table for its communes as a commune's tracking page keeps it (`const QD11_ANNUAL_DATA = [{ id, code,
 * group, groupName, name, maxScore, …, criteriaDetail, guide, evidenceRequired }, …]`, one field a line), drawn in the
 * columns of the table it follows (the province's Phụ lục, the same regulation's monthly table the page keeps beside
 * it): STT · NỘI DUNG VÀ TIÊU CHÍ · Điểm chuẩn · Điểm tự chấm · Hướng dẫn chấm điểm · Nguồn tài liệu chứng minh hoặc
 * giải trình. Each group a row of its words alone in the content column (its maximum only in them, «(10 điểm
 * chuẩn)»), then each record a row: its code, its name with its levels below («criteriaDetail»), its points as
 * written (a deduction's negative), its guide and evidence.
 */
function groupedRecords([source]: string[]): OfficeTable {
  const rows: string[][] = [];
  let group = '';
  for (const r of records(source!, 'id')) {
    if (r.groupName !== group) rows.push(['', (group = str(r.groupName)), '', '', '', '']);
    rows.push([str(r.code), `${str(r.name)}\n${str(r.criteriaDetail)}`, str(r.maxScore), '', str(r.guide), str(r.evidenceRequired)]);
  }
  const header = ['STT', 'NỘI DUNG VÀ TIÊU CHÍ', 'Điểm chuẩn', 'Điểm tự chấm', 'Hướng dẫn chấm điểm', 'Nguồn tài liệu chứng minh hoặc giải trình'];
  return { caption: /^\/\/ =+ (.*?) =+$/m.exec(source!)?.[1] ?? '', rows: [header, ...rows] };
}

/**
 * A school's KPI criteria as its app's data file keeps them (`export const BGH_KPI_CRITERIA: KpiCriterionItem[] = [{
 * id: 'III.2.1', section, sectionTitle, order, content, maxPoints }, …]`, one field a line, each group under a comment
 * «// NHÓM III.2: KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO (60 ĐIỂM)»), drawn as an evaluation sheet lists them: STT · Nội
 * dung tiêu chí · Điểm tối đa · Điểm tự chấm. Each group a row of its comment's words alone (its maximum only in them),
 * each record a row of its code, its content as written (the levels a leader's item writes below its words in it) and
 * its points. The block comment above the array, its lines joined, is the caption.
 */
function commentedKpiRecords([source]: string[]): OfficeTable {
  const rows: string[][] = [];
  let record: string[] | undefined;
  for (const line of source!.split('\n')) {
    const comment = /^\s*\/\/ (.*)$/.exec(line)?.[1];
    if (comment !== undefined) rows.push(['', comment, '', '']);
    else if (/^\s*\{\s*$/.test(line)) record = [];
    else if (record !== undefined && /^\s*\},?\s*$/.test(line)) {
      const r = Object.fromEntries(literalFields(record.join('\n')));
      rows.push([str(r.id), str(r.content), str(r.maxPoints), '']);
      record = undefined;
    } else record?.push(line);
  }
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source!)?.[1] ?? '';
  const caption = comment.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ');
  return { caption, rows: [['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'], ...rows] };
}

/**
 * A ward Party committee's form as its branch secretaries' app keeps it (`export const QUALITY_CRITERIA = [{ id: 1,
 * title, maxScore, note, subCriteria: [{ id: 'c1_time', label, maxScore, type, note, options: [{ label, value }] }] }]`),
 * drawn as the app prints the blank form (components/QualityAssessment.tsx, buildPrintRows): STT · TIÊU CHÍ ĐÁNH GIÁ ·
 * Thang điểm · Điểm tự chấm · Ghi chú. Each criterion a row of its number, title and maximum; each of its
 * sub-criteria a row without a number, its label and maximum; a sub-criterion of levels («radio») followed by a row for
 * each level, «+ » and its words and points, the sub-criterion's note in the first level's «Ghi chú» (the app prints no
 * other note); then «TỔNG ĐIỂM» (over the first two columns) with the criteria's maxima added. The self-score column
 * blank, as on a form not yet filled; the header comment naming the form is the caption.
 */
function criteriaSubsOptions([source]: string[]): OfficeTable {
  const data = source!.slice(source!.indexOf('QUALITY_CRITERIA'), source!.indexOf('\n];') + 3);
  const rows: Cell[][] = [];
  let total = 0;
  let sub: Record<string, string | number | null> | undefined;
  let levels = 0;
  const flush = () => {
    if (sub === undefined) return;
    if (levels === 0) rows.push(['', str(sub.label), str(sub.maxScore), '', '']);
    sub = undefined;
  };
  for (const [key, value] of literalFields(data)) {
    if (key === 'id' && typeof value === 'number') {
      flush();
      rows.push([String(value), '', '', '', '']);
    } else if (key === 'id') {
      flush();
      sub = { id: value };
      levels = 0;
    } else if (sub === undefined && key === 'title') rows.at(-1)![1] = str(value);
    else if (sub === undefined && key === 'maxScore') {
      rows.at(-1)![2] = str(value);
      total += Number(value);
    } else if (sub !== undefined && key === 'label' && sub.type !== undefined) {
      // A level: its words now, its points with `value`; the sub-criterion's own row before its first level.
      if (levels++ === 0) rows.push(['', str(sub.label), str(sub.maxScore), '', '']);
      rows.push(['', `+ ${str(value)}`, '', '', levels === 1 ? str(sub.note) : '']);
    } else if (sub !== undefined && key === 'value') rows.at(-1)![2] = str(value);
    else if (sub !== undefined) sub[key] = value;
  }
  flush();
  const caption = /Dữ liệu cấu trúc (.*)$/m.exec(source!)?.[1]?.trim() ?? '';
  return { caption, rows: [['STT', 'TIÊU CHÍ ĐÁNH GIÁ', 'Thang điểm', 'Điểm tự chấm', 'Ghi chú'], ...rows, [{ text: 'TỔNG ĐIỂM', colSpan: 2 }, String(total), '', '']] };
}

/**
 * A province's quarterly self-assessment of leading cadres as its app's module holds it: the general part's groups
 * (`KD_NHOMA`: `{ id, title, max, items }`, items `{ id, max, text }`) and the task part's axes (`KD_TRUC`: `{ id, code,
 * max, name, indicators }`), each part under a comment naming it with its points («NHÓM A — TIÊU CHÍ CHUNG (30
 * điểm)»). Drawn as the app's «Đánh giá» page lays it out — its columns «TỰ ĐG» and «CẤP DUYỆT» beside each item's
 * maximum: STT · Nội dung · Điểm tối đa · Tự ĐG · Cấp duyệt; each part a row of its comment's words and points, each
 * group a row of its title (its number in its words) and maximum, its items by id; each axis «Trục n — name» with its
 * maximum and, in the same cell as the page lists them under «Chỉ tiêu, nội dung của trục (Phụ lục 1A)», its
 * indicators, which carry no points (an axis scores as its KPI % of its maximum); last the page's «Tổng điểm» with the
 * scale the banner writes («Thang 100»). Points as the page prints them (vi-VN: «1,5»); the banner's product
 * («Bản tự đánh giá xếp loại quý — Phụ lục 3A») is the caption.
 */
function quarterlyCadreReview([source]: string[]): OfficeTable {
  const general = source!.slice(source!.indexOf('KD_NHOMA'), source!.indexOf('KD_TRUC ='));
  const axes = source!.slice(source!.indexOf('KD_TRUC ='));
  const part = (name: string) => /\/\/ -+ (NHÓM \w — [^(]*\((\d+) điểm\))/.exec(source!.slice(source!.indexOf(`// ---------- NHÓM ${name}`)))!;
  const n = (v: string | number | null | undefined) => formatNumberVi(Number(v));
  const [, partA, maxA] = part('A');
  const [, partB, maxB] = part('B');
  const rows: Cell[][] = [['A', partA!, maxA!, '', '']];
  for (const r of records(general, 'id')) rows.push(r.title === undefined ? [str(r.id), str(r.text), n(r.max), '', ''] : ['', str(r.title), n(r.max), '', '']);
  rows.push(['B', partB!, maxB!, '', '']);
  const indicators = [...axes.matchAll(/indicators: \[([^\]]*)\]/g)].map(([, list]) => [...list!.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map(([, w]) => w!.replace(/\\(.)/g, '$1')));
  records(axes, 'id').forEach((t, i) => {
    const contents = ['Chỉ tiêu, nội dung của trục (Phụ lục 1A):', ...indicators[i]!.map((w) => `• ${w}`)];
    rows.push([str(t.code), [`Trục ${str(t.code)} — ${str(t.name)}`, ...contents].join('\n'), n(t.max), '', '']);
  });
  rows.push(['', 'Tổng điểm', /Thang (\d+) =/.exec(source!)![1]!, '', '']);
  const caption = /\(cá nhân\) (Bản tự đánh giá[^;]*);/.exec(source!)?.[1] ?? '';
  return { caption, rows: [['STT', 'Nội dung', 'Điểm tối đa', 'Tự ĐG', 'Cấp duyệt'], ...rows] };
}

/**
 * A company's monthly self-evaluation form as its HR app's page keeps and prints it (`const criteria = [{ section: 'A',
 * title, maxScore, isDeduction, items: [{ id, title, maxScore, isHeader } | { id, title, range }] }, …]` inside the
 * page's component, the table in its JSX): the page's columns (its `<th>`s), each section the row the JSX prints for
 * it (its letter and words, and its frame's points), each item a row of its code and title in one cell (the page has
 * no number column) and its points — a heading's maximum, an item's range as written («1 - 5») —, then the page's
 * «TỔNG ĐIỂM (A + B + C)» and «XẾP LOẠI» rows with no points. The codes as the records hold them: on screen the page
 * cuts the first number off a third-level code («3.1» for 2.3.1, beside item 3.1), which the form does not do. The
 * page's heading and its form's line come first; the paragraph right above the table, naming the pay rules the table
 * applies, is the caption.
 */
function selfEvaluationFrames([source]: string[]): OfficeTable {
  const data = source!.slice(source!.indexOf('const criteria = ['), source!.indexOf('\n    ]\n') + 6);
  const jsx = source!.slice(source!.indexOf('return ('));
  const printed = (section: string) => /<td[^>]*>([^<{]+)<\/td>\s*<td[^>]*>(\d+)<\/td>/.exec(jsx.slice(jsx.indexOf(`{/* SECTION ${section} */}`)))!;
  const rows: Cell[][] = [];
  let item: Record<string, string | number | null> | undefined;
  const flush = () => {
    if (item !== undefined) rows.push([`${str(item.id)} ${str(item.title)}`, str(item.maxScore ?? item.range), '', '', '']);
    item = undefined;
  };
  for (const [key, value] of literalFields(data)) {
    if (key === 'section') {
      flush();
      const [, words, points] = printed(str(value));
      rows.push([words!.trim(), points!, '', '', '']);
    } else if (key === 'id') {
      flush();
      item = { id: value };
    } else if (item !== undefined) item[key] = value;
  }
  flush();
  const header = [...jsx.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map(([, words]) => words!.trim());
  const closing = [...jsx.matchAll(/<td style=\{\{ textAlign: 'right', fontWeight: 'bold' \}\}>([^<]*)<\/td>/g)].map(([, words]) => [words!, '', '', '', '']);
  const paragraph = (from: string) => /^\s*(.*?)\s*$/m.exec(jsx.slice(jsx.indexOf(from) + from.length))![1]!;
  return {
    caption: paragraph("textAlign: 'justify' }}>"),
    before: [/<h3[^>]*>([^<]*)<\/h3>/.exec(jsx)![1]!, paragraph("className=\"text-muted\" style={{ fontStyle: 'italic', marginBottom: '5px' }}>")],
    rows: [header, ...rows, ...closing],
  };
}

/** A cell's words as a reader sees them: its paragraphs and lines, spaces and line wraps of the source aside. */
const cellWords = (td: Element) => {
  for (const br of td.querySelectorAll('br')) br.replaceWith(' ');
  const paragraphs = [...td.querySelectorAll('p')].map((p) => p.textContent ?? '');
  return (paragraphs.length > 0 ? paragraphs : [td.textContent ?? '']).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
};

/** A part's heading as offices word it: «Tiêu chí 1. …», «Tiêu chuẩn 2: …», «Phần I …». */
const PART_HEADING = /^(?:tiêu chí|tiêu chuẩn|phần)\s+[\dIVX]+\b/iu;

/**
 * A Word form's or a workbook's table written again the way another office keeps it in a spreadsheet: its longest
 * table as LibreOffice writes the document to HTML, every merged cell unmerged (its words in the first cell, the others
 * empty), the empty columns the merges left dropped, the form's signatures under its last total left off, its total row
 * moved up under the header when none stands there, and each part's maximum written in its heading's words only, «Tiêu chí 1. …
 * (20 điểm)» — from the part's closing row «Mức điểm tối đa Tiêu chí n | 20 điểm», folded in, or from its heading's
 * own points cell, left empty. Every word and figure is the form's own.
 */
function writtenAgain([html]: string[]): OfficeTable {
  const { document } = parseHTML(html!);
  const table = [...document.querySelectorAll('table')].sort((a, b) => b.querySelectorAll('tr').length - a.querySelectorAll('tr').length)[0]!;
  const grid: string[][] = [];
  let depth = 1;
  [...table.querySelectorAll('tr')].forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.querySelectorAll('td, th')) {
      while (grid[r]![c] !== undefined) c++;
      const [rows, cols] = [Number(td.getAttribute('rowspan') ?? 1), Number(td.getAttribute('colspan') ?? 1)];
      if (r === 0) depth = Math.max(depth, rows);
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) (grid[r + i] ??= [])[c + j] = '';
      grid[r]![c] = cellWords(td);
      c += cols;
    }
  });
  const total = (row: string[]) => row.some((w) => /^tổng cộng$/iu.test(w));
  const kept = grid.findLastIndex(total) < 0 ? grid : grid.slice(0, grid.findLastIndex(total) + 1);
  const starts = new Set(kept.flatMap((row) => row.flatMap((w, c) => (w === '' ? [] : [c]))));
  const columns = [...starts].sort((a, b) => a - b);
  const rows = kept.map((row) => columns.map((c) => row[c] ?? ''));
  const [header, body] = [rows.slice(0, depth), rows.slice(depth)];
  // The total first, unless the form writes one there already, under its header (and again at its end), or none.
  const first = body.slice(0, 3).some(total) || !body.some(total) ? [] : body.splice(-1);
  const out: string[][] = [];
  let heading: { row: string[]; at: number } | undefined;
  const inWords = (points: string) => (/điểm$/iu.test(points) ? points : `${points} điểm`);
  for (const row of body) {
    const filled = row.filter((w) => w !== '');
    if (heading && filled.some((w) => /^mức điểm tối đa\b/iu.test(w))) {
      heading.row[heading.at] = `${heading.row[heading.at]} (${inWords(filled.at(-1)!)})`;
      continue;
    }
    const at = row.findIndex((w) => PART_HEADING.test(w));
    if (at >= 0) {
      heading = { row, at };
      const points = row.findIndex((w, c) => c > at && /^\d+(?:[.,]\d+)?$/.test(w));
      if (points >= 0) [row[at], row[points]] = [`${row[at]} (${inWords(row[points]!)})`, ''];
    }
    out.push(row);
  }
  return { caption: '', rows: [...header, ...first, ...out] };
}

/** A PHP array literal's entries, `[k => v, …]` or `[v, …]` (keys counted from 0), its arrays nested. */
function phpArray(source: string, from: number): [string | number, unknown][] {
  const token = /\s*(?:'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)|(=>|\[|\]|,))/y;
  let at = from;
  const next = () => {
    token.lastIndex = at;
    const m = token.exec(source)!;
    at = token.lastIndex;
    return m[1] !== undefined ? { value: m[1].replace(/\\(.)/g, '$1') as unknown } : m[2] !== undefined ? { value: Number(m[2]) as unknown } : { mark: m[3]! };
  };
  const list = (): [string | number, unknown][] => {
    const entries: [string | number, unknown][] = [];
    for (let t = next(); t.mark !== ']'; t = next()) {
      if (t.mark === ',') continue;
      const first = t.mark === '[' ? list() : t.value;
      const after = at;
      if (next().mark === '=>') {
        const v = next();
        entries.push([first as string | number, v.mark === '[' ? list() : v.value]);
      } else {
        at = after;
        entries.push([entries.length, first]);
      }
    }
    return entries;
  };
  next();
  return list();
}

/**
 * An app's PHP view of one unit's form, as it shows a form no unit has filled yet: the page after its leading code (the
 * query for the unit's record), its arrays' rows written out as its loops write them (`foreach ($rows as $i => $r):` …
 * `endforeach;`, `<?= $r['label'] ?>`, `<?= $i + 1 ?>`), and every value of the unit's record or of the app's settings
 * (`$phieu[…]`, `BASE_URL`) left empty.
 */
function phpViewPage([source]: string[]): string {
  const parts = source!.slice(source!.indexOf('?>') + 2).split(/(<\?(?:php|=)[\s\S]*?\?>)/);
  const arrays = new Map<string, [string | number, unknown][]>();
  const echo = (expr: string, scope: Map<string, unknown>) => {
    const m = /^\$(\w+)(?:\[(?:'(\w+)'|(\d+))\]|\s*\+\s*(\d+))?$/.exec(expr.trim());
    if (!m || !scope.has(m[1]!)) return '';
    const v = scope.get(m[1]!);
    const field = m[2] ?? m[3];
    if (field !== undefined) return str((v as [string | number, unknown][]).find(([k]) => String(k) === field)?.[1] as string | number);
    return m[4] === undefined ? str(v as string | number) : String(Number(v) + Number(m[4]));
  };
  const write = (from: number, scope: Map<string, unknown>): { html: string; end: number } => {
    let html = '';
    for (let i = from; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.startsWith('<?=')) html += echo(part.slice(3, -2), scope);
      else if (!part.startsWith('<?php')) html += part;
      else {
        const code = part.slice(5, -2);
        for (const m of code.matchAll(/\$(\w+)\s*=\s*\[/g)) arrays.set(m[1]!, phpArray(code, m.index + m[0].length - 1));
        if (/\bendforeach\b/.test(code)) return { html, end: i };
        const loop = /foreach\s*\(\$(\w+) as \$(\w+)(?:\s*=>\s*\$(\w+))?\)\s*:/.exec(code);
        if (loop) {
          for (const [k, v] of arrays.get(loop[1]!) ?? []) {
            const inner = new Map(scope).set(loop[2]!, loop[3] === undefined ? v : k);
            if (loop[3] !== undefined) inner.set(loop[3], v);
            html += write(i + 1, inner).html;
          }
          i = write(i + 1, scope).end;
        }
      }
    }
    return { html, end: parts.length };
  };
  return write(0, new Map()).html;
}

const page = (tables: OfficeTable | OfficeTable[]) => tablesHtml(Array.isArray(tables) ? tables : [tables]);

/** Each source format's renderer: the kept texts of an entry → the HTML page LibreOffice converts. */
const RENDERERS = {
  'conduct-form': async () => page(await conductForm()),
  'html-page': async ([fragment]: string[]) => utf8Page(fragment!),
  // An app's PHP view of one unit's form, its loops written out, as it shows a form no unit has filled yet.
  'php-view-page': async (texts: string[]) => phpViewPage(texts),
  // A statistics office's reports (records name / dept / deptName / type / deadline / score).
  'commented-reports': async ([source]: string[]) =>
    page(commentedRecords(source!, [['STT', '#'], ['Tên báo cáo', 'name'], ['Phòng', 'deptName'], ['Kỳ', 'type'], ['Hạn nộp', 'deadline'], ['Điểm', 'score']])),
  // A pioneers' union's points per occurrence (records code / name / points / unit / description).
  'commented-points': async ([source]: string[]) =>
    page(commentedRecords(source!, [['Mã', 'code'], ['Nội dung', 'name'], ['Điểm', 'points'], ['Đơn vị tính', 'unit'], ['Ghi chú', 'description']])),
  'leaders-table': async () => page(await leadersTable()),
  'stt-diemchuan': async (texts: string[]) => page(sttDiemChuan(texts)),
  'sections-criteria-items': async (texts: string[]) => page(sectionsCriteriaItems(texts)),
  'sql-groups-criteria': async (texts: string[]) => page(sqlGroupsCriteria(texts)),
  'markdown-tables': async (texts: string[]) => page(markdownTables(texts)),
  'markdown-rubric': async (texts: string[]) => page(markdownRubric(texts)),
  'printed-form': async (texts: string[]) => page(printedForm(texts)),
  'bonus-deduction-cap': async (texts: string[]) => page(bonusDeductionCap(texts)),
  'kpi-definitions': async (texts: string[]) => page(kpiDefinitions(texts)),
  'sql-nested-levels': async (texts: string[]) => page(sqlNestedLevels(texts)),
  'sql-copy-tree': async (texts: string[]) => page(sqlCopyTree(texts)),
  'markdown-line-cells': async (texts: string[]) => page(markdownLineCells(texts)),
  'page-text-cells': async (texts: string[]) => page(pageTextCells(texts)),
  'page-paragraph-cells': async (texts: string[]) => page(pageParagraphCells(texts)),
  'mysql-criteria-items': async (texts: string[]) => page(mysqlCriteriaItems(texts)),
  // A province's framework for rating its People's Councils (its app's module: groups, items, their scored parts).
  'council-framework': async (texts: string[]) => page(councilFramework(texts)),
  // A university's conduct form in three SQL tables (sections, criteria, lettered items), as its app prints it.
  'sql-conduct-three-levels': async (texts: string[]) => page(sqlConductThreeLevels(texts)),
  // A commune's DTI set (the digital-transformation index) in its tracking page: groups «nhom», the editor's columns.
  'page-dti-records': async ([source]: string[]) =>
    page(pageRecords(source!, ['nhom'], [['ID', 'id'], ['Tên chỉ số', 'ten'], ['Điểm', 'diem_toi_da'], ['Khung', 'khung'], ['Ghi chú', 'ghi_chu']])),
  // The same page's PAR INDEX set: parts «phan», then fields «linh_vuc»; its editor's «Mã» and «Tên tiêu chí», the
  // points under the title the DTI editor gives the same field (the PAR editor shows them only as a badge).
  'page-par-records': async ([source]: string[]) =>
    page(pageRecords(source!, ['phan', 'linh_vuc'], [['Mã', 'ma'], ['Tên tiêu chí', 'ten'], ['Điểm', 'diem_toi_da'], ['Khung', 'khung'], ['Ghi chú', 'ghi_chu']])),
  // A table kept as CSV (a commune's DTI set as its app's sample data), as a spreadsheet opens it.
  'csv-records': async (texts: string[]) => page(csvRecords(texts)),
  // A conduct form as SQL inserts of criteria and subcriteria, each with its lowest and highest points.
  'sql-min-max-sections': async (texts: string[]) => page(sqlMinMaxSections(texts)),
  // An appraisal scale as a JSON file of groups and their criteria.
  'json-groups-criteria': async (texts: string[]) => page(jsonGroupsCriteria(texts)),
  // A form an app writes to Word with the docx library: the paragraphs before its table, and the table.
  'docx-js-table': async (texts: string[]) => page(docxJsTable(texts)),
  // A teacher-emulation app's Python seed of criteria that add and criteria that take away, as its criteria tab lists them.
  'python-seed-grid': async (texts: string[]) => page(pythonSeedGrid(texts)),
  // A province's table for communes kept by a commune's tracking page as records under their groups' words.
  'grouped-records': async (texts: string[]) => page(groupedRecords(texts)),
  // A school's KPI criteria kept by its app as records under their groups' comments, as an evaluation sheet lists them.
  'commented-kpi-records': async (texts: string[]) => page(commentedKpiRecords(texts)),
  // A ward Party committee's form kept by an app as criteria, their sub-criteria and their levels, as the app prints it.
  'criteria-subs-options': async (texts: string[]) => page(criteriaSubsOptions(texts)),
  // A province's quarterly self-assessment of leading cadres kept by an app as a general part's groups and a task part's axes, as its page lays it out.
  'quarterly-cadre-review': async (texts: string[]) => page(quarterlyCadreReview(texts)),
  // A company's monthly self-evaluation form kept inside its HR app's page as sections (a frame that takes away, one that scores, one that adds) of items, as the page prints it.
  'self-evaluation-frames': async (texts: string[]) => page(selfEvaluationFrames(texts)),
  // A Word form or a workbook kept as issued (its HTML as LibreOffice writes it), written again as another office keeps it in a spreadsheet.
  'written-again': async (texts: string[]) => page(writtenAgain(texts)),
} satisfies Record<string, (texts: string[]) => Promise<string>>;

/**
 * A section as the document writes it: words of its title (to find its group), its written maximum, its items' sum
 * when that differs; `gap`: why the reader cannot keep it as a group yet — then it is held to being said at its cell
 * (noticed), and its test fails the day the reader keeps it, so the gap is taken out rather than left stale.
 */
export const CorpusSection = z.object({ key: z.string().min(1), written: z.number(), itemsSum: z.number().optional(), gap: z.string().min(1).optional() }).strict();
export type CorpusSection = z.infer<typeof CorpusSection>;

/**
 * An example counted against another version of its table than the document kept (the same office's table of another
 * year): why, and the example's items the document does not have — held to being absent from the set the reader
 * builds, so the claim fails the day it is wrong.
 */
export const AnotherVersion = z.object({ why: z.string().min(1), absent: z.array(z.string().min(1)).min(1) }).strict();

/** A unit's report filled by hand: the value of each item (by the document's own number), the score counted by hand and how. */
export const CorpusExample = z
  .object({
    unit: z.string().min(1),
    values: z.record(z.string(), z.union([z.number(), z.string()])),
    score: z.number(),
    working: z.string().min(1),
    source: z.string().min(1).optional(),
    anotherVersion: AnotherVersion.optional(),
  })
  .strict();
export type CorpusExample = z.infer<typeof CorpusExample>;

/**
 * What today's reader makes of a table (an original document, or a rendered one) where that differs from what the
 * document states: the words of its refusal, or the figures it reads; held to being so by corpus-documents.test.ts,
 * the test fails the day the reader changes, and the entry is updated rather than left stale.
 */
export const CorpusKnown = z
  .object({
    why: z.string().min(1),
    refused: z.string().min(1).optional(),
    reads: z.object({ maximum: z.object({ base: z.number(), withBonus: z.number() }).strict(), groups: z.array(z.number()), items: z.number().int() }).strict().optional(),
  })
  .strict();

export const CorpusEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The kept texts, relative to the corpus folder, in the order the renderer takes them; for `original`, the Office file itself. */
    files: z.array(z.string().min(1)).min(1),
    /** A repository's file at a commit, or a web page as a store of pages gives its text (its address, and what of it the store gives). */
    source: z.union([
      z
        .object({ repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: z.string().min(1), commit: z.string().regex(/^[0-9a-f]{40}$/), read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), sha256: z.string().regex(/^[0-9a-f]{64}$/).optional() })
        .strict(),
      z.object({ url: z.string().url(), held: z.string().min(1), read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    ]),
    /** Who issued it and what it is, in a line. */
    what: z.string().min(1),
    /** `original`: the kept file is the Office document as its source holds it, read as it is. */
    render: z.enum([...(Object.keys(RENDERERS) as (keyof typeof RENDERERS)[]), 'original']),
    /** The form an office would send it in, written by LibreOffice; the criteria are its first sheet, or the first table that reads as one. */
    as: z.enum(['xlsx', 'docx', 'doc']),
    /** The workbook's sheet the table is on, as `thidua criteria import --sheet` names it (a file holding one table a sheet); else the one the import finds. */
    sheet: z.string().min(1).optional(),
    /** What the document itself states: the total (null when it writes none), each section's written maximum, the items counted by hand. */
    stated: z
      .object({
        total: z.number().nullable(),
        sections: z.array(CorpusSection),
        items: z.number().int().positive(),
        /** Level rows (mutually exclusive alternatives under an item), counted by hand. */
        levels: z.number().int().nonnegative().optional(),
        /** Bonus and deduction parts as written: their words and cap (null when the document gives none). */
        bonus: z.object({ key: z.string().min(1), cap: z.number().nullable() }).strict().optional(),
        deduction: z.object({ key: z.string().min(1), cap: z.number().nullable() }).strict().optional(),
      })
      .strict(),
    /** The hard shapes the document shows (issue 55's list), in words. */
    shapes: z.array(z.string().min(1)).optional(),
    known: CorpusKnown.optional(),
    /**
     * What the import must say of the table before its figures, where they agree but cannot vouch for what was read (a
     * points column of a unit's results read as the maximum): the words the reconciliation opens with. Held by the
     * corpus tests (doubtSaid), counted by `npm run bench -- tables`.
     */
    doubt: z.string().min(1).optional(),
    example: CorpusExample.optional(),
  })
  .strict()
  .refine((e) => e.render !== 'original' || (e.files.length === 1 && 'sha256' in e.source && e.files[0]!.endsWith(`.${e.as}`)), {
    message: 'an original document is one kept file, of its own form, with its SHA-256',
  });
export type CorpusEntry = z.infer<typeof CorpusEntry>;
export const CorpusManifest = z.array(CorpusEntry).min(1);

export async function loadCorpus(): Promise<CorpusEntry[]> {
  return CorpusManifest.parse(JSON.parse(await readFile(join(CORPUS, 'manifest.json'), 'utf8')));
}

/**
 * Every table of the corpus written by LibreOffice into `dir` as `<id>.xlsx` or `<id>.docx` (one LibreOffice process
 * per conversion step, not per table); the path of each, by entry.
 */
export async function renderCorpus(entries: CorpusEntry[], dir: string): Promise<Map<string, string>> {
  const html = await mkdtemp(join(tmpdir(), 'thidua-corpus-html-'));
  await mkdir(dir, { recursive: true });
  const rendered = entries.filter((e) => e.render !== 'original');
  const pages = await Promise.all(
    rendered.map(async (e) => {
      // A kept Word or Excel document reaches its renderer as LibreOffice writes it to HTML, as any other kept text does.
      const texts = await Promise.all(e.files.map(async (f) => {
        const filter = /\.docx?$/.test(f) ? 'HTML (StarWriter)' : /\.xlsx$/.test(f) ? 'HTML (StarCalc)' : undefined;
        return readFile(filter ? (await sofficeAll([join(CORPUS, f)], await mkdtemp(join(html, 'kept-')), 'html', filter))[0]! : join(CORPUS, f), 'utf8');
      }));
      const path = join(html, `${e.id}.html`);
      await writeFile(path, await RENDERERS[e.render as keyof typeof RENDERERS](texts));
      return path;
    }),
  );
  const of = (kind: 'xlsx' | 'docx') => pages.filter((_, i) => rendered[i]!.as === kind);
  const xlsx = of('xlsx').length > 0 ? await sofficeAll(of('xlsx'), dir, 'xlsx', 'Calc MS Excel 2007 XML', 'HTML (StarCalc)') : [];
  const odt = of('docx').length > 0 ? await sofficeAll(of('docx'), html, 'odt', 'writer8') : [];
  const docx = odt.length > 0 ? await sofficeAll(odt, dir, 'docx', 'MS Word 2007 XML') : [];
  const written = { xlsx, docx };
  const next = { xlsx: 0, docx: 0 };
  const out = new Map(rendered.map((e) => [e.id, written[e.as as 'xlsx' | 'docx'][next[e.as as 'xlsx' | 'docx']++]!]));
  // An original is read as its source holds it: a copy, so nothing the reader does can touch the kept file.
  for (const e of entries.filter((x) => x.render === 'original')) {
    const path = join(dir, `${e.id}.${e.as}`);
    await copyFile(join(CORPUS, e.files[0]!), path);
    out.set(e.id, path);
  }
  return new Map(entries.map((e) => [e.id, out.get(e.id)!]));
}

/** What an import made of a table, set against what the document states. */
export type Judged = {
  /** The set's maximum as its groups cap it (bonus parts apart), and with the bonus parts. */
  maximum: { base: number; withBonus: number };
  /** The stated total: the set's maximum, or said in a notice, or neither; 'none' when the document states none. */
  total: 'reproduced' | 'noticed' | 'missed' | 'none';
  /** Each stated section: the maximum of the group found by its words (null when none is), and whether a notice says its items' other sum. */
  sections: { key: string; written: number; max: number | null; verdict: 'reproduced' | 'noticed' | 'missed'; mismatchSaid?: boolean }[];
  /** The document's items the set holds: its criteria, the parts of one item (Criterion.partOf) counted once. */
  items: number;
  /**
   * Each of the bonus and deduction parts the document states: whether the set holds rows of that kind (criteria, or
   * an item's own lines), and what they add or take at most as scoring counts them, where the document writes a cap.
   */
  outside: { kind: 'bonus' | 'deduction'; key: string; rows: boolean; max?: number }[];
};

type Imported = { set: CriteriaSet; notices: { cell?: string; message: string }[] };

const words = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** Whether a notice writes the number `n` (as an officer reads it: «0,5», «1.234»), not as part of another number. */
const writes = (notices: Imported['notices'], n: number) => {
  const shown = formatNumberVi(n).replace(/[.,]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`(?<![\\d,.])${shown}(?![\\d]|[,.]\\d)`);
  return notices.some((x) => pattern.test(x.message));
};

export function judge(entry: CorpusEntry, { set, notices }: Imported): Judged {
  const counts = (kind: string) => kind !== 'bonus' && kind !== 'deduction';
  const sum = (cs: CriteriaSet['criteria']) => cs.reduce((s, c) => s + c.maxPoints, 0);
  let base = sum(set.criteria.filter((c) => counts(c.rule.kind)));
  for (const g of set.groups) {
    const inGroup = sum(set.criteria.filter((c) => c.group === g.id && counts(c.rule.kind)));
    if (g.maxPoints !== undefined && inGroup > g.maxPoints) base -= inGroup - g.maxPoints;
    // A frame granted by default (its deductions take from it) is in the base.
    if (g.granted && g.maxPoints !== undefined) base += g.maxPoints;
  }
  const u = understoodSet(set);
  // A part's own bonus raises it at most to its maximum (understood.ts withinPart): only what it can add past its part.
  const within = u.groups.reduce((s, g) => s + (withinPart(g)?.counted ?? 0), 0);
  const withBonus = base + sum(set.criteria.filter((c) => c.rule.kind === 'bonus' && !c.rule.withinPart)) + within;
  const round = (n: number) => Math.round(n * 100) / 100;
  const maximum = { base: round(base), withBonus: round(withBonus) };
  const stated = entry.stated.total;
  const total = stated === null ? 'none' : maximum.base === stated || maximum.withBonus === stated ? 'reproduced' : writes(notices, stated) ? 'noticed' : 'missed';
  const sections = entry.stated.sections.map((s) => {
    const group = set.groups.find((g) => words(`${g.id} ${g.title}`).includes(words(s.key)));
    const max = group?.maxPoints ?? null;
    const verdict = max === s.written ? 'reproduced' : writes(notices, s.written) ? 'noticed' : 'missed';
    return { key: s.key, written: s.written, max, verdict, ...(s.itemsSum === undefined ? {} : { mismatchSaid: writes(notices, s.written) && writes(notices, s.itemsSum) }) } as const;
  });
  // An item of the document made of parts (Criterion.partOf) is one item, however many criteria its parts make.
  const items = set.criteria.filter((c) => c.partOf === undefined).length + new Set(set.criteria.flatMap((c) => (c.partOf ? [c.partOf.code] : []))).size;
  const outside = (['bonus', 'deduction'] as const).flatMap((kind) => {
    const part = entry.stated[kind];
    if (!part) return [];
    const rows = set.criteria.some((c) => c.rule.kind === kind || c.own?.lines.some((l) => l.kind === kind));
    // A bonus recorded beside the total (ghi nhận) is the document's bonus all the same.
    const max = kind === 'bonus' ? u.bonusMax + u.recordedMax : u.deductionMax;
    return [{ kind, key: part.key, rows, ...(part.cap !== null && { max: round(max) }) }];
  });
  return { maximum, total, sections, items, outside };
}

/** The bonus and deduction parts as the document states them, as judge reads them: rows of their kind, at most their cap. */
export function statedOutside(entry: CorpusEntry): Judged['outside'] {
  return (['bonus', 'deduction'] as const).flatMap((kind) => {
    const part = entry.stated[kind];
    return part ? [{ kind, key: part.key, rows: true, ...(part.cap !== null && { max: part.cap }) }] : [];
  });
}

/**
 * A stated figure's verdict: thidua reads the same; the reconciliation says the difference; only a notice of the
 * reader writes it (the officer sees it at the confirmation, but not in the reconciliation's block); or none of these
 * (silently different).
 */
export type FigureVerdict = 'reproduced' | 'said' | 'noticed' | 'silent';

/** What the scorecard counts of one imported table. */
export type Scorecard = {
  /** Every figure the table states: those the reconciliation found in the document, then those the manifest records by hand (total, sections' maxima). */
  figures: { from: 'document' | 'manifest'; what: string; value: number; reads: number | null; verdict: FigureVerdict }[];
  /** Level rows read as levels (the tiers of the set's criteria), beside the manifest's hand count where it gives one. */
  levels: { read: number; stated?: number };
};

/**
 * The scorecard of one imported table (shared by `npm run bench -- tables` and corpus.test.ts). A figure the
 * reconciliation found is reproduced when it agrees and said otherwise; a figure the manifest records by hand is
 * reproduced when the built set reads it, said when a differing figure of the reconciliation writes the same value
 * (a total for a total, a part for a section), noticed when only a notice writes it, silently different otherwise —
 * the count that must stay 0.
 */
export function scorecard(entry: CorpusEntry, read: Imported & { reconciliation: Reconciliation }): Scorecard {
  const judged = judge(entry, read);
  const differing = read.reconciliation.figures.filter((f) => !f.agrees);
  const saidAs = (kinds: string[], value: number) => differing.some((f) => kinds.includes(f.figure.kind) && Math.abs(f.figure.value - value) < 1e-9);
  const document = read.reconciliation.figures.map((f) => ({ from: 'document' as const, what: `${f.figure.kind} ${f.figure.code} (ô ${f.figure.cell})`, value: f.figure.value, reads: f.reads, verdict: f.agrees ? ('reproduced' as const) : ('said' as const) }));
  const total = entry.stated.total;
  const manifest = [
    ...(total === null ? [] : [{ what: 'total', value: total, reads: judged.maximum.base, verdict: judged.total, kinds: ['total', 'title'] }]),
    ...judged.sections.map((s) => ({ what: `section ${s.key}`, value: s.written, reads: s.max, verdict: s.verdict, kinds: ['part'] })),
  ].map((m) => ({
    from: 'manifest' as const,
    what: m.what,
    value: m.value,
    reads: m.reads,
    verdict: m.verdict === 'reproduced' ? ('reproduced' as const) : saidAs(m.kinds, m.value) ? ('said' as const) : m.verdict === 'noticed' ? ('noticed' as const) : ('silent' as const),
  }));
  const levels = read.set.criteria.reduce((s, c) => s + (c.rule.kind === 'tiers' ? c.rule.tiers.length : 0), 0);
  return { figures: [...document, ...manifest], levels: { read: levels, ...(entry.stated.levels === undefined ? {} : { stated: entry.stated.levels }) } };
}

/** Whether the import says the doubt the manifest records for the table first, the reconciliation not agreeing (true when it records none). */
export const doubtSaid = (entry: CorpusEntry, read: { reconciliation: Reconciliation }): boolean =>
  entry.doubt === undefined || (!read.reconciliation.agrees && read.reconciliation.summary.startsWith(entry.doubt));

/**
 * A hand-counted example corpus-documents.test.ts scores end to end and holds to the hand count exactly; the others
 * it holds where the reader stops today (the manifest's `known`), or to the items its own version of the table has and
 * the document does not (`anotherVersion`).
 */
export const exampleScored = (entry: CorpusEntry): boolean =>
  entry.example !== undefined && entry.known === undefined && entry.example.anotherVersion === undefined;
