// A criteria set edited after `close` — a band's «Điều kiện khác» added, a criterion's maximum changed, a threshold
// moved, the set renamed — through the command line on Hải Phòng's form (Phụ lục 03) kept as the officer keeps it, a
// criteria workbook: the run after closing names each change of the set and writes nothing (before: «lần chấm này
// không thay đổi gì»), and `close` over the run scored again treats it as a change, asking for a reason. A folder
// closed by an earlier version (its record keeps no bands, no criteria) reads as unchanged with its own set.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { runInProcess, runOk, tempDir } from './helpers.js';
import { fullMarks } from '../helpers/full-marks.js';

const CONDITION = 'Hoàn thành 100% nhiệm vụ được giao';
const PEOPLE: [string, string, Record<string, number>][] = [
  ['Nguyễn Thị Hương', 'huong', {}],
  ['Lê Quang Huy', 'huy', { 'II.2': 16 }],
];

let dir: string;
let set: CriteriaSet;
const thidua = (...args: string[]) => runOk(args, dir);
/** The set written as a criteria workbook, as the officer keeps and edits it. */
async function workbook(name: string, edited: CriteriaSet): Promise<string> {
  await writeFile(join(dir, `${name}.json`), JSON.stringify(edited, null, 2));
  await thidua('criteria', 'export', `${name}.json`, '--out', `${name}.xlsx`);
  return `${name}.xlsx`;
}

beforeAll(async () => {
  dir = await tempDir();
  set = (await haiPhongCivilServantSet()).set;
  const sheet = await workbook('bo', set);
  const full = fullMarks(set);
  await mkdir(join(dir, 'bao-cao'));
  for (const [name, slug, typed] of PEOPLE) {
    const template = join(dir, `mau-${slug}.xlsx`);
    await thidua('template', '--criteria', sheet, '--unit', name, '--kind', 'Cá nhân', '--out', template);
    await typeInTemplate(template, join(dir, 'bao-cao', `${slug}.xlsx`), 'Điểm tự chấm', { ...full, ...typed });
  }
  await thidua('score', 'bao-cao', '--criteria', sheet, '--out', 'ket-qua');
  await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn Thành', '--accept-open');
}, 600_000);

describe('a criteria set edited after closing', () => {
  it('scored again unedited, is said unchanged', async () => {
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'bo.xlsx', '--out', 'ket-qua'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('lần chấm này không thay đổi gì');
  }, 120_000);

  it('is named by the run, each change of the set, and nothing is written', async () => {
    const edited: CriteriaSet = {
      ...set,
      title: `${set.title} (sửa đổi)`,
      classification: set.classification.map((b) => (b.id === 'htxs' ? { ...b, condition: CONDITION } : b.id === 'htt' ? { ...b, minPercent: 85 } : b)),
      criteria: set.criteria.map((c) => (c.code === 'II.1' ? { ...c, maxPoints: 30 } : c)),
    };
    await workbook('bo-sua', edited);
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'bo-sua.xlsx', '--out', 'ket-qua'], dir);
    expect(run.code).toBe(1);
    const said = run.stderr.split('\n').map((l) => l.trim());
    expect(said).toContain(`- Tên bộ tiêu chí: «${set.title}» → «${set.title} (sửa đổi)» sau khi chốt.`);
    expect(said).toContain(`- Xếp loại «Hoàn thành xuất sắc nhiệm vụ»: thêm điều kiện «${CONDITION}» sau khi chốt.`);
    expect(said).toContain('- Xếp loại «Hoàn thành tốt nhiệm vụ»: ngưỡng 80% → 85% sau khi chốt.');
    expect(said).toContain('- Tiêu chí II.1: điểm tối đa 25 → 30 sau khi chốt.');
    expect(run.stderr).not.toContain('không thay đổi gì');
    expect(run.stderr).toContain('Không ghi gì.');

    // Scored again on the edited set, `close` treats the set as a change: a new round only with a reason.
    await thidua('score', 'bao-cao', '--criteria', 'bo-sua.xlsx', '--out', 'ket-qua', '--reopen', 'Hội đồng sửa bộ tiêu chí');
    const close = await runInProcess(['close', 'ket-qua', '--by', 'Nguyễn Văn Thành', '--accept-open'], dir);
    expect(close.code).toBe(1);
    expect(close.stderr).toContain('nay khác:');
    expect(close.stderr).toContain(`Xếp loại «Hoàn thành xuất sắc nhiệm vụ»: thêm điều kiện «${CONDITION}» sau khi chốt.`);
    expect(close.stderr).toContain('Tiêu chí II.1: điểm tối đa 25 → 30 sau khi chốt.');
    expect(close.stderr).toContain('--reason');
    const again = await runInProcess(['close', 'ket-qua', '--by', 'Nguyễn Văn Thành', '--accept-open', '--reason', 'Hội đồng sửa bộ tiêu chí'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Đã chốt kết quả lần 2');
  }, 300_000);
});

describe('a folder closed by an earlier version (no bands, no criteria in its record)', () => {
  it('scored again with its own set, is said unchanged: nothing of the set it did not keep is compared', async () => {
    await cp(join(process.cwd(), 'test/fixtures/previous-version/ta-ma-2025-chot'), join(dir, 'cu'), { recursive: true });
    await cp(join(process.cwd(), 'examples/bao-cao'), join(dir, 'bao-cao-ta-ma'), { recursive: true });
    const run = await runInProcess(['score', 'bao-cao-ta-ma', '--criteria', 'ta-ma-2025', '--out', 'cu'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('lần chấm này không thay đổi gì');
  }, 120_000);
});

// Made for: a set edited after `close` scored again as «không đổi» (Hải Phòng's walk, Phụ lục 03, 2026-11-28).
