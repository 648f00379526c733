// A capture's «Tổng điểm» against its groups added up (core/watch/total-sum.ts): first the portal's own arithmetic,
// measured on its saved answers (the national ranking of 17/9/2026: 34 provinces with their six groups, the country with
// its five), which decides that a cent of difference is no rounding of the portal's; then that answer with Phú Thọ's
// total alone edited (+0,55) said in «Bản tin» and the brief with both figures, and the answers as saved said nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries, type Capture } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { readSavedCapture } from '../../core/watch/saved.js';
import { fileTotalDoubts, totalMismatch, totalMismatches } from '../../core/watch/total-sum.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { readBackup } from '../../extension/src/export/backup.js';
import { totalMismatchLines } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { anGiangCaptures } from './an-giang-days.js';
import { CLAIMED, EMPTIED, MISREAD, MISREAD_DAYS, nationalCaptures, nationalExport } from './national-days.js';
import { walkCaptures } from './six-lists-days.js';

type Row = { departmentName: string; totalScore: number; groupScores?: Record<string, number | null> };
const national = JSON.parse(readFileSync(new URL('../fixtures/real/portal/service-results-ca-nuoc-2026.json', import.meta.url), 'utf8')) as {
  data: { overview: { totalScore: number }; radar: { code: string; score: number }[]; evaluation: Row[] };
};
const cents = (x: number) => Math.round(x * 100);

const SAID = 'Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.';

describe('the portal’s arithmetic, from its saved answers', () => {
  it('every unit holding a total and every group adds up to the cent: 35 units, largest difference 0,00', () => {
    const units = [
      ...national.data.evaluation.map((r) => ({ name: r.departmentName, total: r.totalScore, groups: Object.values(r.groupScores ?? {}) })),
      { name: 'Cả nước', total: national.data.overview.totalScore, groups: national.data.radar.map((g) => g.score) },
    ].flatMap((u) => (u.groups.length >= 5 && u.groups.every((g) => typeof g === 'number') ? [{ ...u, groups: u.groups as number[] }] : []));
    const differences = units.map((u) => Math.abs(cents(u.total) - u.groups.reduce((a, g) => a + cents(g), 0)) / 100);
    const largest = Math.max(...differences);
    console.log(`service-results-ca-nuoc-2026.json: ${units.length} units with a total and every group, largest |total − groups added up| = ${largest}`);
    expect(units).toHaveLength(35);
    expect(largest).toBe(0);
  });

  it('read as every face reads them, the saved answers say nothing: the national ranking, An Giang’s (no groups), Phú Thọ’s ten mornings', () => {
    const read = captureResponses([{ url: 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/service-results', request: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' }, body: national, seq: 1 }], { capturedAt: '2026-09-17T03:00:00.000Z' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.snapshots).toHaveLength(35);
    expect(totalMismatches(read.snapshots)).toEqual([]);
    const every = (captures: readonly Capture[]) => captures.flatMap((c) => c.snapshots);
    expect(totalMismatches(every(nationalCaptures()))).toEqual([]);
    expect(totalMismatches(every(anGiangCaptures()))).toEqual([]);
    expect(totalMismatches(every(walkCaptures()))).toEqual([]);
  });
});

describe('a total its groups do not add up to', () => {
  const captures = nationalCaptures(MISREAD_DAYS);
  const series = watchSeries(captures)!;
  const digest = buildDigest(series);

  it('is found with both figures and the difference, neither replaced', () => {
    expect(digest.totalMismatches).toEqual([{ unit: MISREAD.name, day: '2026-09-17', total: MISREAD.total, sum: MISREAD.groups, groups: 6, difference: 0.55 }]);
    // The total the watch ranks and compares by stays the portal's.
    const phuTho = digest.levels.flatMap((l) => l.units).find((u) => u.name === MISREAD.name)!;
    expect(phuTho.headline?.measure.value).toBe(MISREAD.total);
  });

  it('is said in «Bản tin» and in the brief’s notes', () => {
    expect(digestText(digest).split('\n')).toContain(SAID);
    expect(buildBrief(digest, series).notes).toContain(SAID);
  });

  it('a unit with a group not captured, or without a figure, is not checked', () => {
    const s = captures.at(-1)!.snapshots.find((x) => x.unit.name === MISREAD.name)!;
    expect(totalMismatch(s)).toBeDefined();
    expect(totalMismatch({ ...s, indicators: s.indicators.filter((i) => i.code !== 'MDSH') })).toBeUndefined();
    expect(totalMismatch({ ...s, indicators: s.indicators.map((i) => (i.code === 'MDSH' ? { ...i, value: null } : i)) })).toBeUndefined();
  });
});

