// Phú Thọ's mornings (six-lists-days.ts) with Đoan Hùng's «Mức độ hài lòng» falling a little on every capture, then 5
// points on 20/9 — a fall past the threshold on a run of falls. The popup counts each level's falls and slides as the
// digest lists them: a unit fallen past the threshold is a faller, not also a slide (before: the popup's «giảm mạnh 1,
// giảm liên tiếp 1» beside «Bản tin»'s «giảm từ 0,5 điểm 1» and no slide, and none in the brief).
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest, newsLevels } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { levelCounts } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { FALLING, fallingCaptures } from './falling-days.js';
import { WALK_DAYS } from './six-lists-days.js';

const t = translator('vi');
const captures = fallingCaptures();

describe('falls and slides, morning after morning, in the popup, «Bản tin» and the brief', () => {
  it('counts a unit fallen past the threshold on a run of falls once, with the fallers, on every face', () => {
    const said = WALK_DAYS.slice(1).flatMap((day, i) => {
      const series = watchSeries(captures.slice(0, i + 2))!;
      const digest = buildDigest(series);
      const text = digestText(digest).split('\n');
      const brief = buildBrief(digest, series);
      const popup = levelCounts(digest, t);
      return newsLevels(digest).map((l, j) => {
        const heading = text.find((x) => x.startsWith(`${l.title} (${l.units.length} đơn vị)`))!;
        const count = (words: string) => popup[j]!.counts.find((c) => c.words === words)?.count ?? 0;
        const inDigest = (re: RegExp) => Number(re.exec(heading)?.[1] ?? 0);
        const slidesInBrief = brief.standing.find((s) => s.startsWith(`${l.title} giảm liên tiếp: `))?.split('; ').length ?? 0;
        const faces = { fell: [count(t('verdict.count.fell', { size: '0,5' })), inDigest(/giảm từ 0,5 điểm (\d+)/)], slid: [count(t('verdict.count.slid', { days: 3 })), inDigest(/giảm 3 lần liên tiếp trở lên (\d+)/), slidesInBrief] };
        expect(new Set(faces.fell).size, `${day} ${l.title} fell ${faces.fell}`).toBe(1);
        expect(new Set(faces.slid).size, `${day} ${l.title} slid ${faces.slid}`).toBe(1);
        return `${day} ${l.title}: fell ${faces.fell[0]}, slid ${faces.slid[0]}`;
      });
    });
    // 20/9, Đoan Hùng's 5-point fall (the seventh in a row): one faller, no slide, on every face.
    const communes = said.filter((s) => s.startsWith('2026-09-20 UBND cấp xã'));
    expect(communes).toEqual(['2026-09-20 UBND cấp xã: fell 1, slid 0']);
    const series = watchSeries(captures.slice(0, WALK_DAYS.indexOf('2026-09-20') + 1))!;
    const own = buildDigest(series, { own: FALLING }).own!;
    expect(own.verdict.states).toEqual(expect.arrayContaining(['fell', 'slid']));
  });
});
