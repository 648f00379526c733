// A month of daily captures of Phú Thọ built from the portal's own saved answers (test/watch/month-days.ts): a
// two-day gap before the last day, a day captured twice, fallers among units red all month, the province's own
// Công khai, minh bạch figures in every unit's row, and a fall with its cause in the dossier counts. The digest
// says the news first and every faller, compares across the gap, says the province's metrics once; the brief's
// drags leave them out and give actions sized to the loss.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { digestText, MAX_DIGEST_LINES } from '../../core/watch/digest-text.js';
import { FALLING_COMMUNES, MONTH, monthCaptures, SAVED, savedUnit } from './month-days.js';

const short = (name: string) => name.replace(/ - Tỉnh Phú Thọ$/, '');

describe('the digest of a month of captures', () => {
  const series = watchSeries(monthCaptures())!;
  const digest = buildDigest(series, { own: 'Xã Đoan Hùng' });
  const text = digestText(digest);
  const lines = text.split('\n');
  const agencies = digest.levels.find((l) => l.level === 'provincial-agency')!;
  const communes = digest.levels.find((l) => l.level === 'commune')!;

  it('compares the last day with the capture before the two-day gap, the gap said', () => {
    expect(digest.day).toBe('2026-09-30');
    expect(digest.previous).toEqual({ day: '2026-09-27', daysBefore: 3 });
    expect(lines).toContain('So sánh với lần chụp 27/9/2026, cách 3 ngày (các ngày giữa không có lần chụp).');
    expect(text).not.toContain('chưa đủ số liệu để so sánh với hôm trước');
  });

  it('takes the later of two captures of one day: Sở Nội vụ is compared with the day’s figures, not the first capture’s', () => {
    const noiVu = agencies.units.find((u) => u.snapshot.unit.code === MONTH.noiVu)!;
    // 20 × (881 + 329) ÷ 2.739 = 8,84 on 27/9 as captured last; the first capture of 27/9 had it at 6,43 already.
    expect(noiVu.headline!.day).toEqual({ kind: 'change', day: '2026-09-27', from: 8.84, delta: -2.41 });
  });

  it('names every faller, the largest fall first, agencies and communes both, with the cause of the fall in counts', () => {
    expect(agencies.fallers.map((u) => u.snapshot.unit.code)).toEqual([MONTH.noiVu, MONTH.xayDung]);
    expect(communes.fallers.map((u) => u.snapshot.unit.code).sort()).toEqual(FALLING_COMMUNES.map((c) => c.departmentCode).sort());
    expect(lines).toContain('Sở, ban, ngành (15 đơn vị) — giảm từ 0,5 điểm 2, vào vùng đỏ theo nhóm 1, ra khỏi vùng đỏ theo nhóm 1, vẫn đỏ theo nhóm 5:');
    expect(lines).toContain('UBND cấp xã (148 đơn vị) — giảm từ 0,5 điểm 22, giảm 3 lần liên tiếp trở lên 1, tăng 1:');
    const fallerLines = lines.filter((l) => l.startsWith('• '));
    for (const c of [savedUnit(MONTH.noiVu), savedUnit(MONTH.xayDung), ...FALLING_COMMUNES]) expect(fallerLines.some((l) => l.startsWith(`• ${short(c.departmentName)} (`))).toBe(true);
    const falls = communes.fallers.map((u) => u.headline!.day.kind === 'change' ? u.headline!.day.delta : 0);
    expect(falls).toEqual([...falls].sort((a, b) => a - b));
    // 329 of Sở Nội vụ's dossiers turned overdue: said with the counts, before the units still red.
    const noiVu = lines.findIndex((l) => l.startsWith('• Sở Nội vụ ('));
    expect(lines[noiVu]).toMatch(/giảm 2,41 so với lần chụp 27\/9\/2026; .*; vì thêm 329 hồ sơ quá hạn \(1\.529 → 1\.858 trong tổng 2\.739\)$/);
    expect(noiVu).toBeLessThan(lines.findIndex((l) => l.startsWith('Vẫn đỏ')));
  });

  it('calls out the units entering and leaving red, and counts those still red in one line', () => {
    expect(lines).toContain('Vào vùng đỏ theo nhóm: Sở Tài chính; ra khỏi vùng đỏ theo nhóm: Sở Nông Nghiệp và Môi Trường.');
    // Red in the saved answer (below 10 of 20) and not new to red: Sở Nội vụ, red all month, among them though it fell.
    const stillRed = SAVED.filter((c) => c.level === 'PROVINCE' && c.score < 10 && c.departmentCode !== MONTH.taiChinh);
    const line = lines.find((l) => l.startsWith('Vẫn đỏ'))!;
    expect(line).toMatch(new RegExp(`^Vẫn đỏ theo nhóm \\(${stillRed.length} đơn vị\\): `));
    for (const c of stillRed) expect(line).toContain(short(c.departmentName));
    expect(lines).toContain(`Tăng từ 0,5 điểm: UBND xã Xuân Lũng (+${'1,21'}).`);
  });

  it('counts a run of falls by capture, across the gap', () => {
    expect(lines.find((l) => l.startsWith('Đơn vị của tôi'))).toMatch(/giảm 4 lần liên tiếp, tổng −0,19 điểm \(16,1 → 16,05 → 16,01 → 15,96 → 15,91 — không chụp 28, 29\/9\/2026\)$/);
  });

  it('says the province’s own metrics once, with what they cost every unit, and on no unit’s line', () => {
    const province = lines.filter((l) => l.startsWith('Việc của tỉnh'));
    expect(province).toEqual([
      'Việc của tỉnh («Công khai, minh bạch»; số liệu như nhau ở mọi đơn vị, xã và sở không tự nâng được): «Tỷ lệ TTHC công bố đúng hạn» 0/89 (mất 6 điểm), «Tỷ lệ TTHC cập nhật, công khai đúng hạn» 0/70 (mất 4 điểm), «Tỷ lệ TTHC công khai đầy đủ nội dung» 87/89 (mất 0,04 điểm); mỗi đơn vị mất 10,04 điểm.',
    ]);
    expect(text.match(/công bố đúng hạn/g)).toHaveLength(1);
    expect(text).not.toMatch(/Công khai, minh bạch đỏ/);
    // The units whose Công khai is below half its maximum only by the province's figures are not counted red.
    expect(agencies.stillRed.map((u) => u.name)).not.toContain('Ban quản lý các khu công nghiệp - Tỉnh Phú Thọ');
  });

  it('fits 40 lines of a sane length', () => {
    expect(lines.length).toBeLessThanOrEqual(MAX_DIGEST_LINES);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(300);
  });
});

