// The digest over day-by-day captures of a real province (Phú Thọ's saved progress tree, test/watch/real-days.ts):
// a missing day, a unit absent one day, falls and rises of known size and a three-day decline, each named with its
// value; the officer's unit first; agencies and communes apart; at most 40 lines, Vietnamese numbers, no codes.
import { describe, expect, it } from 'vitest';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest, digestOf } from '../../core/watch/digest.js';
import { digestText, MAX_DIGEST_LINES } from '../../core/watch/digest-text.js';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { API, provinceView } from '../../scripts/harness/province-766.js';
import { capturedOn, provinceDay } from '../../scripts/harness/watch-days.js';
import { PROGRESS_ALL, STORY, storyCaptures, UNITS } from './real-days.js';

type Child = { departmentCode: string; departmentName: string; level: string; score: number };
const saved = (JSON.parse(PROGRESS_ALL) as { data: { children: Child[] } }).data.children;
/** A unit's place among its level in the saved answer: one more than the units of its level scoring higher. */
const placeOf = (code: string) => {
  const me = saved.find((c) => c.departmentCode === code)!;
  const peers = saved.filter((c) => c.level === me.level && (me.level === 'COMMUNE' || c.departmentCode.split('.').length === 2));
  return { rank: peers.filter((c) => c.score > me.score).length + 1, of: peers.length };
};
const communes = saved.filter((c) => c.level === 'COMMUNE').length;
const agencies = saved.length - communes;

describe('the digest of a week of captures', () => {
  const captures = storyCaptures();
  const digest = digestOf(captures, { own: 'Xã Đoan Hùng' })!;
  const text = digestText(digest);
  const lines = text.split('\n');

  it('is of the last data day, a capture at 04:10 being the day before’s figures; the day without a capture is a gap', () => {
    expect(digest.day).toBe('2026-09-20');
    expect(digest.previous).toEqual({ day: '2026-09-19', daysBefore: 1 });
    expect(digest.lastWeek).toEqual({ day: '2026-09-13', captured: true });
    expect(digest.gaps).toEqual(['2026-09-16']);
    expect(lines[1]).toBe('Tháng 8/2026 · số liệu ngày 20/9/2026 (chụp lúc 04:10 ngày 21/9/2026)');
    expect(lines).toContain('Ngày không có lần chụp (để trống, không tính): 16/9/2026.');
  });

  it('puts the officer’s unit first, with its decline counted by capture across the day without one, and each value', () => {
    const { rank, of } = placeOf(UNITS.doanHung.code);
    const own = lines.find((l) => l.startsWith('Đơn vị của tôi'));
    expect(own).toBe(
      `Đơn vị của tôi — UBND xã Đoan Hùng (thứ ${rank}/${of}): Tiến độ giải quyết 15,91/20; giảm 0,14 so với hôm trước; giảm 0,59 so với 7 ngày trước; giảm 4 lần liên tiếp, tổng −0,59 điểm (16,5 → 16,45 → 16,2 → 16,05 → 15,91 — không chụp 16/9/2026)`,
    );
    expect(lines.indexOf(own!)).toBeLessThan(lines.findIndex((l) => l.startsWith('Sở, ban, ngành')));
  });

  it('names a fall of 0,8 in a day (2 in the week) and a rise of 1,2, each with its value and place in its own level', () => {
    const noiVu = placeOf(UNITS.noiVu.code);
    expect(lines).toContain(`• Sở Nội vụ (thứ ${noiVu.rank}/${noiVu.of}): Tiến độ giải quyết 6,43/20 (đỏ); giảm 0,8 so với hôm trước; giảm 2 so với 7 ngày trước`);
    const xuanLung = placeOf(UNITS.xuanLung.code);
    expect(lines).toContain('Tăng từ 0,5 điểm: UBND xã Xuân Lũng (+1,2).');
    expect(digest.levels[1]!.risers.map((u) => [u.name, u.place])).toEqual([[UNITS.xuanLung.name, { ...xuanLung, among: xuanLung.of, tied: false }]]);
  });

  it('says a unit absent from the day before is not comparable, never a change of 0', () => {
    expect(lines).toContain('Chưa đủ số liệu để so sánh (không có trong lần chụp 19/9/2026): UBND Phường Phú Thọ.');
    const phuTho = digest.levels.flatMap((l) => l.units).find((u) => u.name === UNITS.phuTho.name)!;
    expect(phuTho.headline!.day).toEqual({ kind: 'absent', day: '2026-09-19' });
    // A week before it was there: that comparison stands.
    expect(phuTho.headline!.week).toEqual({ kind: 'change', day: '2026-09-13', from: UNITS.phuTho.last, delta: 0 });
  });

  it('lists agencies and communes apart, ranked within their own level', () => {
    const [agencyLevel, communeLevel] = digest.levels;
    expect([agencyLevel!.level, agencyLevel!.units.length, communeLevel!.level, communeLevel!.units.length]).toEqual(['provincial-agency', agencies, 'commune', communes]);
    expect(lines).toContain(`Sở, ban, ngành (${agencies} đơn vị) — giảm từ 0,5 điểm 1, vẫn đỏ theo nhóm 6:`);
    // The province's own row is no agency: «UBND tỉnh Phú Thọ» heads the digest, it is not ranked among them.
    expect(agencyLevel!.units.map((u) => u.name)).not.toContain('UBND tỉnh Phú Thọ');
    expect(lines[0]).toBe('BẢN TIN CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766) — UBND tỉnh Phú Thọ');
  });

  it('fits 40 lines, in Vietnamese numbers, with no code of the portal or of thidua', () => {
    expect(lines.length).toBeLessThanOrEqual(MAX_DIGEST_LINES);
    expect(text).not.toMatch(/\bH44|TDGQ|TONG_SCORE|019d2|formality|undefined|NaN/);
    expect(text).not.toMatch(/\d\.\d{1,2}\b(?!\d)/);
  });
});

