// A figure on the row the reader made a group's heading, held to that group in the reconciliation (core/criteria/
// sheet/reconcile.ts), on a real table: a department's Word table (Tiền Giang) whose «1 | Tiêu chuẩn 1 … | 80» stands
// over sub-parts «a», «b», «C», «d» and their items a1…d2, no row numbered «1.1» under it. Group 1 reads 80: the
// confirmation says so, and a copy made from the real bytes writing 70 there has its difference said.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { reconciliationLines } from '../../core/criteria/sheet/reconcile.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';

const SOURCE = join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx');
const atRow = (read: ReadCriteriaFile, row: number) => read.reconciliation.figures.filter((f) => f.figure.row === row);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-group-heading-'));
});

describe('a department’s table whose standard 1 (80) heads sub-parts lettered a–d, not rows numbered «1.1»', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    await copyFile(SOURCE, join(dir, 'bang-diem.docx'));
    read = await readCriteriaFile(join(dir, 'bang-diem.docx'), dir);
  }, 300_000);

  it('holds row 5’s 80 to group 1, which reads 80, and no longer says the row became nothing', () => {
    expect(read.set.groups[0]).toMatchObject({ id: '1', maxPoints: 80 });
    expect(atRow(read, 5).map((f) => [f.figure.kind, f.agrees, f.reads, f.text])).toEqual([
      ['part', true, 80, 'Phần 1 «Tiêu chuẩn 1: Thực hiện tốt nhiệm vụ chuyên môn. (Hoàn th…» ghi 80 điểm (ô C5); thidua đọc được 80 ✔'],
    ]);
    expect(reconciliationLines(read.reconciliation).join('\n')).not.toMatch(/dòng 5 không thành|Mục 1 ghi/);
  });
});

describe('the same table with its standard 1 written 70 (a copy made from the real bytes)', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await readFile(SOURCE));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The one «80» of the document: standard 1's points cell (C5).
    expect(xml.split('<w:t>80</w:t>').length).toBe(2);
    zip.file('word/document.xml', xml.replace('<w:t>80</w:t>', '<w:t>70</w:t>'));
    await writeFile(join(dir, 'bang-diem-70.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    read = await readCriteriaFile(join(dir, 'bang-diem-70.docx'), dir);
  }, 300_000);

  it('says the difference: at row 5 its items add 80, and the total’s 100 is not what thidua reads', () => {
    const [five] = atRow(read, 5);
    expect(five!.text).toBe('Phần 1 «Tiêu chuẩn 1: Thực hiện tốt nhiệm vụ chuyên môn. (Hoàn th…» ghi 70 điểm (ô C5); thidua đọc được 70 ✔ (các mục cộng được 80, tính 70)');
    const total = atRow(read, 4)[0]!;
    expect([total.agrees, total.text]).toEqual([false, 'Dòng «Tổng cộng» ghi 100 điểm (ô C4); thidua đọc được 90 — nhóm 1 ghi 70 điểm (ô C5), các mục cộng được 80: tính 70']);
    expect(read.reconciliation.agrees).toBe(false);
  });
});
