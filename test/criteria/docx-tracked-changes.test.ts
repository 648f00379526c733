// A Word plan's draft (dự thảo) imported before its tracked changes (Theo dõi thay đổi) were accepted, or with text
// hidden: the corpus's real table of a department's digital-transformation activities (cds-so-ban-nganh-hoat-dong-cds.docx,
// 17 criteria, 160 points) written again by python as Word writes each mark (fixtures/word-drafts.py): 6.1's maximum
// «10» deleted and «5» inserted; the row of 6.13 (10 points) deleted, that file saved again by LibreOffice so a real
// office program writes the change; a row 6.18 (5 points) inserted after it; words hidden in 6.14's title and 6.12's
// maximum hidden — and the same two hidden through their styles (a character style, a paragraph style) or the document
// defaults; the header row hidden by a table style, a maximum by w:specVanish; styles that hide twice, which Word shows
// (toggles, ECMA-376 §17.7.3). thidua reads each as Word shows it with every change accepted, hidden words read as any other, and
// says so first in the reconciliation and at the cell concerned; the original document says nothing of the kind. The
// pane and the standalone page read the same file through the same reader and say the same words.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxCriteria } from '../../adapters/docx/criteria.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { soffice } from '../../scripts/harness/office-html.js';
import { runOk } from '../cli/helpers.js';

const ORIGINAL = 'cds-so-ban-nganh-hoat-dong-cds.docx';
const ACCEPT = 'Chấp nhận hoặc từ chối các thay đổi trong Word rồi nhập lại nếu không đúng.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-docx-changes-'));
  await copyFile(join(CORPUS, ORIGINAL), join(dir, ORIGINAL));
  execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'fixtures', 'word-drafts.py'), join(dir, ORIGINAL), dir]);
  // The deleted row as LibreOffice writes it back (its own w:trPr/w:del).
  await soffice(join(dir, 'b-dong-xoa.docx'), join(dir, 'b-libreoffice.docx'), 'MS Word 2007 XML');
}, 120_000);

type Criterion = { code: string; title: string; maxPoints: number };

/** `thidua criteria import` of one file: the set written, the reconciliation's line and the notes at their cells. */
async function imported(file: string) {
  const out = `${file}.json`;
  const run = await runOk(['criteria', 'import', file, '--out', out, '--force'], dir);
  const set = JSON.parse(await readFile(join(dir, out), 'utf8')) as { criteria: Criterion[] };
  const said = [run.stderr, run.stdout].join('\n');
  const lines = said.split('\n');
  return { set, reconciliation: lines[lines.findIndex((l) => l.startsWith('Đã nhập')) + 1]!, notes: lines.filter((l) => /^ {2}ô [A-Z]+\d+: /.test(l)), said };
}
const total = (set: { criteria: Criterion[] }) => set.criteria.reduce((s, c) => s + c.maxPoints, 0);
const cellOf = (note: string) => /^ {2}ô ([A-Z]+\d+): /.exec(note)?.[1];
const criterion = (set: { criteria: Criterion[] }, code: string) => set.criteria.find((c) => c.code === code);

