// Cụm thi đua (emulation clusters): provinces group their communes (and agencies) into clusters that compete among
// themselves, and the clusters have changed since the 2025 merger — so a member belongs to a cluster from a date to
// a date. The list is the officer's own sheet (Cụm thi đua | Đơn vị | Từ ngày | Đến ngày), read here by its header
// labels; ranking within each cluster is the same competition rank as within a level (1, 1, 3).
import { z } from 'zod';
import type { SheetGrid } from '../sheet/cell.js';
import { gridAddress, isBlankRow } from '../sheet/grid.js';
import { labelLookup } from '../text.js';
import { formatDateVi, formatNumberVi, parseCell } from '../values.js';
import { unitKey } from '../indicators/units.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One member of a cluster over a span of days (either end open). */
export const ClusterMember = z.object({ cluster: z.string().min(1), member: z.string().min(1), from: IsoDate.optional(), to: IsoDate.optional() });
export type ClusterMember = z.infer<typeof ClusterMember>;
export const ClusterList = z.array(ClusterMember);
export type ClusterList = z.infer<typeof ClusterList>;

/** The columns as offices title them. */
const HEADERS = {
  cluster: ['Cụm thi đua', 'Cụm', 'Tên cụm', 'Khối thi đua', 'Khối'],
  member: ['Đơn vị', 'Tên đơn vị', 'Thành viên', 'Đơn vị thành viên', 'Xã, phường', 'Xã/phường', 'Cơ quan'],
  from: ['Từ ngày', 'Hiệu lực từ', 'Ngày bắt đầu', 'Từ'],
  to: ['Đến ngày', 'Hiệu lực đến', 'Ngày kết thúc', 'Đến'],
} as const;

/** How many faults of a list are named one by one; the rest are counted. */
const ERRORS_NAMED = 20;

export type ClusterRead = { ok: true; list: ClusterList; notes: string[] } | { ok: false; errors: string[] };

/**
 * The cluster list of a sheet: the first row holding «Cụm thi đua» and «Đơn vị» is the header; each row after it a
 * member. A row with a cluster but no member, or a date that does not read, is refused with its cell; a blank
 * cluster cell repeats the cluster above it (a merged or grouped column).
 */
export function readClusterSheet(grid: SheetGrid): ClusterRead {
  const header = labelLookup(HEADERS);
  const headerRow = grid.values.findIndex((row) => {
    const keys = new Set(row.map((cell) => header(cell)));
    return keys.has('cluster') && keys.has('member');
  });
  if (headerRow < 0) {
    return { ok: false, errors: [`Trang «${grid.name}» không có dòng tiêu đề «Cụm thi đua» và «Đơn vị» (có thể thêm «Từ ngày», «Đến ngày»).`] };
  }
  const columns: Partial<Record<keyof typeof HEADERS, number>> = {};
  grid.values[headerRow]!.forEach((cell, c) => {
    const key = header(cell);
    if (key && columns[key] === undefined) columns[key] = c;
  });
  const list: ClusterList = [];
  const errors: string[] = [];
  let current = '';
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r]!;
    if (isBlankRow(row)) continue;
    const text = (key: keyof typeof HEADERS) => {
      const c = columns[key];
      const v = c === undefined ? null : row[c];
      return v === null || v === undefined ? '' : String(v).trim();
    };
    current = text('cluster') || current;
    const member = text('member');
    const at = (key: keyof typeof HEADERS) => gridAddress(grid, r, columns[key] ?? 0);
    if (!member) {
      errors.push(`Trang «${grid.name}», ô ${at('member')}: thiếu tên đơn vị của cụm «${current || '?'}».`);
      continue;
    }
    if (!current) {
      errors.push(`Trang «${grid.name}», ô ${at('cluster')}: đơn vị «${member}» chưa ghi thuộc cụm nào.`);
      continue;
    }
    const dates: { from?: string; to?: string } = {};
    for (const key of ['from', 'to'] as const) {
      const c = columns[key];
      if (c === undefined || row[c] === null || row[c] === undefined || String(row[c]).trim() === '') continue;
      const v = parseCell(row[c], grid.formats?.[r]?.[c]);
      if (v.kind === 'date') dates[key] = v.value;
      else errors.push(`Trang «${grid.name}», ô ${at(key)}: «${String(row[c])}» không phải ngày (ghi dạng 01/07/2025).`);
    }
    if (dates.from && dates.to && dates.from > dates.to) {
      errors.push(`Trang «${grid.name}», dòng ${at('member').replace(/^[A-Z]+/, '')}: «Từ ngày» ${formatDateVi(dates.from)} sau «Đến ngày» ${formatDateVi(dates.to)}.`);
      continue;
    }
    list.push({ cluster: current, member, ...dates });
  }
  // A list longer than the sheet's read limits is refused where reading stopped, never ranked on its first part.
  for (const c of grid.clipped ?? []) errors.push(`Trang «${grid.name}», ${c.message}: danh sách cụm phải nằm trong vùng đọc được.`);
  if (errors.length > ERRORS_NAMED) return { ok: false, errors: [...errors.slice(0, ERRORS_NAMED), `Và ${formatNumberVi(errors.length - ERRORS_NAMED)} lỗi khác cùng loại.`] };
  if (errors.length > 0) return { ok: false, errors };
  if (list.length === 0) return { ok: false, errors: [`Trang «${grid.name}» có tiêu đề cụm thi đua nhưng chưa có đơn vị nào.`] };
  return { ok: true, list, notes: overlaps(list) };
}

