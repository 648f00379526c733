// A group's name holds a comma («Công khai, minh bạch»), so a list of groups joined by «, » alone reads one group more
// than it holds: a morning of Phú Thọ's real answers (six-lists-days.ts) whose page loaded neither «Công khai, minh
// bạch», «Mức độ hài lòng» nor «Số hóa hồ sơ» read «trang chưa tải 3 nhóm: Công khai, minh bạch, Mức độ hài lòng, Số
// hóa hồ sơ», four names to the officer. Every face lists them by core/indicators/groups-766.ts groupNames, each name in «…»:
// «Bản tin», the brief's notes, `thidua watch` (text and --json) and the export's «Ghi chú», three names each.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries, type Capture } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { exportTable } from '../../extension/src/export/table.js';
import { translator } from '../../extension/src/i18n.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';
import { askedOn, captureOf, harOfAsked, RANKING, WALK_DAYS, walkCaptures, type Morning } from './six-lists-days.js';

const DAY = '2026-09-14';
/** The page loaded three lists and the ranking; the officer captured only what it had loaded. */
const MORNING: Morning = { opened: ['dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', RANKING], observeOnly: true };
const LACKING = ['Công khai, minh bạch', 'Mức độ hài lòng', 'Số hóa hồ sơ'];
const before = walkCaptures('2026-09-13');
const partial: Capture = captureOf(DAY, askedOn(DAY, MORNING));

/** The names a list of groups holds, by groupNames' convention — and the list is nothing but them, «, » between. */
function namesOf(list: string): string[] {
  const names = [...list.matchAll(/«([^«»]+)»/g)].map((m) => m[1]!);
  expect(names.map((n) => `«${n}»`).join(', '), `«${list}» is not a list of quoted names`).toBe(list);
  return names;
}
/** The groups `said` names as not loaded: «trang chưa tải 3 nhóm: … — lần sau …». */
function notLoaded(said: string): string[] {
  const m = /trang chưa tải (\d+) nhóm: (.+?) — lần sau/.exec(said);
  expect(m, said).not.toBeNull();
  const names = namesOf(m![2]!);
  expect(names).toHaveLength(Number(m![1]));
  return names;
}

/** A face's line of what the capture lacks, its three groups not loaded counted. */
const lackingLine = (lines: readonly string[]): string => {
  const said = lines.find((l) => l.startsWith('Lần chụp chưa đủ nhóm'))!;
  expect(notLoaded(said)).toEqual(LACKING);
  return said;
};

let run: Run;
let json: Run;
beforeAll(async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'lan-chup'));
  for (const day of WALK_DAYS.filter((d) => d < DAY)) await writeFile(join(dir, 'lan-chup', `${day}.har`), JSON.stringify(harOfAsked(day, askedOn(day))));
  await writeFile(join(dir, 'lan-chup', `${DAY}.har`), JSON.stringify(harOfAsked(DAY, askedOn(DAY, MORNING))));
  run = await runInProcess(['watch', 'lan-chup'], dir);
  json = await runInProcess(['watch', 'lan-chup', '--json'], dir);
}, 120_000);

describe('a capture lacking «Công khai, minh bạch» and two other groups', () => {
  const series = watchSeries([...before, partial])!;
  const digest = buildDigest(series, {});
  const line = digestText(digest).split('\n').find((l) => l.startsWith('Lần chụp chưa đủ nhóm'))!;

  it('«Bản tin» names the three groups not loaded, three names, and the three whose score the ranking gives', () => {
    expect(digest.missingGroups).toEqual(LACKING);
    expect(lackingLine([line])).toBe(line);
    const fromTotal = /; điểm nhóm (.+?) lấy từ danh sách «Tổng điểm»/.exec(line);
    expect(fromTotal, line).not.toBeNull();
    expect(namesOf(fromTotal![1]!)).toEqual(LACKING);
  });

  it('the brief’s notes say it in the same words, three names', () => {
    expect(lackingLine(buildBrief(digest, series).notes)).toBe(line);
  });

  it('`thidua watch` says it in the same words, its --json too (text and brief), and lists the three groups', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(lackingLine(run.stdout.split('\n'))).toBe(line);
    expect(json.code, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout) as { text: string; digest: { missingGroups: string[] }; brief: { notes: string[] } };
    expect(out.digest.missingGroups).toEqual(LACKING);
    expect(lackingLine(out.text.split('\n'))).toBe(line);
    expect(lackingLine(out.brief.notes)).toBe(line);
  });

  it('the export’s «Ghi chú» lists the three groups and the three not loaded, three names each', () => {
    const sheet = exportTable(partial.snapshots, translator('vi'));
    const notes = new Set(sheet.rows.map((r) => String(r[sheet.headers.indexOf('Ghi chú')]).replace(/^.*?(?=chụp chưa đủ)/, '')));
    expect(notes.size).toBe(1);
    const [note] = [...notes];
    expect(namesOf(/^chụp chưa đủ: (.+?); trang chưa tải/.exec(note!)![1]!)).toEqual(LACKING);
    expect(notLoaded(note!)).toEqual(LACKING);
  });
});
