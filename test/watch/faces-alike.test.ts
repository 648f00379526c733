// The watch's faces name and count alike (the walk of An Giang left four differences): one title per level — the group
// a capture stores and the history page shows, «UBND cấp xã», where «Bản tin», the brief and the popup said «Xã,
// phường» of a level holding UBND Đặc khu Phú Quốc —; a place among fewer units than the level holds said without a
// bracket in the unit's bracket («(thứ 13/14 sở, ban, ngành có số liệu (trong 15))»); the popup's rises counted from the
// digest's own list, as «Bản tin» says «tăng 1»; and a capture of the national list alone said for what it holds, its
// provinces' news told, never a «Bản tin» of the thresholds alone; a unit the portal moves to another level counted
// there by «Bản tin», the brief, the popup and `thidua watch`, as the day's answer lists it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries, type Capture } from '../../core/watch/captures.js';
import { buildDigest, digestReadingBack, newsLevels } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { levelCounts, levelCountWords } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { createStore } from '../../extension/src/storage/store.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { memoryArea } from '../extension/memory-area.js';
import { AG, AN_GIANG_STORY, anGiangAnswer, anGiangCaptures } from './an-giang-days.js';
import { HA_TINH, nationalCaptures } from './national-days.js';

const t = translator('vi');
const anGiang = anGiangCaptures();

function faces(captures: readonly Capture[], own?: string) {
  const series = watchSeries(captures)!;
  const digest = buildDigest(series, own ? { own } : {});
  return { digest, text: digestText(digest), brief: buildBrief(digest, series), popup: levelCounts(digest, t) };
}
const upTo = (day: string) => faces(anGiang.slice(0, AN_GIANG_STORY.findIndex((p) => p.day === day) + 1), AG.giongRieng.name);

