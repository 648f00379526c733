// A Word table's cell keeps its lines (adapters/docx/read.ts through core/indicators/table.ts elementLines), so a
// table read from .docx gives the criteria the same table gives from .xlsx, whose cells keep their line breaks. On two
// real tables of the corpus, each written by LibreOffice both ways as the corpus test writes it: the high school's
// KPI table for its leaders (kpi-thpt-phuong-xa-lanh-dao: 28 levels as the last lines of III.2.1–III.2.7's cells) and
// Khánh Hòa's Resolution 57 table for communes (nq57-xa-cong-hai-ca-nam: levels and scoring guides a line each). The
// Word files have each line ended by a <w:br/>; a copy of each writes every line as a paragraph of its own (<w:p>), as
// a Word user types them. Until 2026-11-30 the Word reader folded every line into one: nq57's II.2, II.4.2, II.5.1,
// II.5.2, II.6, IV.1–IV.3.5 and V.1–V.4 were named, and I.2.2, I.3, II.4.2, IV.3.2, IV.3.3 noted, in one line. A
// header written on two lines is quoted on one in the reconciliation, from either form: a university's conduct form
// (ren-luyen-trang), whose column «Minh Chứng (Nếu Có)» is not read into the set. And a cell that keeps its lines
// ends a line only at its breaks (cell-levels.ts): nq57's II.5.1 and II.5.2, whose levels write « - » in their words
// («- Đạt từ 50 - dưới 100 lượt người: 3 điểm»), were scored by hand from 0 to 4 until 2026-11-30, from either form.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus, scorecard, type CorpusEntry } from '../../scripts/harness/criteria-corpus.js';

const TABLES = ['kpi-thpt-phuong-xa-lanh-dao', 'nq57-xa-cong-hai-ca-nam'];
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** The document with each line break of its paragraphs written as a paragraph of its own (the paragraph's and the run's properties kept). */
function linesAsParagraphs(xml: string): string {
  return xml.replace(/<w:p>(<w:pPr>.*?<\/w:pPr>)?(.*?)<\/w:p>/gs, (whole, pPr: string | undefined, body: string) => {
    if (!body.includes('<w:br/>')) return whole;
    const rPr = /<w:r>(<w:rPr>.*?<\/w:rPr>|<w:rPr\/>)?/s.exec(body)?.[1] ?? '';
    return `<w:p>${pPr ?? ''}${body.replaceAll('<w:br/>', `</w:r></w:p><w:p>${pPr ?? ''}<w:r>${rPr}`)}</w:p>`;
  });
}

const QUOTED = 'ren-luyen-trang';
const entries = (await loadCorpus()).filter((e) => [...TABLES, QUOTED].includes(e.id));
let dir: string;
const read = new Map<string, { sheet: ReadCriteriaFile; word: ReadCriteriaFile; paragraphs: ReadCriteriaFile; entry: CorpusEntry }>();
const paragraphFiles = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-word-lines-'));
  const asWord = (e: CorpusEntry): CorpusEntry => ({ ...e, id: `${e.id}-word`, as: 'docx' });
  const written = await renderCorpus([...entries.map((e) => ({ ...e, as: 'xlsx' as const })), ...entries.map(asWord)], dir);
  for (const entry of entries) {
    const word = written.get(`${entry.id}-word`)!;
    const zip = await JSZip.loadAsync(await readFile(word));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', linesAsParagraphs(xml));
    const paragraphs = join(dir, `${entry.id}-paragraphs.docx`);
    await writeFile(paragraphs, await zip.generateAsync({ type: 'nodebuffer' }));
    paragraphFiles.set(entry.id, paragraphs);
    const [sheet, w, p] = await Promise.all([written.get(entry.id)!, word, paragraphs].map((f) => readCriteriaFile(f, dir)));
    read.set(entry.id, { sheet: sheet!, word: w!, paragraphs: p!, entry });
  }
}, 600_000);

