// Two forms of a city's decision on evaluating civil servants (Hải Phòng QĐ 212/2025, its Phụ lục 01 and 03, kept in
// the corpus as the legal-documents site gives them and written to .docx by LibreOffice), each with a shape the reader
// took for structure (issue 55 item 2): a row of column numbers whose last is misprinted «(ổ)» for «(6)», and an
// item measured by one unnumbered italic row of its own points under it; and the footnotes' numbers both write on their
// criteria's words («Chất lượng công việc được giao4»), said at their cells.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

const read = new Map<string, ReadCriteriaFile>();
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-misprints-'));
  const entries = (await loadCorpus()).filter((e) => ['hai-phong-qd212-phu-luc-01', 'hai-phong-qd212-phu-luc-03'].includes(e.id));
  const written = await renderCorpus(entries, dir);
  for (const [id, path] of written) read.set(id, await readCriteriaFile(path, dir));
}, 300_000);

describe('Phụ lục 01: the column numbers «(1) … (5) (ổ)» under the header', () => {
  it('are the numbering, no group: parts I 20 and II 80, the total row’s 100 agreeing', () => {
    const form = read.get('hai-phong-qd212-phu-luc-01')!;
    expect(form.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 20], ['II', 80]]);
    expect(form.set.criteria).toHaveLength(41);
    expect(form.reconciliation.agrees, form.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text).join('\n')).toBe(true);
  });
});

describe('Phụ lục 03: I.5 «Thái độ phục vụ … 4» over one unnumbered row of 4', () => {
  it('reads the row as I.5’s own part, not as an item I.6 that would carry part I to 24, and says why', () => {
    const form = read.get('hai-phong-qd212-phu-luc-03')!;
    expect(form.set.criteria).toHaveLength(20);
    expect(form.set.criteria.filter((c) => c.group === 'I').reduce((s, c) => s + c.maxPoints, 0)).toBe(20);
    // The row, I.5's part, is then I.5's own measure line (own-rows.ts): one criterion I.5.
    expect(form.set.criteria.find((c) => c.code.startsWith('I.5'))?.code).toBe('I.5');
    // Said once why it is no I.6, once that it is I.5's own measure — never also as a part «I.5.1» the set does not hold.
    expect(form.notices.filter((n) => /ngay sau mục I\.5: các mục trên nó đã cộng đủ 20 điểm mục I ghi, nên đọc là phần của mục I\.5, không phải mục sau nó\./.test(n.message))).toHaveLength(1);
    expect(form.notices.filter((n) => /dòng duy nhất dưới nó, không đánh số .*đọc là cách chấm và điểm của chính mục I\.5 \(tối đa 4 điểm\), không phải mục con I\.5\.1\./.test(n.message))).toHaveLength(1);
    expect(form.notices.filter((n) => n.message.includes('(mục I.5.1)'))).toEqual([]);
  });
});

describe('Phụ lục 03: its footnotes’ numbers written on its criteria’s words («được giao4»)', () => {
  it('keeps the words as written and says each number at its cell, the footnote not being in the table', () => {
    const form = read.get('hai-phong-qd212-phu-luc-03')!;
    expect(form.set.criteria.find((c) => c.code === 'II.2')!.title).toBe('Chất lượng công việc được giao4');
    const said = form.notices.filter((n) => n.message.includes('có thể là số chú thích'));
    expect(said.map((n) => [n.cell, /^Tên mục (\S+) kết thúc bằng số (\d+) viết liền chữ \(«([^»]+)»\)/.exec(n.message)!.slice(1).join(' ')])).toEqual([
      ['B23', 'I.4.c 1 định1'],
      ['B25', 'I.5 2 nghiệp2'],
      ['B28', 'II.1 3 việc)3'],
      ['B29', 'II.2 4 giao4'],
      ['B30', 'II.3 5 giao5'],
    ]);
    // Phụ lục 01 writes its own the same way; only its criteria’s words are said, not the «207» read as 20 elsewhere.
    expect(read.get('hai-phong-qd212-phu-luc-01')!.notices.filter((n) => n.message.includes('có thể là số chú thích'))).toHaveLength(6);
  });
});

// Made for issue 55 item 2: Hải Phòng's Phụ lục 01 (a misprinted numbering row read as a group of 3 points) and 03 (an
// item's measure read as the next item, I.6).