/** How many members with overlapping clusters the notes name; the rest are counted in one line. */
export const OVERLAPS_NAMED = 10;

/**
 * Members in two clusters or more on the same day, said once per member with how many clusters (the later-listed
 * one is used), at most OVERLAPS_NAMED members named and the rest counted: one commune listed in 3,000 clusters is one
 * line, never 4.5 million. Each member's spans are sorted and swept: n log n in the list.
 */
function overlaps(list: ClusterList): string[] {
  const byMember = new Map<string, { row: number; m: ClusterMember }[]>();
  list.forEach((m, row) => {
    const key = unitKey(m.member);
    const spans = byMember.get(key);
    if (spans) spans.push({ row, m });
    else byMember.set(key, [{ row, m }]);
  });
  const said: string[] = [];
  let members = 0;
  for (const spans of byMember.values()) {
    if (spans.length < 2) continue;
    spans.sort((a, b) => (a.m.from ?? '').localeCompare(b.m.from ?? '') || a.row - b.row);
    // Swept by start, keeping the latest end of all (`best`) and the latest of a cluster other than best's
    // (`second`): a span overlaps one of another cluster exactly when that one's end reaches its start.
    const clusters = new Set<string>();
    let best: { to: string; cluster: string } | undefined;
    let second: { to: string; cluster: string } | undefined;
    for (const { m } of spans) {
      const to = m.to ?? '9999';
      const partner = best && best.cluster !== m.cluster ? best : second;
      if (partner && (m.from ?? '') <= partner.to) clusters.add(m.cluster).add(partner.cluster);
      if (!best || to > best.to) {
        if (best && best.cluster !== m.cluster) second = best;
        best = { to, cluster: m.cluster };
      } else if (m.cluster !== best.cluster && (!second || to > second.to)) second = { to, cluster: m.cluster };
    }
    if (clusters.size < 2) continue;
    members++;
    if (members > OVERLAPS_NAMED) continue;
    const last = spans.reduce((a, b) => (b.row > a.row ? b : a)).m;
    // Named in the list's order, each with its dates: the officer sees which rows to mend.
    const listed = spans.filter((x) => clusters.has(x.m.cluster)).sort((a, b) => a.row - b.row).map((x) => x.m);
    const names = listed.slice(0, 3).map(spanWords).join(', ');
    said.push(`«${last.member}» thuộc ${formatNumberVi(clusters.size)} cụm trong cùng thời gian (${names}${listed.length > 3 ? ', …' : ''}): mỗi ngày dùng cụm ghi sau cùng.`);
  }
  if (members > OVERLAPS_NAMED) said.push(`Và ${formatNumberVi(members - OVERLAPS_NAMED)} đơn vị khác thuộc nhiều cụm trong cùng thời gian.`);
  return said;
}

/** «Cụm A» (1/7/2025 – 30/6/2026), «Cụm B» (từ 30/6/2026), «Cụm C» (mọi ngày). */
function spanWords(m: ClusterMember): string {
  const day = (iso: string) => formatDateVi(iso);
  const span = m.from && m.to ? `${day(m.from)} – ${day(m.to)}` : m.from ? `từ ${day(m.from)}` : m.to ? `đến ${day(m.to)}` : 'mọi ngày';
  return `«${m.cluster}» (${span})`;
}

