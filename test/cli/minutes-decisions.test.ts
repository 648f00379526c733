// The minutes' table of the council's decisions as a secretary writes it, through the command line on Hải Phòng's
// form (Phụ lục 03): Lê Quang Huy's self-score over the maximum on each of the 16 one-point criteria of part I
// (the form's note 2 spreads item 5's points over them), Vũ Thị Mai's on two, every flag accepted in «Rà soát» by one
// member on one day. The minutes give Huy one row counting his 16 criteria with their cells, Mai one naming hers,
// and count as many decisions as «Rà soát» holds (before: one row per flag, 16 near-identical rows for Huy).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { typeDecisions, typeVotes } from '../council/council-meeting.js';
import { openXlsx, runOk, tempDir } from './helpers.js';

const OVER = 'Điểm tự chấm vượt điểm tối đa';
let dir: string;
let minutes: string;
let decided: number;

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  const { set } = await haiPhongCivilServantSet();
  await writeFile(join(dir, 'bo.json'), JSON.stringify(set, null, 2));
  await thidua('criteria', 'export', 'bo.json', '--out', 'bo-tieu-chi.xlsx');
  const manual = set.criteria.filter((c) => c.rule.kind === 'manual');
  const full = Object.fromEntries(manual.map((c) => [c.code, c.maxPoints]));
  const partI = manual.filter((c) => c.code.startsWith('I.') && c.maxPoints === 1).map((c) => c.code);
  expect(partI).toHaveLength(16);
  const people: [string, string, Record<string, number>][] = [
    ['Lê Quang Huy', 'huy', { ...Object.fromEntries(partI.map((code) => [code, 1.25])), 'I.5': 0, 'II.2': 16 }],
    ['Vũ Thị Mai', 'mai', { 'I.1.a': 1.5, 'I.1.b': 1.5, 'II.2': 22 }],
    ['Nguyễn Thị Hương', 'huong', {}],
  ];
  await mkdir(join(dir, 'bao-cao'));
  for (const [name, slug, typed] of people) {
    const template = join(dir, `mau-${slug}.xlsx`);
    await thidua('template', '--criteria', 'bo-tieu-chi.xlsx', '--unit', name, '--kind', 'Cá nhân', '--out', template);
    await typeInTemplate(template, join(dir, 'bao-cao', `${slug}.xlsx`), 'Điểm tự chấm', { ...full, ...typed });
  }
  const score = () => thidua('score', 'bao-cao', '--criteria', 'bo-tieu-chi.xlsx', '--out', 'ket-qua');
  await score();
  const summary = join(dir, 'ket-qua', 'tong-hop.xlsx');
  await typeDecisions(summary, () => 'Chấp nhận');
  await score();
  const [review] = await (await openXlsx(summary)).readSheets(['Rà soát']);
  decided = review!.values.filter((r) => typeof r[0] === 'number' && r[8] === 'Chấp nhận').length;
  await typeVotes(summary, () => [7, 7, 7]);
  await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn Thành', '--accept-open');
  await thidua('papers', 'ket-qua', '--out', 'ho-so');
  minutes = (await mammoth.extractRawText({ path: join(dir, 'ho-so', 'bien-ban.docx') })).value.replace(/\s+/g, ' ');
}, 600_000);

describe('the minutes’ table of decisions', () => {
  it('gives Huy one row counting his 16 criteria, with their cells', () => {
    expect(minutes).toMatch(new RegExp(`Lê Quang Huy ${OVER}: 16 tiêu chí \\(ô K\\d+–K\\d+\\) Chấp nhận \\(Lò Văn Thành, 20/11/2026\\)`));
    expect(minutes.split(`Lê Quang Huy ${OVER}`)).toHaveLength(2);
  });

  it('names Mai’s two criteria in one row', () => {
    expect(minutes).toMatch(new RegExp(`Vũ Thị Mai ${OVER}: tiêu chí I\\.1\\.a, I\\.1\\.b \\(ô K\\d+–K\\d+\\)`));
  });

  it('counts every decision of «Rà soát», and the rows they are written in', () => {
    expect(decided).toBeGreaterThanOrEqual(18);
    const said = /1\. Quyết định của Hội đồng trên các cảnh báo \((\d+) quyết định, ghi gộp thành (\d+) dòng theo đơn vị, cảnh báo và lý do/.exec(minutes);
    expect(said, minutes.slice(0, 2000)).not.toBeNull();
    expect(Number(said![1])).toBe(decided);
    // Each row counts its decisions: «16 tiêu chí», two named, one alone; together the decisions of «Rà soát».
    const table = minutes.slice(minutes.indexOf('Điểm trước → sau'), minutes.indexOf('2. Khi chốt kết quả'));
    const rows = [...table.matchAll(/ (\d+) (Lê Quang Huy|Vũ Thị Mai|Nguyễn Thị Hương) (.+?) Chấp nhận/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(rows.map((_, i) => i + 1));
    expect(rows).toHaveLength(Number(said![2]));
    const counted = rows.map(([, , , figures]) => Number(/: (\d+) tiêu chí/.exec(figures!)?.[1] ?? (/: tiêu chí (.+) \(ô/.exec(figures!)?.[1]!.split(', ').length ?? 1)));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(decided);
  });
});

// Made for: Hải Phòng's walk (Phụ lục 03, eight civil servants), whose minutes gave Lê Quang Huy one row per flag the
// council decided the same way.