describe('a Word draft with tracked changes or hidden text', () => {
  it('the original says nothing of changes: 17 criteria, 160 points', async () => {
    const read = await imported(ORIGINAL);
    expect([read.set.criteria.length, total(read.set)]).toEqual([17, 160]);
    expect(read.said).not.toMatch(/Theo dõi thay đổi|chữ ẩn/);
  });

  it('a maximum changed «10» → «5»: read as accepted (6.1 at 5 points), said first and at C3', async () => {
    const read = await imported('a-diem-sua.docx');
    expect([read.set.criteria.length, total(read.set), criterion(read.set, '6.1')?.maxPoints]).toEqual([17, 155, 5]);
    expect(read.reconciliation).toMatch(new RegExp(`^Văn bản còn 1 thay đổi chưa chấp nhận \\(Theo dõi thay đổi\\) trong bảng: thidua đọc như đã chấp nhận hết — dòng 3 \\(ô C3\\): «10» → «5»\\. ${ACCEPT.replace(/[.()]/g, '\\$&')} `));
    expect(read.notes.filter((n) => n.includes('Theo dõi thay đổi'))).toEqual([
      '  ô C3: Ô C3 còn thay đổi chưa chấp nhận (Theo dõi thay đổi): «10» → «5». thidua đọc như đã chấp nhận: «5». Chấp nhận hoặc từ chối thay đổi trong Word rồi nhập lại nếu không đúng.',
    ]);
  });

  it('a criterion row deleted (written by LibreOffice): not read, and said', async () => {
    for (const file of ['b-dong-xoa.docx', 'b-libreoffice.docx']) {
      const read = await imported(file);
      expect([read.set.criteria.length, total(read.set), criterion(read.set, '6.13')], file).toEqual([16, 150, undefined]);
      expect(read.reconciliation, file).toMatch(/^Văn bản còn 1 thay đổi chưa chấp nhận \(Theo dõi thay đổi\) trong bảng: thidua đọc như đã chấp nhận hết — trước dòng 32 có dòng đã xoá «6\.13 · Sở\/Ban\/Ngành tham gia mở dữ liệu và cung cấp dữ li…»: không đọc\. Chấp nhận/);
      expect(read.notes.filter((n) => n.includes('Theo dõi thay đổi')), file).toEqual([
        '  ô A32: Trên dòng này có một dòng đã xoá nhưng chưa chấp nhận (Theo dõi thay đổi): «6.13 · Sở/Ban/Ngành tham gia mở dữ liệu và cung cấp dữ li…». thidua đọc như đã chấp nhận: dòng ấy không vào bộ tiêu chí. Chấp nhận hoặc từ chối thay đổi trong Word rồi nhập lại nếu không đúng.',
      ]);
    }
  });

  it('a row inserted: read as the criterion it is (6.18, 5 points), said with it', async () => {
    const read = await imported('c-dong-chen.docx');
    expect([read.set.criteria.length, total(read.set), criterion(read.set, '6.18')?.maxPoints]).toEqual([18, 165, 5]);
    expect(read.reconciliation).toMatch(/^Văn bản còn 1 thay đổi chưa chấp nhận \(Theo dõi thay đổi\) trong bảng: thidua đọc như đã chấp nhận hết — dòng 33 chèn thêm: đọc thành tiêu chí 6\.18 «Có kho dữ liệu mở của Sở» \(5 điểm\)\. Chấp nhận/);
    expect(read.notes.some((n) => n.startsWith('  ô A33: Dòng 33 được chèn thêm nhưng chưa chấp nhận (Theo dõi thay đổi).'))).toBe(true);
  });

  it('hidden words read as any other, said like a hidden row', async () => {
    const read = await imported('d-chu-an.docx');
    expect([read.set.criteria.length, total(read.set), criterion(read.set, '6.12')?.maxPoints]).toEqual([17, 160, 10]);
    expect(criterion(read.set, '6.14')?.title).toMatch(/\(năm nay không chấm\)$/);
    expect(read.reconciliation).toMatch(/^Văn bản có chữ ẩn \(định dạng Ẩn\) trong bảng: ô C31 «10»; ô B33 «\(năm nay không chấm\)»\. thidua vẫn đọc chữ ẩn như mọi chữ khác; nếu năm nay bỏ, hãy xoá chữ ấy trong Word rồi nhập lại/);
    expect(read.notes.filter((n) => n.includes('chữ ẩn')).map((n) => n.slice(0, 9))).toEqual(['  ô C31: ', '  ô B33: ']);
  });

  it('(e) the same words hidden by their styles, nothing on the runs (a character style based on one that hides, a paragraph style): said alike', async () => {
    // Before, read with «Các số bảng ghi đều khớp … ✔» and not a word: only w:vanish on the run itself was seen.
    const [direct, styled] = [await imported('d-chu-an.docx'), await imported('e-kieu-an.docx')];
    expect([styled.set.criteria.length, total(styled.set), criterion(styled.set, '6.12')?.maxPoints]).toEqual([17, 160, 10]);
    expect(styled.reconciliation).toBe(direct.reconciliation.replace('d-chu-an.docx', 'e-kieu-an.docx'));
    expect(styled.notes.filter((n) => n.includes('chữ ẩn'))).toEqual(direct.notes.filter((n) => n.includes('chữ ẩn')));
  });

  it('(f) the same words hidden by the document defaults (w:rPrDefault), every other run turning it off: said alike', async () => {
    // Before, read with «Các số bảng ghi đều khớp … ✔» and not a word: the defaults were not read.
    const [direct, defaults] = [await imported('d-chu-an.docx'), await imported('f-mac-dinh-an.docx')];
    expect([defaults.set.criteria.length, total(defaults.set), criterion(defaults.set, '6.12')?.maxPoints]).toEqual([17, 160, 10]);
    expect(defaults.reconciliation).toBe(direct.reconciliation.replace('d-chu-an.docx', 'f-mac-dinh-an.docx'));
    expect(defaults.notes.filter((n) => n.includes('chữ ẩn'))).toEqual(direct.notes.filter((n) => n.includes('chữ ẩn')));
  });

  it('(g) the header row hidden by the table style (its first-row formatting) and 6.12\'s maximum by w:specVanish are said; 6.1\'s w:webHidden (Web Layout only) is not', async () => {
    // Before, nothing said: a table style's w:rPr and w:specVanish were not read.
    const read = await imported('g-bang-an.docx');
    expect([read.set.criteria.length, total(read.set), criterion(read.set, '6.1')?.maxPoints, criterion(read.set, '6.12')?.maxPoints]).toEqual([17, 160, 10, 10]);
    expect(read.reconciliation).toMatch(/^Văn bản có chữ ẩn \(định dạng Ẩn\) trong bảng: ô A1 «STT»; ô B1 «Chỉ số\/Chỉ số thành phần»; ô C1 «Điểm tối đa»; .*; ô G1 «Điểm tự đánh giá»; ô C31 «10»\. thidua vẫn đọc chữ ẩn như mọi chữ khác/);
    expect(read.notes.filter((n) => n.includes('chữ ẩn')).map(cellOf)).toEqual(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'C31']);
  });

  it('(h) hiding is a toggle across the table, paragraph and character styles (ECMA-376 §17.7.3): two that hide show', async () => {
    // Before, STT (table style and paragraph style both hide) was read as shown only because the table style was not
    // read, and «không chấm)» (paragraph style and character style both hide) was said hidden: the nearest style won.
    const read = await imported('h-bat-tat.docx');
    expect([read.set.criteria.length, total(read.set), criterion(read.set, '6.12')?.maxPoints]).toEqual([17, 160, 10]);
    expect(read.reconciliation).toMatch(/^Văn bản có chữ ẩn \(định dạng Ẩn\) trong bảng: ô B1 «Chỉ số\/Chỉ số thành phần»; .*; ô G1 «Điểm tự đánh giá»; ô C31 «10»; ô B33 «\(năm nay»\. thidua vẫn đọc chữ ẩn/);
    expect(read.notes.filter((n) => n.includes('chữ ẩn')).map(cellOf)).toEqual(['B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'C31', 'B33']);
  });

  it('the pane and the standalone page (their reader: readDocxCriteria, a parser of their own) say the same words', async () => {
    const cli = await imported('a-diem-sua.docx');
    const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
    const read = await readDocxCriteria(await readFile(join(dir, 'a-diem-sua.docx')), parse, 'a-diem-sua.docx');
    if (!read.ok) throw new Error('not read');
    expect(read.reconciliation.summary).toBe(cli.reconciliation);
    expect(read.notices.find((n) => n.cell === 'C3')?.message).toBe(cli.notes.find((n) => n.includes('Theo dõi thay đổi'))!.slice('  ô C3: '.length));
  });
});
