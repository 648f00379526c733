// A commune's table whose roman-dotted codes run to three levels with no row for the second («I.1», then «I.2.1»,
// «I.2.2», then «I.3»; «II.1.3» then «II.2»), its groups' maxima only in their words («(10 điểm chuẩn)»), its levels
// in each criterion's words («…: 03 điểm - …: 1,5 điểm - …: 0 điểm») — on the real table the corpus keeps (Khánh
// Hòa's Quy định 11-QĐ/TU, Phụ lục 3, as xã Công Hải's tracking page keeps it; test/fixtures/real/criteria-corpus/
// manifest.json names its source), written by LibreOffice as the .xlsx an office sends and read as `thidua criteria
// import` reads it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

let read: ReadCriteriaFile;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-roman-dotted-'));
  const entries = (await loadCorpus()).filter((e) => e.id === 'nq57-xa-cong-hai-ca-nam');
  const written = await renderCorpus(entries, dir);
  read = await readCriteriaFile(written.get('nq57-xa-cong-hai-ca-nam')!, dir);
}, 600_000);

const of = (code: string) => read.set.criteria.find((c) => c.code === code);
const differences = () => read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text);

describe('a code of another depth that does not extend the row above it', () => {
  it('stands beside that row, not under it: every row a criterion, each group worth what it writes', () => {
    expect(read.set.criteria.map((c) => c.code)).toEqual([
      'I.1', 'I.2.1', 'I.2.2', 'I.3', 'I.4',
      'II.1.1', 'II.1.2', 'II.1.3', 'II.2', 'II.3.1', 'II.3.2', 'II.4.1', 'II.4.2', 'II.5.1', 'II.5.2', 'II.6', 'II.7',
      'IV.1', 'IV.2', 'IV.3.1', 'IV.3.2', 'IV.3.3', 'IV.3.4', 'IV.3.5',
      'V.1', 'V.2', 'V.3', 'V.4',
    ]);
    // The rows a deeper code followed («I.2.1» after «I.1», «II.2» after «II.1.3») keep their own points, no part over others.
    expect(['I.1', 'II.1.3', 'II.5.2', 'IV.2', 'IV.3.1'].map((code) => [of(code)?.maxPoints, of(code)?.partOf])).toEqual([
      [3, undefined], [10, undefined], [4, undefined], [1, undefined], [6, undefined],
    ]);
    expect(read.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 10], ['II', 75], ['IV', 15], ['V', 3.5]]);
    expect(read.set.criteria.filter((c) => c.group === 'IV').every((c) => c.rule.kind === 'bonus')).toBe(true);
    // Each group's maximum in its words agrees with what its rows add up to.
    expect(read.reconciliation.figures.filter((f) => ['B3', 'B9', 'B22'].includes(f.figure.cell)).map((f) => [f.figure.cell, f.figure.value, f.reads, f.agrees])).toEqual([
      ['B3', 10, 10, true], ['B9', 75, 75, true], ['B22', 15, 15, true],
    ]);
  });
});

describe('what the criteria’s own words state', () => {
  it('reads «trừ 0,5 điểm» as 0,5 (the comma the number’s own), never a written 5', () => {
    expect(read.reconciliation.figures.filter((f) => f.figure.code === 'V.3').map((f) => [f.figure.cell, f.figure.value, f.agrees])).toEqual([['C33', 0.5, true]]);
  });

  it('takes no level’s points for the row’s written maximum («… : 0 điểm» last), nor a maximum lowered for a deduction', () => {
    // Only IV.3.1's words write a maximum of their own beside its points: «Đạt tối đa 3 điểm» of its second level, said.
    expect(differences()).toEqual(['Mục IV.3.1 ghi trong lời tối đa 3 điểm (ô B25); thidua đọc được 6 — thidua đọc mục IV.3.1 tối đa 6 điểm']);
  });
});