describe('a Word table read as the same table from .xlsx: each cell with its lines', () => {
  it.each(TABLES)('%s: the same criteria and groups, from lines ended by <w:br/> or written as paragraphs', (id) => {
    const { sheet, word, paragraphs } = read.get(id)!;
    expect(word.set.criteria).toEqual(sheet.set.criteria);
    expect(paragraphs.set.criteria).toEqual(sheet.set.criteria);
    expect([word.set.groups, paragraphs.set.groups]).toEqual([sheet.set.groups, sheet.set.groups]);
  });

  it('kpi-thpt-phuong-xa-lanh-dao: its 28 levels read as III.2.1–III.2.7’s levels from every form, the words above them the name', () => {
    const { sheet, word, paragraphs, entry } = read.get('kpi-thpt-phuong-xa-lanh-dao')!;
    for (const r of [sheet, word, paragraphs]) {
      expect(scorecard(entry, r).levels).toEqual({ read: 28, stated: 28 });
      expect(r.set.criteria.filter((c) => c.rule.kind === 'tiers').map((c) => c.code)).toEqual(['III.2.1', 'III.2.2', 'III.2.3', 'III.2.4', 'III.2.5', 'III.2.6', 'III.2.7']);
    }
  });

  it('nq57-xa-cong-hai-ca-nam: II.5.1 and II.5.2 read as their four levels from every form, «- Đạt từ 50 - dưới 100 …» one line', () => {
    const { sheet, word, paragraphs, entry } = read.get('nq57-xa-cong-hai-ca-nam')!;
    for (const r of [sheet, word, paragraphs]) {
      expect(scorecard(entry, r).levels.read).toBe(43);
      const levels = (code: string) => r.set.criteria.find((c) => c.code === code)!.rule;
      expect([levels('II.5.1'), levels('II.5.2')]).toEqual(Array(2).fill({ kind: 'tiers', tiers: [4, 3, 2, 0].map((p) => ({ min: p, points: p })) }));
      expect(r.set.criteria.find((c) => c.code === 'II.5.1')!.note).toMatch(/^Chọn một mức, không cộng: .*Đạt từ 50 - dưới 100 lượt người \(3 điểm\);/);
    }
  });

  it('ren-luyen-trang: its column «Minh Chứng↵(Nếu Có)» said not read, its words on one line, from .xlsx and from .docx', () => {
    const { sheet, word, paragraphs } = read.get(QUOTED)!;
    const said = (r: ReadCriteriaFile) => /Cột C «[^»]*» \(ô C\d+, 20 dòng có ghi\)/.exec(r.reconciliation.summary)?.[0].replace(/ô C\d+/, 'ô C…');
    expect([said(sheet), said(word), said(paragraphs)]).toEqual(Array(3).fill('Cột C «Minh Chứng (Nếu Có)» (ô C…, 20 dòng có ghi)'));
  });

  // A workbook keeps the spaces at the ends of a cell's lines, a Word cell does not: ren-luyen-trang's 1.1.2 «…
  // nghiên cứu khoa học… ↵- Thành viên» read from .xlsx kept its space before the break (22 of its 41 criteria named
  // otherwise than from .docx until 2026-11-30, core/criteria/sheet/line-ends.ts).
  it.each([...TABLES, QUOTED])('%s: every criterion and group named the same from .xlsx and from .docx', (id) => {
    const { sheet, word, paragraphs } = read.get(id)!;
    const names = (r: ReadCriteriaFile) => [...r.set.criteria.map((c) => `${c.code} ${c.title}`), ...r.set.groups.map((g) => `${g.id} ${g.title}`)];
    expect([names(word), names(paragraphs)]).toEqual([names(sheet), names(sheet)]);
  });

  it('a cell of paragraphs is one cell of the grid with a line each, as the .xlsx cell holds them', async () => {
    const tables = await readDocxTables(await readFile(paragraphFiles.get('kpi-thpt-phuong-xa-lanh-dao')!), parse);
    const cell = tables[0]!.grid.values.flat().find((v) => typeof v === 'string' && v.startsWith('Quán triệt, thể chế hóa'));
    expect(cell).toBe(
      'Quán triệt, thể chế hóa và thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước tại đơn vị:\n- Thực hiện tốt: 2,5 điểm\n- Có thực hiện đầy đủ: 2,0 điểm\n- Có thực hiện nhưng chưa đầy đủ: 1 điểm\n- Không thực hiện: 0 điểm',
    );
  });
});