describe('the brief of the month', () => {
  const series = watchSeries(monthCaptures())!;
  const digest = buildDigest(series, { own: 'Phường Việt Trì' });
  const brief = buildBrief(digest, series);

  it('leaves the province’s metrics out of every unit’s drags and says them once in the standing', () => {
    const own = brief.drags.find((d) => d.unit.startsWith('UBND Phường Việt Trì'))!;
    expect(own.lines.join('\n')).not.toMatch(/công bố đúng hạn|cập nhật, công khai đúng hạn|công khai đầy đủ nội dung/);
    // Its own Công khai metric that is not the province's (đồng bộ, 6670/6670) is full: nothing of Công khai is its drag.
    expect(own.lines.join('\n')).not.toMatch(/Công khai, minh bạch/);
    expect(brief.standing.filter((s) => s.startsWith('Việc của tỉnh'))).toHaveLength(1);
  });

  it('says an action beyond a whole period’s dossiers as what each hundred new ones gives, not as thousands to do', () => {
    const xuanVien = brief.drags.find((d) => d.unit.startsWith('UBND xã Xuân Viên'))!;
    // 578 of 647 on time: winning back 1,67 takes 2.335 new dossiers on time, 3,6 times the period's 647.
    const gain = (k: number) => (20 * (578 + k)) / (647 + k) - (20 * 578) / 647;
    expect([gain(2334) < 1.67, gain(2335) >= 1.67, Math.round(100 * gain(100)) / 100]).toEqual([true, true, 0.29]);
    expect(xuanVien.lines[0]).toMatch(/ — mỗi 100 hồ sơ giải quyết đúng hạn mới: \+0,29 điểm \(đang 578 trong tổng 647 hồ sơ tiếp nhận\); lấy lại cả 1,67 điểm cần 2\.335, nhiều hơn số hồ sơ tiếp nhận cả kỳ$/);
  });

  it('gives Sở Nội vụ the cause of its fall and an action that wins back what it lost, in dossiers', () => {
    const noiVu = brief.drags.find((d) => d.unit.startsWith('Sở Nội vụ'))!;
    // 20 × (881 + k) ÷ (2.739 + k) wins back 2,41 of 20 × 881 ÷ 2.739 first at k = 592.
    expect(noiVu.lines[0]).toBe('Tiến độ giải quyết: 6,43/20, giảm 2,41 so với lần chụp trước vì thêm 329 hồ sơ quá hạn (1.529 → 1.858 trong tổng 2.739) — thêm 592 hồ sơ giải quyết đúng hạn mới (đang 881 trong tổng 2.739 hồ sơ tiếp nhận): +2,41 điểm');
    const gain = (k: number) => (20 * (881 + k)) / (2739 + k) - (20 * 881) / 2739;
    expect([gain(591) < 2.41, gain(592) >= 2.41]).toEqual([true, true]);
  });
});
