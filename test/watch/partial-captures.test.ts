// Captures of fewer groups between full ones (the officer opened two lists that day): a fall across such a day is a
// fall, compared with the last capture that holds the score and said so; a group sliding under a total that does not
// is named; a unit with no total whose group fell is in the brief's changes, as in the digest. Walked on the watch
// from a real province's answers (scripts/harness/watch-days.ts), one unit's groups set by hand so every figure is known.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries, type Capture } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { provinceCaptures } from '../../scripts/harness/watch-days.js';
import { runInProcess, tempDir } from '../cli/helpers.js';

/** Each unit's group scores by day, set by hand (`undefined`: that group not captured that day). */
type Plan = Record<string, Partial<Record<string, readonly (number | undefined)[]>>>;

/** Four days of a small province from 10/9/2026, day `partial` holding only «Công khai, minh bạch» and «Tiến độ giải quyết». */
function days(plan: Plan, partial: number, count = 4): Capture[] {
  return provinceCaptures(count, 12, '2026-09-10').map((c, d) => ({
    ...c,
    snapshots: c.snapshots.map((s) => ({
      ...s,
      // As the capture names the lists the page had not loaded.
      ...(d === partial && { missingGroups: ['Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ'] }),
      indicators: s.indicators
        // The sub-metrics of a group go with it; a capture of two lists holds those two groups only.
        .filter((i) => d !== partial || /^(CKMB|TDGQ)/.test(i.code))
        .flatMap((i) => {
          const set = plan[s.unit.name]?.[i.code];
          if (!set) return [i];
          const value = set[d];
          return value === undefined ? [] : [{ ...i, value }];
        }),
    })),
  }));
}

describe('a day of fewer groups between full captures', () => {
  // Sở Ngành 2's «Số hóa hồ sơ» falls 2 points across the day it was not captured; Sở Ngành 3's «Tiến độ giải quyết»
  // falls 0,1 on each of three captures while its total rises.
  const still = { CLGQ: [10, 10, 10, 10], TTTT: [8, 8, 8, 8], MDHL: [15, 15, 15, 15] };
  const plan: Plan = {
    'Sở Ngành 2': { ...still, MDSH: [10, 10, 10, 8], MDSH_KET_QUA_DIEN_TU: [3, 3, 3, 1], TDGQ: [19, 19, 19, 19], CKMB: [14, 14, 14, 14] },
    'Sở Ngành 3': { ...still, TDGQ: [19, 18.9, 18.8, 18.7], CKMB: [10, 10.5, 11, 11.5], MDSH: [9, 9, 9, 9] },
  };
  const series = watchSeries(days(plan, 2))!;
  const digest = buildDigest(series);
  const agencies = digest.levels.find((l) => l.level === 'provincial-agency')!;
  const unit = (name: string) => agencies.units.find((u) => u.name === name)!;
  const text = digestText(digest).split('\n');

  it('a fall across it is compared with the last capture holding the score, that capture said', () => {
    const u = unit('Sở Ngành 2');
    expect(u.headline!.day).toMatchObject({ kind: 'change', day: '2026-09-11', delta: -2, passed: ['2026-09-12'] });
    expect(u.verdict.fell).toBe(true);
    expect(agencies.fallers.map((f) => f.name)).toContain('Sở Ngành 2');
    const line = text.find((l) => l.startsWith('• Sở Ngành 2'))!;
    expect(line).toContain('giảm 2 so với lần chụp 11/9/2026 (lần chụp 12/9/2026 không có điểm này)');
    expect(line).toContain('Số hóa hồ sơ giảm 2 so với lần chụp 11/9/2026');
    // Every group was captured on the day: no fall is put in groups «not captured today».
    expect(agencies.units.filter((x) => x.verdict.unseenFall)).toEqual([]);
    expect(line).not.toContain('chưa ghi nhận hôm nay');
  });

  it('a group sliding under a rising total is a slide, named by its group, in the digest and the brief', () => {
    const u = unit('Sở Ngành 3');
    expect(u.headline!.day).toMatchObject({ kind: 'change', delta: 0.8 });
    expect(u.verdict.slide).toEqual({ falls: 3, total: -0.3, fromFirst: true, values: [19, 18.9, 18.8, 18.7], group: 'Tiến độ giải quyết' });
    expect(text.find((l) => l.startsWith('Giảm liên tiếp'))).toContain('Sở Ngành 3 «Tiến độ giải quyết» giảm 3 lần liên tiếp, tổng −0,3 điểm');
    const brief = buildBrief(digest, series);
    expect(brief.standing.find((s) => s.startsWith('Sở, ban, ngành giảm liên tiếp'))).toContain('Sở Ngành 3 «Tiến độ giải quyết» giảm 3 lần liên tiếp');
    expect(brief.changes.rows.find((r) => r[0] === 'Sở Ngành 2')?.[2]).toBe('giảm 2 (so với 11/9/2026)');
    // What drags it, in the brief: the metric that fell, from the capture that held it.
    const drags = brief.drags.find((d) => d.unit.startsWith('Sở Ngành 2'));
    expect(drags?.lines[0]).toMatch(/\(Số hóa hồ sơ\): 1\/6, giảm 2 so với lần chụp 11\/9\/2026/);
    // The province's line in the brief's standing: one «so với», the capture compared with said as the digest says it.
    const province = brief.standing.find((l) => l.startsWith('Tỉnh Phú Thọ'))!;
    expect(province.match(/so với/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('`thidua watch --json` says the capture compared with, the one passed over, and the group that slid', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'lan-chup'));
    const snapshots = days(plan, 2).flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt })));
    await writeFile(join(dir, 'lan-chup', 'sao-luu.json'), JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-10-01T00:00:00.000Z', snapshots }));
    const run = await runInProcess(['watch', 'lan-chup', '--json'], dir);
    expect(run.code, run.stderr).toBe(0);
    type Unit = { name: string; sincePrevious: unknown; verdict: { slide?: unknown } };
    const units = (JSON.parse(run.stdout) as { digest: { levels: { units: Unit[] }[] } }).digest.levels.flatMap((l) => l.units);
    expect(units.find((u) => u.name === 'Sở Ngành 2')!.sincePrevious).toEqual({ day: '2026-09-11', from: 76, change: -2, passedOver: ['2026-09-12'] });
    expect(units.find((u) => u.name === 'Sở Ngành 3')!.verdict.slide).toEqual({ falls: 3, total: -0.3, group: 'Tiến độ giải quyết' });
  });
});

