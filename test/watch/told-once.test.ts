// An officer's mornings of Phú Thọ walked day after day (six-lists-days.ts, two lists only on 14/9): a fall told on a
// morning of fewer lists by its group is not told again the next full morning as the total's fall, and a group red
// under a yellow total is carried on a morning it is not captured — the digest, the brief, the popup's counts and the
// history page's verdict saying the same each day; and two mornings of two lists in a row (22/9, 23/9) said alike by
// every face — the second morning's six agencies red by their groups as the morning before «vẫn đỏ theo nhóm», never
// «vẫn đỏ», read as red by the total.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { briefHtml } from '../../core/watch/brief-html.js';
import { buildDigest, newsLevels, redCounts, redOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { levelCounts, levelCountWords, missingTodayLine, verdictWords } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { askedOn, captureOf, harOfAsked, WALK_DAYS } from './six-lists-days.js';
import { runInProcess, tempDir } from '../cli/helpers.js';

/** Sở Giáo dục và Đào tạo's «Tiến độ giải quyết» falls 1 on 14/9 (the morning of two lists) and stays there. */
const SCORES = { 'H44.08': { TDGQ: [4.7, 4.7, 4.7, 3.7, 3.7, 3.7, 3.7, 3.7, 3.7, 3.7] } };
const OWN = 'UBND xã Bình Phú';
const captures = WALK_DAYS.map((d) => captureOf(d, askedOn(d, undefined, SCORES as never)));
const t = translator('vi');

function madeDay(last: string) {
  const series = watchSeries(captures.slice(0, WALK_DAYS.indexOf(last as never) + 1))!;
  const digest = buildDigest(series, { own: OWN });
  return { digest, text: digestText(digest).split('\n'), brief: buildBrief(digest, series) };
}
const days = new Map<string, ReturnType<typeof madeDay>>();
/** The morning `last` as the faces say it: made once a day, the tests only read it (most days are read by several). */
function dayOf(last: string): ReturnType<typeof madeDay> {
  if (!days.has(last)) days.set(last, madeDay(last));
  return days.get(last)!;
}
const agencies = (d: ReturnType<typeof dayOf>) => d.digest.levels.find((l) => l.level === 'provincial-agency')!;
const soGiaoDuc = (d: ReturnType<typeof dayOf>) => agencies(d).units.find((u) => u.name.startsWith('Sở Giáo dục và Đào tạo'))!;

describe('a fall told on a morning of two lists (14/9), the next full morning (16/9)', () => {
  const told = dayOf('2026-09-14');
  const next = dayOf('2026-09-16');

  it('is told on 14/9 by its group, not again on 16/9 as a fall of the total, which compares with 13/9 across the morning of two lists', () => {
    expect(soGiaoDuc(told).verdict.states).toContain('fell');
    expect(told.text.find((t) => t.startsWith('Sở, ban, ngành (15 đơn vị)'))).toContain('giảm từ 0,5 điểm 1');
    const u = soGiaoDuc(next);
    expect(u.headline!.day).toMatchObject({ kind: 'change', day: '2026-09-13', delta: -1, passed: ['2026-09-14'], seen: { day: '2026-09-14', delta: -1, groups: ['Tiến độ giải quyết'] } });
    expect(u.verdict.states).toEqual(['red']);
    expect(agencies(next).fallers).toEqual([]);
    expect(next.text.find((t) => t.startsWith('Sở, ban, ngành (15 đơn vị)'))).toBe('Sở, ban, ngành (15 đơn vị) — vẫn đỏ 8:');
    // The brief lists its change as what it is: the fall of 14/9, nothing more today.
    const row = next.brief.changes.rows.find((r) => r[0] === 'Sở Giáo dục và Đào tạo')!;
    expect(row[2]).toBe('giảm 1 (so với 13/9/2026; giảm 1 đã thấy ở lần chụp 14/9/2026 («Tiến độ giải quyết»), hôm nay không đổi thêm)');
  });
});

describe('the days after, the comparison with 7 days before still holding the fall (18/9–20/9 against 11/9–13/9)', () => {
  it('says the score has stood since the capture that showed the fall (14/9, by its group, no total that morning), as 16/9 told it, in the brief and the unit’s line', () => {
    // 16/9, the total's first capture after the fall, said it was seen on 14/9: the days after say the same day, not
    // 16/9 (before: «điểm không đổi từ lần chụp 16/9/2026», the day the total was captured again, not the day it fell).
    expect(soGiaoDuc(dayOf('2026-09-16')).headline!.day).toMatchObject({ seen: { day: '2026-09-14' } });
    const since = 'điểm không đổi từ lần chụp 14/9/2026: thấy ở nhóm «Tiến độ giải quyết», lần chụp đó không có tổng điểm';
    for (const day of ['2026-09-18', '2026-09-19', '2026-09-20']) {
      const d = dayOf(day);
      const row = d.brief.changes.rows.find((r) => r[0] === 'Sở Giáo dục và Đào tạo')!;
      expect(row[3]).toBe(`giảm 1 (${since})`);
      expect(soGiaoDuc(d).headline!.week).toMatchObject({ kind: 'change', delta: -1, since: '2026-09-14', sinceGroups: ['Tiến độ giải quyết'] });
      // The group itself says the same day.
      expect(soGiaoDuc(d).groups.find((g) => g.measure.label === 'Tiến độ giải quyết')!.week).toMatchObject({ kind: 'change', delta: -1, since: '2026-09-14' });
      expect(soGiaoDuc(d).verdict.states).toEqual(['red']);
      const series = watchSeries(captures.slice(0, WALK_DAYS.indexOf(day as never) + 1))!;
      const own = digestText(buildDigest(series, { own: 'Sở Giáo dục và Đào tạo' })).split('\n').find((t) => t.startsWith('Đơn vị của tôi — '))!;
      expect(own).toContain(`47,34 điểm (đỏ); ${day === '2026-09-18' ? 'không đổi so với lần chụp 16/9/2026 (lần chụp 17/9/2026 không có điểm này)' : 'không đổi so với hôm trước'}; giảm 1 so với 7 ngày trước (${since})`);
    }
    expect(dayOf('2026-09-19').brief.changes.rows.find((r) => r[0] === 'Sở Giáo dục và Đào tạo')![2]).toBe('không đổi');
  });
});

describe('a group red under a yellow total (Bình Phú’s «Số hóa hồ sơ», 13/9), not captured the next morning (14/9)', () => {
  const full = dayOf('2026-09-13');
  const partial = dayOf('2026-09-14');

  it('is carried as not captured today, red at 13/9, in the digest, the brief, the popup and the history page; said as before once captured again (16/9)', () => {
    // Said at the unit the day it is captured, by every face: the digest's line, the brief's, the popup's and the
    // history page's verdict (before, «vàng» alone there on 13/9, and «lần chụp 13/9/2026: đỏ» the next morning).
    expect(full.digest.own!.verdict.colour).toBe('yellow');
    expect(full.text.find((t) => t.startsWith('Đơn vị của tôi — '))).toContain('Số hóa hồ sơ đỏ');
    // The brief's line is «Bản tin»'s (before: ««Số hóa hồ sơ»: đỏ», its place after the total).
    expect(full.brief.standing[0]).toMatch(/^Đơn vị của tôi: UBND xã Bình Phú \(thứ \d+\/148\): [\d,]+ điểm \(vàng\); .*; Số hóa hồ sơ đỏ\.$/);
    expect(verdictWords(full.digest.own!.verdict, t)).toBe('vàng; «Số hóa hồ sơ»: đỏ');
    const own = partial.digest.own!;
    expect(own.verdict.redNotCaptured).toEqual({ day: '2026-09-13', groups: ['Số hóa hồ sơ'] });
    expect(partial.text.find((t) => t.startsWith('Đơn vị của tôi — '))).toBe('Đơn vị của tôi — UBND xã Bình Phú: «Số hóa hồ sơ»: chưa chụp hôm nay; lần chụp 13/9/2026: đỏ; Công khai, minh bạch 7,96/18; Tiến độ giải quyết 17,62/20');
    expect(partial.brief.standing[0]).toBe(`Đơn vị của tôi: ${partial.text.find((t) => t.startsWith('Đơn vị của tôi — '))!.slice('Đơn vị của tôi — '.length)}.`);
    expect(verdictWords(own.verdict, t)).toBe('không có gì cần chú ý ở các nhóm đã chụp (chưa biết các nhóm chưa chụp); «Số hóa hồ sơ»: chưa chụp hôm nay; lần chụp 13/9/2026: đỏ');
    const again = dayOf('2026-09-16');
    expect(again.digest.own!.verdict.redNotCaptured).toBeUndefined();
    expect(again.text.find((t) => t.startsWith('Đơn vị của tôi — '))).toContain('Số hóa hồ sơ đỏ');
  });
});

describe('day after day, every face counts as the digest', () => {
  it('tells Sở Giáo dục và Đào tạo’s fall once, on 14/9, in the digest’s heading, the popup’s counts and the brief’s standing alike', () => {
    const told = WALK_DAYS.slice(1).map((day) => {
      const d = dayOf(day);
      const counts = levelCounts(d.digest, t);
      return newsLevels(d.digest).map((l, i) => {
        const heading = d.text.find((x) => x.startsWith(`${l.title} (${l.units.length} đơn vị)`))!;
        // The popup's and the digest's «giảm từ 0,5 điểm», the brief's red count: one verdict each.
        const popup = counts[i]!.counts.find((c) => c.words === t('verdict.count.fell', { size: '0,5' }))?.count ?? 0;
        const digest = Number(/giảm từ 0,5 điểm (\d+)/.exec(heading)?.[1] ?? 0);
        expect(d.brief.standing.find((s) => s.startsWith(`${l.title}: `))).toContain(`đỏ ${redOf(l).length - l.redByGroups.length}`);
        return `${day} ${l.title}: ${popup}/${digest}`;
      });
    });
    expect(told.flat().filter((x) => !x.endsWith(': 0/0'))).toEqual(['2026-09-14 Sở, ban, ngành: 1/1']);
  });
});

const TWO_LISTS = { opened: ['transparency', 'dvc-progress-tree'], observeOnly: true };
const PAIR = ['2026-09-22', '2026-09-23'] as const;
const withPair = [...captures, ...PAIR.map((d) => captureOf(d, askedOn(d, TWO_LISTS, SCORES as never)))];

describe('mornings of two lists in a row (22/9, 23/9), the popup’s counts beside the brief’s standing', () => {
  it('says a level coloured by the groups captured so, in the popup as in the brief, its reds counted alike', () => {
    const said = withPair.slice(1).map((c, i) => {
      const series = watchSeries(withPair.slice(0, i + 2))!;
      const digest = buildDigest(series, { own: OWN });
      const brief = buildBrief(digest, series);
      return levelCounts(digest, t).map((l, j) => {
        const standing = brief.standing.find((s) => s.startsWith(`${l.title}: `))!;
        const popup = levelCountWords(l, t);
        expect(standing).toContain(`đỏ ${redOf(newsLevels(digest)[j]!).length - newsLevels(digest)[j]!.redByGroups.length}`);
        // Every red count the popup says, the brief's standing says in the same words (left red is no red).
        for (const c of redCounts(newsLevels(digest)[j]!).filter((c) => c.kind !== 'left-red')) expect(standing).toContain(`${c.words} ${c.units.length}`);
        // Coloured by the groups captured: said by both, or by neither.
        expect(popup.includes('xếp màu theo các nhóm đã chụp')).toBe(standing.includes('xếp màu theo các nhóm đã chụp'));
        return `${digest.day} ${l.title}: ${popup}`;
      });
    });
    // 23/9, the second morning of two lists: six agencies still red by their groups, said so (before: «đỏ 6» alone).
    expect(said.at(-1)).toEqual([
      '2026-09-23 Sở, ban, ngành: chưa biết hôm nay 2, vẫn đỏ theo nhóm 6 — cả 15 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm',
      '2026-09-23 UBND cấp xã: chưa biết hôm nay 1 — cả 148 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm',
    ]);
  });
});

describe('the pair of mornings of two lists (22/9 red by the groups the morning after a total, 23/9 still red by them), through every face', () => {
  /** Every face's words of a morning: the digest, the brief's standing and its printed page, the popup, `thidua watch` and its --json. */
  let faces: Record<string, { text: string; json: WatchJson }>;
  type WatchJson = { text: string; digest: { levels: { title: string; redCounts: { kind: string; colouredByGroups: boolean; words: string; count: number }[] }[] }; brief: { standing: string[] } };

  beforeAll(async () => {
    faces = {};
    const dir = await tempDir();
    for (const [i, day] of PAIR.entries()) {
      const folder = join(dir, day);
      await mkdir(folder);
      // The mornings as the network panel saves them, each folder holding every morning up to `day`.
      for (const d of [...WALK_DAYS, ...PAIR.slice(0, i + 1)]) await writeFile(join(folder, `${d}.har`), JSON.stringify(harOfAsked(d, askedOn(d, (PAIR as readonly string[]).includes(d) ? TWO_LISTS : undefined, SCORES as never))));
      const [text, json] = await Promise.all([runInProcess(['watch', day, '--unit', OWN], dir), runInProcess(['watch', day, '--unit', OWN, '--json'], dir)]);
      expect(text.code, text.stderr).toBe(0);
      faces[day] = { text: text.stdout, json: JSON.parse(json.stdout) as WatchJson };
    }
  }, 120_000);

  const morning = (day: (typeof PAIR)[number]) => {
    const series = watchSeries(withPair.slice(0, WALK_DAYS.length + PAIR.indexOf(day) + 1))!;
    const digest = buildDigest(series, { own: OWN });
    const brief = buildBrief(digest, series);
    const agencies = newsLevels(digest).find((l) => l.level === 'provincial-agency')!;
    return {
      digest, agencies,
      said: {
        'Bản tin': digestText(digest),
        'báo cáo một trang': brief.standing.join('\n'),
        'báo cáo in': briefHtml(brief),
        popup: levelCounts(digest, t).map((l) => t('verdict.level', { title: l.title, units: l.units, counts: levelCountWords(l, t) })).join('\n'),
        'thidua watch': faces[day]!.text,
        'thidua watch --json': [faces[day]!.json.text, ...faces[day]!.json.brief.standing, ...faces[day]!.json.digest.levels.flatMap((l) => l.redCounts.map((c) => `${c.words} ${c.count}`))].join('\n'),
      },
    };
  };

  it('22/9: every face says the six agencies «đỏ theo nhóm (không có tổng điểm hôm nay) 6», none «đỏ 6» or «vẫn đỏ»', () => {
    const { said, agencies } = morning('2026-09-22');
    expect(redCounts(agencies).map((c) => `${c.words} ${c.units.length}`)).toEqual(['đỏ theo nhóm (không có tổng điểm hôm nay) 6']);
    for (const [face, text] of Object.entries(said)) {
      expect(text, face).toContain('đỏ theo nhóm (không có tổng điểm hôm nay) 6');
      expect(text, face).not.toMatch(/vẫn đỏ/i);
    }
  });

  it('23/9: every face says «vẫn đỏ theo nhóm 6» — the basis kept, never «vẫn đỏ 6» read as red by the total — and --json gives the count with its words', () => {
    const { said, agencies } = morning('2026-09-23');
    expect(redCounts(agencies).map((c) => [c.kind, c.byGroups, c.units.length])).toEqual([['still-red', true, 6]]);
    for (const [face, text] of Object.entries(said)) {
      expect(text, face).toContain('vẫn đỏ theo nhóm 6');
      // «vẫn đỏ» without its basis, in any face: none.
      expect(text, face).not.toMatch(/vẫn đỏ(?! theo nhóm)/i);
    }
    expect(faces['2026-09-23']!.text).toContain('Vẫn đỏ theo nhóm (6 đơn vị): ');
    expect(faces['2026-09-23']!.json.digest.levels.find((l) => l.title === 'Sở, ban, ngành')!.redCounts).toEqual([
      expect.objectContaining({ kind: 'still-red', colouredByGroups: true, words: 'vẫn đỏ theo nhóm', count: 6 }),
    ]);
    // The command line prints what «Bản tin» shows over the same mornings.
    expect(faces['2026-09-23']!.text.trim()).toBe(said['Bản tin']);
  });
});

describe('a unit gone from the lists (UBND Phường Phú Thọ, absent from every answer of 18/9)', () => {
  it('is said by «Bản tin», the brief’s notes and the popup alike, not only by «Bản tin»', () => {
    const d = dayOf('2026-09-18');
    expect(d.digest.missingToday).toEqual(['UBND Phường Phú Thọ']);
    const said = 'Không có trong lần chụp ngày 18/9/2026: UBND Phường Phú Thọ.';
    expect(d.text).toContain(said);
    // Before: the brief's standing counted 147 communes and its notes said nothing; the popup neither.
    expect(d.brief.notes).toContain(said);
    expect(missingTodayLine(d.digest, t)).toBe(said);
    expect(dayOf('2026-09-19').brief.notes.some((n) => n.startsWith('Không có trong lần chụp'))).toBe(false);
    expect(missingTodayLine(dayOf('2026-09-19').digest, t)).toBeUndefined();
  });
});
