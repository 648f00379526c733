// `thidua score --json` on a folder the council closed (the example commune, scored and closed): the run writes
// nothing, and a script reading stdout still gets the run's document — the same figures as a run into a new folder,
// the closed round named, and what the run would change of it — never an empty stdout.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { hashes, runInProcess } from './helpers.js';
import { closedCommune, correctHuaCa } from '../council/example-commune.js';

let dir: string;
const score = (out: string) => runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', out, '--json'], dir);
const figures = (doc: ScoreRunOutput) => ({ cards: doc.cards, ranking: doc.ranking, proposals: doc.proposals, errors: doc.errors, omitted: doc.omitted });

beforeAll(async () => {
  // The example commune scored and closed (made once a run), in this file's own copy.
  const made = await closedCommune();
  dir = made.dir;
  expect([made.run.code, made.closed.code]).toEqual([0, 0]);
}, 120_000);

describe('thidua score --json on a closed folder', () => {
  it('unchanged: prints the run’s figures, the round, and the folder’s copies; writes nothing', async () => {
    const before = await hashes(join(dir, 'kq'));
    const held = await score('kq');
    expect(held.code).toBe(0);
    expect(held.stderr).toContain('lần chấm này không thay đổi gì: không ghi lại thư mục kq');
    const doc = ScoreRunOutput.parse(JSON.parse(held.stdout));
    expect(doc.closed).toMatchObject({ number: 1, closedBy: 'Lò Văn Thành', changes: [] });
    expect(doc.summaryFile).toBe(join('kq', 'tong-hop.xlsx'));
    expect(doc.files).toHaveLength(12);
    expect(doc.files.every((f) => f.output === join('kq', f.file.replace(/^bao-cao\//, '').replace(/\.xlsx$/, '.cham-diem.xlsx')) && f.units > 0)).toBe(true);
    expect(await hashes(join(dir, 'kq'))).toEqual(before);

    const fresh = ScoreRunOutput.parse(JSON.parse((await score('kq-moi')).stdout));
    expect(fresh.closed).toBeUndefined();
    expect(figures(doc)).toEqual(figures(fresh));
    expect(doc.files.map((f) => f.units)).toEqual(fresh.files.map((f) => f.units));
  }, 120_000);

  it('changed: prints the figures as scored now and what they change of the round; no copy named', async () => {
    await correctHuaCa(join(dir, 'bao-cao'));
    const held = await score('kq');
    expect(held.code).toBe(1);
    const doc = ScoreRunOutput.parse(JSON.parse(held.stdout));
    expect(doc.closed?.changes).toEqual(expect.arrayContaining([expect.stringMatching(/^Bản Hua Ca: điểm [\d,]+ → [\d,]+/)]));
    expect(doc.summaryFile).toBeNull();
    expect(doc.files.every((f) => f.output === null)).toBe(true);
    const card = doc.cards.find((c) => c.unitName === 'Bản Hua Ca')!;
    expect(card.criteria.find((c) => c.code === 'HTS1')?.value).toBe(20);
  }, 120_000);
});
