// Cụm thi đua (emulation clusters): provinces group their communes (and agencies) into clusters that compete among
// themselves, and the clusters have changed since the 2025 merger — so a member belongs to a cluster from a date to
// a date. The list is the officer's own sheet (Cụm thi đua | Đơn vị | Từ ngày | Đến ngày), read here by its header
// labels; ranking within each cluster is the same competition rank as within a level (1, 1, 3).
import { z } from 'zod';
import type { SheetGrid } from '../sheet/cell.js';
import { gridAddress, isBlankRow } from '../sheet/grid.js';
import { labelLookup } from '../text.js';
import { formatDateVi, parseCell } from '../values.js';
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
  if (errors.length > 0) return { ok: false, errors };
  if (list.length === 0) return { ok: false, errors: [`Trang «${grid.name}» có tiêu đề cụm thi đua nhưng chưa có đơn vị nào.`] };
  return { ok: true, list, notes: overlaps(list) };
}

/** A member in two clusters on the same day is said (the later-listed one is used). */
function overlaps(list: ClusterList): string[] {
  const byMember = new Map<string, ClusterMember[]>();
  for (const m of list) byMember.set(unitKey(m.member), [...(byMember.get(unitKey(m.member)) ?? []), m]);
  const notes: string[] = [];
  for (const members of byMember.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.cluster !== b.cluster && (a.from ?? '') <= (b.to ?? '9999') && (b.from ?? '') <= (a.to ?? '9999')) {
          notes.push(`«${b.member}» thuộc cả «${a.cluster}» và «${b.cluster}» trong cùng thời gian: dùng «${b.cluster}» (dòng ghi sau).`);
        }
      }
    }
  }
  return notes;
}

/** The cluster `name` belongs to on `day` (YYYY-MM-DD), matched as officers read names («UBND xã X» = «Xã X»). */
export function clusterOf(list: ClusterList, name: string, day: string): string | undefined {
  const key = unitKey(name);
  let found: string | undefined;
  for (const m of list) if (unitKey(m.member) === key && (m.from ?? '') <= day && day <= (m.to ?? '9999-12-31')) found = m.cluster;
  return found;
}

/** Clusters in the order the list names them. */
export function clusterNames(list: ClusterList): string[] {
  return [...new Set(list.map((m) => m.cluster))];
}

export interface Placed<T> {
  item: T;
  rank: number;
  of: number;
  tied: boolean;
}

/** Competition ranks (1, 1, 3) by `score`, highest first; items without a score are left out. */
export function competitionRank<T>(items: readonly T[], score: (item: T) => number | undefined): Placed<T>[] {
  const scored = items.flatMap((item) => {
    const s = score(item);
    return s === undefined ? [] : [{ item, s }];
  });
  scored.sort((a, b) => b.s - a.s);
  return scored.map(({ item, s }, i) => {
    let first = i;
    while (first > 0 && scored[first - 1]!.s === s) first--;
    const tied = scored[i - 1]?.s === s || scored[i + 1]?.s === s;
    return { item, rank: first + 1, of: scored.length, tied };
  });
}

/** Each cluster's members present in `items`, ranked within the cluster, in the list's cluster order. */
export function rankInClusters<T>(list: ClusterList, day: string, items: readonly T[], name: (item: T) => string, score: (item: T) => number | undefined): { cluster: string; placed: Placed<T>[] }[] {
  const by = new Map<string, T[]>();
  for (const item of items) {
    const c = clusterOf(list, name(item), day);
    if (c !== undefined) by.set(c, [...(by.get(c) ?? []), item]);
  }
  return clusterNames(list).flatMap((cluster) => (by.has(cluster) ? [{ cluster, placed: competitionRank(by.get(cluster)!, score) }] : []));
}

/*
Made for: issue 39 item 5 — «an optional cluster list (an Excel sheet or file: cluster, member, from/to date —
clusters change since the 2025 merger) ranks and lists within each cluster in the digest, the brief and `thidua
score`'s ranking». Cluster ranking is the same on every face because it is this one function.
*/