/**
 * Units of the day placed in two clusters or more on that day, each said with its clusters and their dates and the
 * one used (the later listed): where the officer reads the cluster ranking, not only when the list is read.
 */
export function clusterDoubts(list: ClusterList, day: string, names: readonly string[]): string[] {
  const index = indexOf(list);
  return names.flatMap((name) => {
    const on = (index.get(unitKey(name)) ?? []).filter((m) => (m.from ?? '') <= day && day <= (m.to ?? '9999-12-31'));
    if (new Set(on.map((m) => m.cluster)).size < 2) return [];
    return [`«${name}» thuộc ${formatNumberVi(new Set(on.map((m) => m.cluster)).size)} cụm ngày ${formatDateVi(day)}: ${on.slice(0, 3).map(spanWords).join(', ')}${on.length > 3 ? ', …' : ''} — xếp hạng theo «${on.at(-1)!.cluster}» (ghi sau cùng).`];
  });
}

type ClusterIndex = Map<string, ClusterMember[]>;

/** Each member's spans by its key, in the list's order: looked in by name, never the whole list scanned per unit. */
function indexOf(list: ClusterList): ClusterIndex {
  const index: ClusterIndex = new Map();
  for (const m of list) {
    const key = unitKey(m.member);
    const spans = index.get(key);
    if (spans) spans.push(m);
    else index.set(key, [m]);
  }
  return index;
}

function clusterIn(index: ClusterIndex, name: string, day: string): string | undefined {
  let found: string | undefined;
  for (const m of index.get(unitKey(name)) ?? []) if ((m.from ?? '') <= day && day <= (m.to ?? '9999-12-31')) found = m.cluster;
  return found;
}

/** The cluster `name` belongs to on `day` (YYYY-MM-DD), matched as officers read names («UBND xã X» = «Xã X»). */
export function clusterOf(list: ClusterList, name: string, day: string): string | undefined {
  return clusterIn(indexOf(list), name, day);
}

/** Clusters in the order the list names them. */
export function clusterNames(list: ClusterList): string[] {
  return [...new Set(list.map((m) => m.cluster))];
}

export interface Placed<T> {
  item: T;
  rank: number;
  /** Ranked: the items with a score. */
  of: number;
  /** Given: with a score or not (a place «thứ 7/9» among 15 says so). */
  among: number;
  tied: boolean;
}

/** Competition ranks (1, 1, 3) by `score`, highest first; items without a score are left out (and counted in `among`). */
export function competitionRank<T>(items: readonly T[], score: (item: T) => number | undefined): Placed<T>[] {
  const scored = items.flatMap((item) => {
    const s = score(item);
    return s === undefined ? [] : [{ item, s }];
  });
  scored.sort((a, b) => b.s - a.s);
  // The rank of a run of equal scores is carried along, never searched back for (20,000 tied units: quadratic).
  let first = 0;
  return scored.map(({ item, s }, i) => {
    if (i > 0 && scored[i - 1]!.s !== s) first = i;
    const tied = scored[i - 1]?.s === s || scored[i + 1]?.s === s;
    return { item, rank: first + 1, of: scored.length, among: items.length, tied };
  });
}

/** Each cluster's members present in `items`, ranked within the cluster, in the list's cluster order. */
export function rankInClusters<T>(list: ClusterList, day: string, items: readonly T[], name: (item: T) => string, score: (item: T) => number | undefined): { cluster: string; placed: Placed<T>[] }[] {
  const by = new Map<string, T[]>();
  const index = indexOf(list);
  for (const item of items) {
    const c = clusterIn(index, name(item), day);
    if (c === undefined) continue;
    const members = by.get(c);
    if (members) members.push(item);
    else by.set(c, [item]);
  }
  return clusterNames(list).flatMap((cluster) => (by.has(cluster) ? [{ cluster, placed: competitionRank(by.get(cluster)!, score) }] : []));
}

/*
Made for: issue 39 item 5 — «an optional cluster list (an Excel sheet or file: cluster, member, from/to date —
clusters change since the 2025 merger) ranks and lists within each cluster in the digest, the brief and `thidua
score`'s ranking». Cluster ranking is the same on every face because it is this one function.
*/
