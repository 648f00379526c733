// Phú Thọ's mornings (six-lists-days.ts) with the portal renaming a commune and adding one: from 16/9 the unit of
// code H44.116 (UBND xã Bình Phú) comes as «UBND xã Tân Bình», its code kept; from 19/9 a commune «UBND xã Mới Lập»
// (code H44.999) is in every list. Every face — «Bản tin», the brief's notes, the popup, `thidua watch` and --json —
// says the rename as a rename (before: «Không có trong lần chụp ngày 16/9/2026: UBND xã Bình Phú» beside a new
// «UBND xã Tân Bình»), and names the units it cannot compare yet (before: the brief «1 đơn vị», no name).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { missingTodayLine, renamedLine } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { captureOf, harOfAsked, WALK_DAYS } from './six-lists-days.js';
import { ADDED, CODE, NEW_NAME, OLD_NAME, OLD_SHORT, portalOn, RECODED_NAME, recodedOn } from './renamed-days.js';
import { runInProcess, tempDir } from '../cli/helpers.js';

const t = translator('vi');
const captures = WALK_DAYS.map((d) => captureOf(d, portalOn(d)));
function dayOf(day: string) {
  const series = watchSeries(captures.slice(0, WALK_DAYS.indexOf(day as never) + 1))!;
  const digest = buildDigest(series);
  return { digest, text: digestText(digest), brief: buildBrief(digest, series) };
}

describe('a commune renamed on the portal, its code kept (16/9)', () => {
  const said = `Cổng đổi tên đơn vị (cùng mã): ${OLD_SHORT} → ${NEW_NAME} (mã ${CODE}); số liệu dưới tên mới chưa so sánh được với tên cũ.`;
  let cli: { text: string; json: { digest: { renamed: unknown[]; missingToday: string[] } } };

  beforeAll(async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'lan-chup'));
    for (const d of WALK_DAYS.filter((x) => x <= '2026-09-16')) await writeFile(join(dir, 'lan-chup', `${d}.har`), JSON.stringify(harOfAsked(d, portalOn(d))));
    const text = await runInProcess(['watch', 'lan-chup'], dir);
    const json = await runInProcess(['watch', 'lan-chup', '--json'], dir);
    expect(text.code, text.stderr).toBe(0);
    cli = { text: text.stdout.trim(), json: JSON.parse(json.stdout) as typeof cli.json };
  }, 120_000);

  it('is said as renamed by «Bản tin», the brief’s notes, the popup and `thidua watch`, never as a commune gone from the lists', () => {
    const d = dayOf('2026-09-16');
    expect(d.digest.renamed).toEqual([{ from: OLD_NAME, to: NEW_NAME, code: CODE }]);
    expect(d.digest.missingToday).toEqual([]);
    expect(d.text.split('\n')).toContain(said);
    expect(d.brief.notes).toContain(said);
    expect(renamedLine(d.digest, t)).toBe(said);
    expect(missingTodayLine(d.digest, t)).toBeUndefined();
    for (const face of [d.text, d.brief.notes.join('\n'), cli.text]) expect(face).not.toContain(`Không có trong lần chụp ngày 16/9/2026: ${OLD_SHORT}`);
    expect(cli.text).toBe(d.text);
    expect(cli.json.digest.renamed).toEqual([{ from: OLD_NAME, to: NEW_NAME, code: CODE }]);
    expect(cli.json.digest.missingToday).toEqual([]);
    // The renamed commune has nothing to compare under its new name: said so, named, by «Bản tin» and the brief alike.
    const notCompared = `Chưa đủ số liệu để so sánh (không có trong lần chụp 14/9/2026): ${NEW_NAME}.`;
    expect(d.text.split('\n')).toContain(notCompared);
    expect(d.brief.notes).toContain(notCompared);
  });

  it('the morning after, renamed no more: compared under its new name', () => {
    const d = dayOf('2026-09-17');
    expect(d.digest.renamed).toEqual([]);
    expect(d.digest.newSincePrevious).toEqual([]);
    expect(d.text).not.toContain('đổi tên');
  });
});

describe('a commune new on the portal (19/9), and one back in the lists', () => {
  it('is named by the brief’s notes as «Bản tin» names it (before: «1 đơn vị» unnamed)', () => {
    const d = dayOf('2026-09-19');
    const names = d.digest.newSincePrevious.map((u) => u.name.replace(/ - Tỉnh Phú Thọ$/, ''));
    expect(names).toContain(ADDED.departmentName);
    // Phường Phú Thọ, absent from every answer of 18/9, is back: not comparable with 18/9 either.
    expect(names).toHaveLength(2);
    const said = `Chưa đủ số liệu để so sánh (không có trong lần chụp 18/9/2026): ${names.join(', ')}.`;
    expect(d.text.split('\n')).toContain(said);
    expect(d.brief.notes).toContain(said);
    expect(d.digest.renamed).toEqual([]);
  });
});

/* Made for: the walk of Phú Thọ's mornings — a unit renamed on the portal and a unit new, told alike by every face. */

describe('a commune under its name with another code from 13/9 (the 2025 reorganisation: a new unit of the portal taking the name of one it merged)', () => {
  const NAME = RECODED_NAME;
  const days = ['2026-09-12', '2026-09-13'] as const;
  const series = watchSeries(days.map((d) => captureOf(d, recodedOn(d))))!;
  const digest = buildDigest(series);
  const text = digestText(digest);

  it('is not compared with the unit the name had before: no fall, the old one said gone with its code, the new one not yet compared (before: «UBND xã Xuân Lũng … giảm 8,09 so với hôm trước»)', () => {
    const today = digest.levels.flatMap((l) => l.units).filter((u) => u.name === NAME);
    expect(today.map((u) => u.snapshot.unit.code)).toEqual(['H44.905']);
    expect(text).not.toMatch(/Xuân Lũng[^\n]*so với hôm trước/);
    const gone = 'Không có trong lần chụp ngày 13/9/2026: UBND xã Xuân Lũng (mã H44.105).';
    expect(text.split('\n')).toContain(gone);
    expect(buildBrief(digest, series).notes).toContain(gone);
    expect(missingTodayLine(digest, t)).toBe(gone);
    expect(digest.newSincePrevious.map((u) => u.name)).toEqual([NAME]);
  });
});
