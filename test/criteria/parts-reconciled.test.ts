// Issue 55 item 2, parts held to their figures in the reconciliation (core/criteria/sheet/stated-figures.ts,
// reconcile.ts), on real tables of the corpus (test/fixtures/real/criteria-corpus/): a youth union's content group
// written 8 over one indicator of levels 4 / 2 / 0, said as a part of the reconciliation, not only in a notice.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus, scorecard, type CorpusEntry } from '../../scripts/harness/criteria-corpus.js';

describe('a youth union’s cluster table (doan-thanh-nien-cum-thi-dua): «Nội dung đánh giá: Học tập và làm theo …» 8 over an indicator of levels 4 / 2 / 0', () => {
  let entry: CorpusEntry;
  let read: Awaited<ReturnType<typeof readCriteriaFile>>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-parts-'));
    entry = (await loadCorpus()).find((e) => e.id === 'doan-thanh-nien-cum-thi-dua')!;
    const written = await renderCorpus([entry], dir);
    read = await readCriteriaFile(written.get(entry.id)!, dir);
  }, 120_000);

  it('says the content group’s 8 against the 4 its indicator’s highest level gives, as a part of the reconciliation', () => {
    const part = read.reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.value === 8);
    expect(part).toMatchObject({ reads: 4, agrees: false, figure: { row: 3, cell: 'B3' } });
    expect(part!.text).toBe('Phần «Nội dung đánh giá: Học tập và làm theo tư tưởng, đạo đức,…» ghi 8 điểm (ô B3); thidua đọc được 4 — thidua đọc mục 1.1 tối đa 4 điểm (chọn một mức: 4 / 2 / 0)');
  });

  it('leaves no figure the manifest records said only in a notice', () => {
    expect(scorecard(entry, read).figures.filter((f) => f.verdict === 'noticed' || f.verdict === 'silent')).toEqual([]);
  });
});
