// A cluster list as an office keeps it in Excel (Cụm thi đua | Đơn vị | Từ ngày | Đến ngày, a cluster written once
// over its members, dates as dates), read through the package reader, and ranking within each cluster on a day.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { clusterOf, rankInClusters, readClusterSheet } from '../../core/watch/clusters.js';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest, digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { storyCaptures } from './real-days.js';

async function clusterBook(rows: (string | Date | null)[][]): Promise<OoxmlWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cụm thi đua');
  ws.addRow(['DANH SÁCH CỤM THI ĐUA CẤP XÃ NĂM 2026']);
  ws.addRow([]);
  ws.addRow(['STT', 'Cụm thi đua', 'Đơn vị', 'Từ ngày', 'Đến ngày']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return OoxmlWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('cluster list', () => {
  it('reads members with their dates, a blank cluster cell repeating the one above', async () => {
    const wb = await clusterBook([
      ['Cụm 1', 'UBND xã Đoan Hùng', d('2025-07-01'), null],
      [null, 'Xã Xuân Lũng', d('2025-07-01'), d('2026-09-17')],
      [null, 'UBND xã Phùng Nguyên', null, null],
      ['Cụm 2', 'UBND xã Xuân Lũng', d('2026-09-18'), null],
      [null, 'UBND xã Bản Nguyên', null, null],
    ]);
    const [grid] = await wb.readSheets(['Cụm thi đua']);
    const read = readClusterSheet(grid!);
    expect(read.ok && read.list).toEqual([
      { cluster: 'Cụm 1', member: 'UBND xã Đoan Hùng', from: '2025-07-01' },
      { cluster: 'Cụm 1', member: 'Xã Xuân Lũng', from: '2025-07-01', to: '2026-09-17' },
      { cluster: 'Cụm 1', member: 'UBND xã Phùng Nguyên' },
      { cluster: 'Cụm 2', member: 'UBND xã Xuân Lũng', from: '2026-09-18' },
      { cluster: 'Cụm 2', member: 'UBND xã Bản Nguyên' },
    ]);
    if (!read.ok) return;
    // Xuân Lũng changed cluster on 18/9.
    expect(clusterOf(read.list, 'UBND xã Xuân Lũng', '2026-09-17')).toBe('Cụm 1');
    expect(clusterOf(read.list, 'UBND xã Xuân Lũng', '2026-09-20')).toBe('Cụm 2');
    const ranked = rankInClusters(read.list, '2026-09-20', [{ n: 'Xã Đoan Hùng', s: 15.91 }, { n: 'Xã Phùng Nguyên', s: 18.45 }, { n: 'Xã Xuân Lũng', s: 18.09 }, { n: 'Xã Bản Nguyên', s: 18.77 }], (x) => x.n, (x) => x.s);
    expect(ranked.map((c) => [c.cluster, c.placed.map((p) => `${p.item.n} ${p.rank}/${p.of}`)])).toEqual([
      ['Cụm 1', ['Xã Phùng Nguyên 1/2', 'Xã Đoan Hùng 2/2']],
      ['Cụm 2', ['Xã Bản Nguyên 1/2', 'Xã Xuân Lũng 2/2']],
    ]);
  });

  it('refuses a row without a member or with a date that does not read, naming the cell', async () => {
    const wb = await clusterBook([['Cụm 1', null, null, null], ['Cụm 1', 'Xã A', 'mùng một', null]]);
    const [grid] = await wb.readSheets(['Cụm thi đua']);
    const read = readClusterSheet(grid!);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors).toEqual([
      'Trang «Cụm thi đua», ô C4: thiếu tên đơn vị của cụm «Cụm 1».',
      'Trang «Cụm thi đua», ô D5: «mùng một» không phải ngày (ghi dạng 01/07/2025).',
    ]);
  });

  it('ranks within each cluster in the digest, beside the place in the level', async () => {
    const wb = await clusterBook([
      ['Cụm 1', 'UBND xã Đoan Hùng', null, null],
      [null, 'UBND xã Phùng Nguyên', null, null],
      ['Cụm 2', 'UBND xã Xuân Lũng', null, null],
      [null, 'UBND xã Bản Nguyên', null, null],
    ]);
    const read = readClusterSheet((await wb.readSheets(['Cụm thi đua']))[0]!);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const digest = digestOf(storyCaptures(), { own: 'Xã Đoan Hùng', clusters: read.list })!;
    const text = digestText(digest);
    expect(text).toMatch(/^Đơn vị của tôi — UBND xã Đoan Hùng \(thứ \d+\/148; thứ 2\/2 Cụm 1\)/m);
    expect(text).toContain('• Cụm 1 (2): dẫn đầu UBND xã Phùng Nguyên 18,45; cuối UBND xã Đoan Hùng 15,91');
    expect(text).toContain('• Cụm 2 (2): dẫn đầu UBND xã Bản Nguyên 18,77; cuối UBND xã Xuân Lũng 18,09');
  });

  it('says a member in many clusters at once in one line with the count, never a line per pair', async () => {
    // A 3,000-row list naming one commune in every cluster (issue 48: 4.5 million lines of overlap notes, 2 GB).
    const rows: (string | Date | null)[][] = Array.from({ length: 3000 }, (_, i) => [`Cụm ${i + 1}`, 'UBND xã Tam Sơn', null, null]);
    rows.push(['Cụm 1', 'UBND xã Đoan Hùng', d('2025-07-01'), d('2026-01-31')], ['Cụm 2', 'Xã Đoan Hùng', d('2026-02-01'), null]);
    const read = readClusterSheet((await (await clusterBook(rows)).readSheets(['Cụm thi đua']))[0]!);
    expect(read.ok && read.notes).toEqual(['«UBND xã Tam Sơn» thuộc 3.000 cụm trong cùng thời gian («Cụm 1» (mọi ngày), «Cụm 2» (mọi ngày), «Cụm 3» (mọi ngày), …): mỗi ngày dùng cụm ghi sau cùng.']);
    // The one used is the one written last.
    expect(read.ok && clusterOf(read.list, 'Xã Tam Sơn', '2026-03-01')).toBe('Cụm 3000');
    // Đoan Hùng changed cluster on 1/2 without overlap: nothing said of it.
    expect(read.ok && clusterOf(read.list, 'Xã Đoan Hùng', '2026-02-01')).toBe('Cụm 2');
  });

  it('names at most ten members in overlapping clusters and counts the rest', async () => {
    const rows: (string | Date | null)[][] = Array.from({ length: 30 }, (_, i) => [
      [`Cụm A`, `UBND xã Số ${i + 1}`, d('2025-07-01'), d('2026-06-30')],
      [`Cụm B`, `UBND xã Số ${i + 1}`, d('2026-06-30'), null],
    ]).flat();
    const read = readClusterSheet((await (await clusterBook(rows)).readSheets(['Cụm thi đua']))[0]!);
    expect(read.ok && read.notes).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `«UBND xã Số ${i + 1}» thuộc 2 cụm trong cùng thời gian («Cụm A» (01/07/2025 – 30/06/2026), «Cụm B» (từ 30/06/2026)): mỗi ngày dùng cụm ghi sau cùng.`),
      'Và 20 đơn vị khác thuộc nhiều cụm trong cùng thời gian.',
    ]);
  });

  it('says a unit placed in two clusters over the same dates where the cluster ranking is read, with both clusters and their dates', async () => {
    const wb = await clusterBook([
      ['Cụm 1', 'UBND xã Đoan Hùng', d('2025-07-01'), d('2026-12-31')],
      [null, 'UBND xã Phùng Nguyên', null, null],
      ['Cụm 2', 'Xã Đoan Hùng', d('2026-09-01'), null],
      [null, 'UBND xã Bản Nguyên', null, null],
    ]);
    const read = readClusterSheet((await wb.readSheets(['Cụm thi đua']))[0]!);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.notes).toEqual(['«Xã Đoan Hùng» thuộc 2 cụm trong cùng thời gian («Cụm 1» (01/07/2025 – 31/12/2026), «Cụm 2» (từ 01/09/2026)): mỗi ngày dùng cụm ghi sau cùng.']);
    const series = watchSeries(storyCaptures())!;
    const digest = buildDigest(series, { clusters: read.list });
    const said = '«UBND xã Đoan Hùng» thuộc 2 cụm ngày 20/09/2026: «Cụm 1» (01/07/2025 – 31/12/2026), «Cụm 2» (từ 01/09/2026) — xếp hạng theo «Cụm 2» (ghi sau cùng).';
    expect(digestText(digest).split('\n')).toContain(said);
    expect(buildBrief(digest, series).notes).toContain(said);
  });

  it('refuses a list with faults on many rows naming twenty cells and counting the rest', async () => {
    const rows: (string | Date | null)[][] = Array.from({ length: 500 }, (_, i) => ['Cụm 1', `Xã ${i + 1}`, 'hôm qua', null]);
    const read = readClusterSheet((await (await clusterBook(rows)).readSheets(['Cụm thi đua']))[0]!);
    expect(!read.ok && read.errors).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `Trang «Cụm thi đua», ô D${i + 4}: «hôm qua» không phải ngày (ghi dạng 01/07/2025).`),
      'Và 480 lỗi khác cùng loại.',
    ]);
  });
});