describe('a last capture of fewer groups', () => {
  // Sở Ngành 4 has no total on the last day (two groups captured); its «Tiến độ giải quyết» fell 0,7 since the day before.
  const plan: Plan = { 'Sở Ngành 4': { TDGQ: [19, 19, 18.3], CKMB: [14, 14, 14], CLGQ: [10, 10], TTTT: [8, 8], MDHL: [15, 15], MDSH: [9, 9] } };
  const series = watchSeries(days(plan, 2, 3))!;
  const digest = buildDigest(series);
  const brief = buildBrief(digest, series);

  it('a unit the digest says fell is in the brief’s changes, its group’s fall in the cell, never «none»', () => {
    const agencies = digest.levels.find((l) => l.level === 'provincial-agency')!;
    expect(agencies.fallers.map((f) => f.name)).toContain('Sở Ngành 4');
    const row = brief.changes.rows.find((r) => r[0] === 'Sở Ngành 4');
    expect(row?.[1]).toBe('chưa đủ nhóm');
    expect(row?.[2]).toBe('Tiến độ giải quyết giảm 0,7');
  });

  it('the digest and the brief say alike that, that day, a unit without its total is coloured by its groups', () => {
    const said = /^Lần chụp chưa đủ nhóm \(thiếu .*\): chỉ so sánh các nhóm đã có; đơn vị không có tổng điểm được xếp đỏ, vàng theo từng nhóm/;
    const line = digestText(digest).split('\n').find((l) => said.test(l));
    expect(line).toBeDefined();
    expect(brief.notes).toContain(line);
  });

  it('a day of fewer groups where every unit has the portal\'s total (its ranking captured) says nothing of colouring by groups', () => {
    const totalled = days(plan, 2, 3).map((c, d) => d !== 2 ? c : {
      ...c,
      snapshots: c.snapshots.map((s) => ({ ...s, indicators: [...s.indicators, { ...s.indicators.find((i) => i.code === 'CKMB')!, code: 'TONG_SCORE', label: 'Tổng điểm', value: 70, max: 100 }] })),
    });
    const all = watchSeries(totalled)!;
    const text = digestText(buildDigest(all)).split('\n');
    const line = text.find((l) => l.startsWith('Lần chụp chưa đủ nhóm'));
    expect(line).toMatch(/chỉ so sánh các nhóm đã có\.$/);
  });

  it('the brief says every threshold the digest says, the rate drop among them', () => {
    const foot = digestText(digest).split('\n').find((l) => l.startsWith('Ngưỡng: '))!;
    expect(foot).toContain('tỷ lệ giảm từ 2 điểm %');
    expect(brief.notes.find((n) => n.startsWith('Ngưỡng: '))).toContain(foot.replace(/ Nguồn: .*$/, ''));
  });
});
