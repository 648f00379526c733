// Sub-parts numbered like the items under them, on the real table the corpus keeps
// (test/fixtures/real/criteria-corpus/manifest.json names its source): a provincial police's «Vì an ninh Tổ quốc» table
// for commune police, items 1–153 numbered through the whole table and the sub-parts of each part numbered 1, 2, 3…
// again — «1.» typed as the number 1 once LibreOffice writes it as the .xlsx an office sends — read as
// `thidua criteria import` reads it (the sectioned layout: «Mã | Tên tiêu chí | Điểm tối đa | Tự chấm»).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

let read: ReadCriteriaFile;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-numbers-alike-'));
  const entries = (await loadCorpus()).filter((e) => e.id === 'cong-an-xa-cum-thi-dua');
  const written = await renderCorpus(entries, dir);
  read = await readCriteriaFile(written.get('cong-an-xa-cum-thi-dua')!, dir);
}, 300_000);

describe('a police emulation table numbering its items through the table and its sub-parts again in each part', () => {
  it('reads the 176 scored items, each keeping its number, the sub-parts and items over lettered sub-items not scored beside them', () => {
    const codes = read.set.criteria.map((c) => c.code);
    expect(codes).toHaveLength(176);
    expect(codes.slice(0, 7)).toEqual(['1', '2', '3', '4', '5', '6a', '6b']);
    expect(codes.at(-1)).toBe('III.4');
    expect(read.set.criteria.find((c) => c.code === '1')).toMatchObject({ title: 'Tiêu chí số 1', maxPoints: 50, group: 'I' });
    expect(codes.filter((c) => /^(I|II|III)\.\d/.test(c))).toEqual(['III.4']);
    expect(read.set.groups.map((g) => [g.id, g.maxPoints, read.set.criteria.filter((c) => c.group === g.id).reduce((s, c) => s + c.maxPoints, 0)])).toEqual([['I', 700, 700], ['II', 200, 200], ['III', 100, 100]]);
  });

  it('says at the first sub-part’s number how the two numberings were told apart', () => {
    expect(read.notices.find((n) => n.cell === 'A3')?.message).toMatch(/^Bảng đánh số các mục liền một mạch qua các phần .*\(14 tiểu mục: I\.1 \(dòng 3\), I\.2 \(dòng 22\), I\.3 \(dòng 54\)….* Tiểu mục III\.4 không có mục nào dưới nó: chấm như một mục\. Các mục giữ số của mình \(«6a» là mục con của mục 6\)\./);
  });

  it('holds every sub-part to the items under it, all the figures the table writes agreeing', () => {
    const line = (cell: string) => read.reconciliation.figures.find((f) => f.figure.cell === cell)?.text;
    expect(line('C3')).toBe('Phần I.1 «Công tác bảo vệ an ninh quốc gia» ghi 200 điểm (ô C3); thidua đọc được 200 ✔');
    expect(line('C4')).toBe('Mục 1 ghi 50 điểm (ô C4); thidua đọc được 50 ✔');
    expect(line('C22')).toMatch(/^Phần I\.2 «.*» ghi 200 điểm \(ô C22\); thidua đọc được 200 ✔$/);
    expect(line('C23')).toMatch(/^Phần I\.2\.a «.*» ghi 70 điểm \(ô C23\); thidua đọc được 70 ✔$/);
    expect(line('C228')).toMatch(/^Phần III\.3 «.*» ghi 15 điểm \(ô C228\); thidua đọc được 15 ✔$/);
    expect(read.reconciliation.agrees, read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text).join('\n')).toBe(true);
  });
});

// Made for issue 55 (every table of the corpus read as its document states it): the police table's 216 criteria for
// its 176 items, and its 12 figures said as different, read exactly.