describe('the watch’s faces name and count alike', () => {
  it('titles each level by the group its units carry, on «Bản tin», the brief and the popup', () => {
    const { digest, text, brief, popup } = upTo('2026-11-21');
    for (const [j, l] of newsLevels(digest).entries()) {
      // The history page and the popup's preview show each unit's group: the level's title is that one name.
      expect(new Set(l.units.map((u) => u.snapshot.unit.group)), l.level).toEqual(new Set([l.title]));
      expect(text).toContain(`${l.title} (${l.units.length} đơn vị) — `);
      expect(brief.standing.some((s) => s.startsWith(`${l.title}: ${l.units.length} đơn vị — `))).toBe(true);
      expect(popup[j]!.title).toBe(l.title);
    }
    expect(text).toContain('UBND cấp xã (102 đơn vị) — vẫn đỏ 1:');
    expect(text).not.toContain('Xã, phường');
  });

  it('says a place among the units with figures without a bracket inside the unit’s bracket', () => {
    const { text, brief } = upTo('2026-11-16');
    expect(text).toContain('• Sở Tài chính (thứ 13/14 sở, ban, ngành có số liệu, trong tổng số 15): 43,72 điểm (đỏ); giảm 1,2 so với lần chụp 14/11/2026');
    expect(text).not.toMatch(/\([^()]*\([^()]*\)\)/);
    expect(brief.changes.rows.find((r) => r[0] === 'Sở Tài chính')?.[4]).toBe('thứ 13/14 sở, ban, ngành có số liệu, trong tổng số 15');
  });

  it('counts in the popup the rises «Bản tin» counts, from the digest’s own list', () => {
    for (const [i, plan] of AN_GIANG_STORY.entries()) {
      const { digest, text, popup } = faces(anGiang.slice(0, i + 1), AG.giongRieng.name);
      for (const [j, l] of newsLevels(digest).entries()) {
        const heading = text.split('\n').find((x) => x.startsWith(`${l.title} (`))!;
        const said = Number(/, tăng (\d+)/.exec(heading)?.[1] ?? 0);
        expect([popup[j]!.counts.find((c) => c.words === 'tăng')?.count ?? 0, said], `${plan.day} ${l.title}`).toEqual([l.risers.length, l.risers.length]);
      }
    }
    const { popup } = upTo('2026-11-19');
    expect(levelCountWords(popup[1]!, t)).toBe('ra khỏi vùng đỏ 1, tăng 1, vẫn đỏ 1');
  });

  const holds = 'Lần chụp chỉ có bảng xếp hạng các tỉnh, thành phố (34 đơn vị): không có sở, ban, ngành và UBND cấp xã của tỉnh nào, nên chưa biết các đơn vị ấy giảm, tăng hay đỏ. Muốn biết, mở trang đánh giá 766 của tỉnh trên cổng rồi ghi nhận.';

  it('says what a capture of the national list alone holds, and tells its provinces’ news', () => {
    for (const own of [undefined, 'UBND tỉnh An Giang']) {
      const { digest, text, brief, popup } = faces(nationalCaptures(), own);
      const lines = text.split('\n');
      expect(lines, own).toContain(holds);
      expect(brief.notes, own).toContain(holds);
      expect(lines.find((x) => x.startsWith('Tỉnh, thành phố (34 đơn vị)')), own).toBe('Tỉnh, thành phố (34 đơn vị) — giảm từ 0,5 điểm 1:');
      expect(lines, own).toContain(`• UBND tỉnh Hà Tĩnh (thứ 32/34): ${String(HA_TINH.saved).replace('.', ',')} điểm (vàng); giảm 2 so với hôm trước; Công khai, minh bạch đỏ; Tiến độ giải quyết giảm 2 so với hôm trước; Mức độ hài lòng đỏ; và 1 nhóm khác`);
      expect(popup.map((l) => `${l.title} (${l.units} đơn vị): ${levelCountWords(l, t)}`), own).toEqual(['Tỉnh, thành phố (34 đơn vị): giảm từ 0,5 điểm 1']);
      expect(digest.levels.find((l) => l.level === 'province')!.units.map((u) => u.snapshot.unit.group)).toContain('Tỉnh, thành phố');
    }
    // A capture of the province's own units says nothing of the kind.
    expect(upTo('2026-11-21').text).not.toContain('Lần chụp chỉ có bảng xếp hạng');
  });

  it('counts a unit the portal moves to another level in that level on every face, its fall and red once, never as gone or new', async () => {
    // From 16/11, the morning it fell 1,2, the answer lists Sở Tài chính among the communes (childGroup «COMMUNE»).
    const plans = AN_GIANG_STORY.map((p) => (p.day >= '2026-11-16' ? { ...p, moved: { [AG.taiChinh.code]: 'COMMUNE' } } : p));
    const captures = anGiangCaptures(plans);
    const store = createStore(memoryArea());
    for (const c of captures) await store.save(c.snapshots);
    const days = await store.days();
    const titles: Readonly<Record<string, string>> = { AGENCY: 'Sở, ban, ngành', COMMUNE: 'UBND cấp xã' };
    const wrong: string[] = [];
    for (const [i, plan] of plans.entries()) {
      // The extension's «Bản tin», read back from its store as the history page and the popup read it.
      const read = (await digestReadingBack(days.slice(0, i + 1), async (which) => (await store.captures(which)).captures, { own: AG.giongRieng.name }))!;
      const { digest } = read;
      const text = digestText(digest);
      const brief = buildBrief(digest, read.series);
      const popup = levelCounts(digest, t);
      // By hand: each level's units are the answer's rows of its group that day.
      const rows = (anGiangAnswer(plan) as { data: { evaluation: { childGroup: string }[] } }).data.evaluation;
      for (const [j, l] of newsLevels(digest).entries()) {
        const units = rows.filter((r) => titles[r.childGroup] === l.title).length;
        const heading = text.split('\n').find((x) => x.startsWith(`${l.title} (`))!;
        const standing = brief.standing.find((x) => x.startsWith(`${l.title}: `))!;
        const news = /^[^—]* — (.*):$/.exec(heading)?.[1]?.split(', ') ?? [];
        // Units new to the comparison (Sở Du lịch on 18/11, not in the answer of 17/11): the popup counts them, «Bản tin» names them in its note.
        const counts = popup[j]!.counts.filter((c) => c.words !== t('verdict.state.new')).map((c) => `${c.words} ${c.count}`);
        if (!heading.startsWith(`${l.title} (${units} đơn vị)`) || !standing.startsWith(`${l.title}: ${units} đơn vị — `) || popup[j]!.units !== units) wrong.push(`${plan.day} ${l.title}: ${units} by hand; «${heading}»; «${standing}»; popup ${popup[j]!.units}`);
        if (news.join(', ') !== counts.join(', ')) wrong.push(`${plan.day} ${l.title}: «Bản tin» «${news.join(', ')}», popup «${counts.join(', ')}»`);
      }
      if (plan.day >= '2026-11-16' && /(Không có trong lần chụp|Chưa đủ số liệu để so sánh)[^\n]*Sở Tài chính/.test(text)) wrong.push(`${plan.day}: Sở Tài chính said gone or new`);
      if (plan.day === '2026-11-16') {
        const communes = newsLevels(digest).find((l) => l.title === 'UBND cấp xã')!;
        expect(communes.fallers.map((u) => u.name)).toEqual([AG.longXuyen.name, AG.taiChinh.name]);
        expect(text).toContain('• Sở Tài chính (thứ 103/103): 43,72 điểm (đỏ); giảm 1,2 so với lần chụp 14/11/2026');
        expect(brief.red.rows.map((r) => r[0])).toContain('Sở Tài chính');
      }
    }
    expect(wrong).toEqual([]);
    // `thidua watch` over the history's export of every day prints the extension's «Bản tin» of the last.
    const { snapshots } = await store.snapshots(days);
    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), JSON.stringify(buildExport(snapshots, '2026-11-22T08:00:00.000Z')));
    const last = (await digestReadingBack(days, async (which) => (await store.captures(which)).captures, { own: AG.giongRieng.name }))!;
    expect((await runOk(['watch', 'xuat', '--unit', AG.giongRieng.name], dir)).stdout.trimEnd()).toBe(digestText(last.digest));
  }, 120_000);

  it('`thidua watch --json` over the national list alone says it, its levels titled as the digest titles them', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'lan-chup'));
    const snapshots = nationalCaptures().flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt })));
    await writeFile(join(dir, 'lan-chup', 'sao-luu.json'), JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-09-18T00:00:00.000Z', snapshots }));
    const doc = JSON.parse((await runOk(['watch', 'lan-chup', '--json'], dir)).stdout) as { text: string; digest: { levels: { title: string }[] }; brief: { notes: string[] } };
    expect(doc.text.split('\n')).toContain(holds);
    expect(doc.brief.notes).toContain(holds);
    expect(doc.digest.levels.map((l) => l.title)).toEqual(['Tỉnh, thành phố', 'Cả nước']);
  }, 120_000);
});

/* Made for: the walk of An Giang — one level, one name; a place, a rise and a national capture said alike on every face. */