describe('beside the popup’s verdicts of the day (extension/src/history/verdicts.ts)', () => {
  // Five provinces' totals edited on 17/9, each one point above its groups; Phú Thọ, the officer's own, listed last by the portal.
  const edited = { H20: 69.32, H19: 68.55, H24: 67.54, H49: 66.65, [MISREAD.code]: MISREAD.total };
  const plans = [MISREAD_DAYS[0]!, { day: '2026-09-17', totals: Object.fromEntries(Object.entries(edited).map(([code, total]) => [code, { total, groups: {} }])) }];

  it('the officer’s own unit first, three said whole, the rest counted; in English too', () => {
    const digest = buildDigest(watchSeries(nationalCaptures(plans))!, { own: MISREAD.name });
    expect(digest.totalMismatches).toHaveLength(5);
    const lines = totalMismatchLines(digest, translator('vi'));
    expect(lines).toEqual([
      SAID,
      'Tổng điểm ghi nhận của UBND tỉnh Đồng Tháp ngày 17/9/2026 là 69,32 nhưng 6 nhóm cộng lại 68,32 (chênh 1): kiểm tra lại trang của cổng trước khi dùng số liệu này.',
      'Tổng điểm ghi nhận của UBND Thành phố Đồng Nai ngày 17/9/2026 là 68,55 nhưng 6 nhóm cộng lại 67,55 (chênh 1): kiểm tra lại trang của cổng trước khi dùng số liệu này.',
      'Tổng điểm của 2 đơn vị khác cũng không bằng các nhóm cộng lại: xem cột của từng đơn vị trên trang lịch sử.',
    ]);
    expect(totalMismatchLines(digest, translator('en'))[0]).toBe('The total captured for UBND tỉnh Phú Thọ on 17/9/2026 is 63.15 but its 6 groups add up to 62.6 (a difference of 0.55): check the portal’s page before using these figures.');
  });

  it('the mornings as saved: no line', () => {
    expect(totalMismatchLines(buildDigest(watchSeries(nationalCaptures())!), translator('vi'))).toEqual([]);
  });
});

/**
 * A file's list of totals that do not add up (its `totalMismatches`) against its own figures, read back: the morning as
 * the extension exports it, misread (Phú Thọ 63,15 over groups adding to 62,6) or as saved, its list edited by hand —
 * emptied (as a file whose list was cleared, or an older writer's), or naming Phú Thọ in the morning as saved. The
 * export as written says no doubt; each edited one is said by the core, `thidua watch`'s reader and the extension's
 * import alike, both sides given and neither chosen.
 */
describe('a capture file’s own list of totals that do not add up, read back', () => {
  const misread = nationalExport(MISREAD_DAYS);
  const files = {
    written: misread,
    emptied: { ...misread, totalMismatches: [] },
    claimed: { ...nationalExport(), totalMismatches: misread.totalMismatches },
  };
  const doubts = (file: unknown) => fileTotalDoubts(IndicatorExportFile.parse(file)).map((d) => d.words);

  it('the export as written lists Phú Thọ with the words every face says, and reads back with no doubt', () => {
    expect(misread.totalMismatches).toEqual([expect.objectContaining({ unit: MISREAD.name, words: SAID })]);
    expect(doubts(files.written)).toEqual([]);
    expect(doubts(nationalExport())).toEqual([]);
  });

  it('a list emptied, or naming a unit its figures add up for: both sides said', () => {
    expect(doubts(files.emptied)).toEqual([EMPTIED]);
    expect(doubts(files.claimed)).toEqual([CLAIMED]);
  });

  it('`thidua watch`’s reader and the extension’s import say it as the file comes in; the file as written says nothing', () => {
    const watched = (file: unknown) => {
      const read = readSavedCapture(JSON.parse(JSON.stringify(file)), 'thidua-indicators.json', '2026-09-18T01:00:00.000Z');
      return read.ok ? read.warnings.map((w) => w.message) : read.message;
    };
    const imported = (file: unknown) => {
      const read = readBackup(JSON.stringify(file));
      return read.ok ? read.doubts : read.problem;
    };
    expect(watched(files.emptied)).toEqual([EMPTIED]);
    expect(watched(files.claimed)).toEqual([CLAIMED]);
    expect(watched(files.written)).toEqual([]);
    expect(imported(files.emptied)).toEqual([EMPTIED]);
    expect(imported(files.claimed)).toEqual([CLAIMED]);
    expect(imported(files.written)).toEqual([]);
  });
});