describe('a day missing before the last', () => {
  it('compares with the capture before the gap, the gap said, and counts a run of falls by capture', () => {
    const captures = storyCaptures(STORY.filter((d) => d.day !== '2026-09-19'));
    const digest = digestOf(captures, { own: 'Xã Đoan Hùng' })!;
    const text = digestText(digest);
    expect(digest.previous).toEqual({ day: '2026-09-18', daysBefore: 2 });
    expect(text).toContain('So sánh với lần chụp 18/9/2026, cách 2 ngày (các ngày giữa không có lần chụp).');
    const noiVu = digest.levels.flatMap((l) => l.units).find((u) => u.name === UNITS.noiVu.name)!;
    expect(noiVu.headline!.day).toEqual({ kind: 'change', day: '2026-09-18', from: 7.23, delta: -0.8 });
    expect(text).toContain('giảm 0,8 so với lần chụp 18/9/2026');
    // 16,5 (15/9) → 16,45 (17/9) → 16,2 (18/9) → 15,91 (20/9): three captures in a row, across both gaps.
    expect(text).toContain('giảm 3 lần liên tiếp, tổng −0,59 điểm (16,5 → 16,45 → 16,2 → 15,91 — không chụp 16, 19/9/2026)');
  });
});

describe('more fallers than 40 lines hold', () => {
  it('names the largest falls, counts the rest, and keeps every section', () => {
    // Every commune 1 point lower on the last day than the day before, and Sở Nội vụ 0,8.
    const lower = Object.fromEntries(saved.filter((c) => c.level === 'COMMUNE').map((c) => [c.departmentCode, c.score + 1]));
    const days = [{ day: '2026-09-19', scores: { ...lower, [UNITS.noiVu.code]: 7.23 } }, { day: '2026-09-20', scores: {} }];
    const digest = buildDigest(watchSeries(storyCaptures(days))!, {});
    const communeLevel = digest.levels.find((l) => l.level === 'commune')!;
    const text = digestText(digest);
    const lines = text.split('\n');
    expect(lines.length).toBe(MAX_DIGEST_LINES);
    const fallen = communeLevel.fallers.length;
    expect(fallen).toBe(communes);
    const named = lines.filter((l) => /^• UBND .*giảm 1 so với hôm trước$/.test(l)).length;
    const rest = lines.find((l) => l.startsWith('• và '))!;
    expect(rest).toMatch(new RegExp(`^• và ${fallen - named} đơn vị khác giảm từ 0,5 điểm \\(giảm 1 đến 1\\): `));
    // The agency that fell is not crowded out by the communes, and the reds are still counted (Sở Nội vụ among them).
    expect(lines).toContain(`• Sở Nội vụ (thứ ${placeOf(UNITS.noiVu.code).rank}/${agencies}): Tiến độ giải quyết 6,43/20 (đỏ); giảm 0,8 so với hôm trước`);
    expect(lines.some((l) => l.startsWith('Vẫn đỏ theo nhóm (6 đơn vị): '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Ngưỡng: /);
  });
});

describe('a view that holds the national list too', () => {
  it('is the province’s digest, the province placed among the provinces, the others in no list of units', () => {
    const national = { url: `${API}service-results`, request: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' }, body: provinceView('service-results', {}), seq: 9 };
    const captures = [0, 1].map((d) => {
      const read = captureResponses([...provinceDay(d, 30), national], { capturedAt: capturedOn('2026-09-19', d) });
      if (!read.ok) throw new Error(read.error.message);
      return { capturedAt: capturedOn('2026-09-19', d), snapshots: read.snapshots };
    });
    const digest = digestOf(captures)!;
    expect(digest.scope).toBe('Tỉnh Phú Thọ');
    expect(digest.levels.map((l) => [l.level, l.units.length])).toEqual([['provincial-agency', 10], ['commune', 20], ['province', 3], ['country', 1]]);
    // The stand-in national list: Điện Biên 88,1, then Phú Thọ and Lào Cai at 85,5.
    expect(digestText(digest)).toMatch(/^Tỉnh — Tỉnh Phú Thọ \(đồng thứ 2\/3\): /m);
  });
});
