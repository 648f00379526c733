// The papers of a closed round (tờ trình, biên bản, dự thảo quyết định) from the example commune's real run,
// written as .docx, converted to PDF by LibreOffice with Liberation Serif (Times New Roman's metrics) and read back:
// their words, and their form as the chairman would sign them (Decree 30/2020/NĐ-CP).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePaper } from '../../adapters/docx/write-document.js';
import { closeRound, recordRun, type ClosedRound, type RecordedUnit } from '../../core/run/closing.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { papersOf } from '../../core/papers/index.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runInProcess } from '../cli/helpers.js';
import { parseStrictXml } from '../helpers/strict-xml.js';
import { centreOf, fontsOf, longestRule, MM, readPrinted, sizeOf, type PrintedLine, type PrintedPdf } from './pdf-layout.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const PAPERS = ['to-trinh', 'bien-ban', 'du-thao-quyet-dinh'] as const;
/** A4 with the margins the writer sets (Decree 30/2020: top 20–25 mm, bottom 20–25, left 30–35, right 15–20). */
const PAGE = { width: 210 * MM, height: 297 * MM, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const TEXT_CENTRE = PAGE.left + (PAGE.width - PAGE.left - PAGE.right) / 2;
/** Where the two-column heading divides (the left column is 40 % of the text width). */
const HEADING_DIVIDE = PAGE.left + 0.4 * (PAGE.width - PAGE.left - PAGE.right);
/** A unit's name as a careless paste leaves it: a Word line break and two characters XML 1.0 forbids. */
const HOSTILE = 'Bản Ta\u000BMa\uFFFF\uFFFE';

describe('papers of a closed round (.docx → LibreOffice → PDF)', () => {
  const text = new Map<string, string>();
  const printed = new Map<string, PrintedPdf>();
  let dir: string;
  let closed: ClosedRound;
  let hostile: ClosedRound;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thidua-papers-'));
    const scored = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--json', '--out', join(dir, 'out')], root);
    const output = ScoreRunOutput.parse(JSON.parse(scored.stdout));
    const set = findBuiltin('ta-ma-2025')!;
    const record = recordRun(set, { ...output, scoredOn: '2025-11-20', files: output.files.flatMap((f) => (f.output ? [f.output] : [])) });
    // The council closes with the example's flags still open: the minutes say so.
    const closing = closeRound([], record, [], { closedBy: 'Lò Văn Thành', closedAt: '2025-11-24T09:30' }, 'files', { review: { decisions: [], unread: [] }, acceptOpen: true });
    if (closing.kind !== 'closed') throw new Error('not closed');
    closed = closing.round;
    const careless = record.units.map((u) => (u.unitName === 'Bản Ta Ma' ? { ...u, unitName: HOSTILE } : u));
    hostile = { ...closed, record: { ...record, units: careless } };
    const files: string[] = [];
    for (const [prefix, round] of [['', closed], ['hostile-', hostile]] as const) {
      for (const paper of papersOf(round)) {
        const file = join(dir, `${prefix}${paper.name}.docx`);
        await writeFile(file, await writePaper(paper));
        files.push(file);
      }
    }
    // One conversion for all six; a file LibreOffice cannot open gives no PDF, which its own test says.
    await run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 240_000 });
    for (const name of [...PAPERS, ...PAPERS.map((n) => `hostile-${n}`)]) {
      const pdf = join(dir, `${name}.pdf`);
      if (!existsSync(pdf)) continue;
      // -raw: the text in the order LibreOffice wrote it, cell by cell, so a wrapped name stays whole.
      await run('pdftotext', ['-raw', pdf, join(dir, `${name}.txt`)]);
      text.set(name, (await readFile(join(dir, `${name}.txt`), 'utf8')).replace(/\s+/g, ' '));
      printed.set(name, await readPrinted(pdf));
    }
  }, 300_000);

  const proposed = () => closed.record.units.filter((u) => u.proposals.some((p) => p.proposed));
  const pdfOf = (name: string) => join(dir, `${name}.pdf`);
  const linesOf = (name: string) => printed.get(name)!.lines;
  const first = (name: string, match: (l: PrintedLine) => boolean) => {
    const found = linesOf(name).find(match);
    expect(found, `${name}: no such line`).toBeDefined();
    return found!;
  };
  /** The heading's rows on page 1, above the paper's kind (TỜ TRÌNH, BIÊN BẢN, QUYẾT ĐỊNH), on one side of it. */
  const headingLines = (name: string, side: 'left' | 'right'): PrintedLine[] => {
    const kind = first(name, (l) => l.page === 0 && /^(TỜ TRÌNH|BIÊN BẢN|QUYẾT ĐỊNH)$/.test(l.text));
    const rows: PrintedLine[] = [];
    const pieces = linesOf(name).filter((l) => l.page === 0 && l.yMax < kind.yMin && (side === 'left' ? l.xMax < HEADING_DIVIDE : l.xMin > HEADING_DIVIDE));
    // pdftotext cuts a row at wide gaps («Số:   /TTr-…», «ngày   tháng   năm»): one printed row is one line here.
    for (const piece of [...pieces].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
      const row = rows.find((r) => Math.abs(r.yMin - piece.yMin) < 1);
      if (!row) rows.push({ ...piece });
      else Object.assign(row, { text: `${row.text} ${piece.text}`, xMax: Math.max(row.xMax, piece.xMax), yMax: Math.max(row.yMax, piece.yMax) });
    }
    return rows;
  };

  it('the example run proposes units to write papers for', () => {
    expect(proposed().length).toBeGreaterThan(0);
  });

  it.each(PAPERS)('%s carries the national heading, the motto and the place line', (name) => {
    const t = text.get(name)!;
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toMatch(/Ta Ma, ngày\s+tháng\s+năm 2025/);
    expect(t).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/); // dates never ISO on paper
  });

  it('the proposal letter names every proposed unit once, cites the plan and the closing date dd/mm/yyyy', () => {
    const t = text.get('to-trinh')!;
    expect(t).toContain('TỜ TRÌNH');
    expect(t).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Ta Ma');
    expect(t).toContain('Nghị định số 152/2025/NĐ-CP');
    expect(t).toContain('chốt ngày 24/11/2025 (Lò Văn Thành)');
    for (const unit of proposed()) expect(t.split(unit.unitName).length - 1, unit.unitName).toBe(1);
    for (const unit of closed.record.units.filter((u) => !u.proposals.some((p) => p.proposed || p.eligible))) expect(t).not.toContain(`${unit.unitName} `);
  });

  it('the minutes list each proposal once with blanks for its votes', () => {
    const t = text.get('bien-ban')!;
    expect(t).toContain('BIÊN BẢN');
    for (const unit of proposed()) expect(t.split(unit.unitName).length - 1, unit.unitName).toBe(1);
    expect(t.split('Số phiếu đồng ý').length - 1).toBeGreaterThanOrEqual(proposed().length);
  });

  it("the draft decision lists the commune's own forms, each unit once", () => {
    const t = text.get('du-thao-quyet-dinh')!;
    expect(t).toContain('QUYẾT ĐỊNH');
    expect(t).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TA MA');
    const communeLevel = closed.record.forms.filter((f) => f.level === 'xa').map((f) => f.id);
    const listed = closed.record.units.filter((u) => u.proposals.some((p) => (p.proposed || p.eligible) && communeLevel.includes(p.form)));
    expect(listed.length).toBeGreaterThan(0);
    for (const unit of listed) expect(t.split(unit.unitName).length - 1, unit.unitName).toBe(1);
  });

  describe('signable as written (Decree 30/2020/NĐ-CP)', () => {
    it.each(PAPERS)('%s: a solid rule as long as the motto under it, and one of a third to a half of the issuer\'s name under the name', async (name) => {
      const motto = first(name, (l) => l.page === 0 && l.text === 'Độc lập - Tự do - Hạnh phúc');
      const date = first(name, (l) => l.page === 0 && l.text.startsWith('Ta Ma, ngày'));
      const under = await longestRule(pdfOf(name), 0, { xMin: motto.xMin - 30, xMax: motto.xMax + 30, yMin: (motto.yMin + motto.yMax) / 2, yMax: (date.yMin + date.yMax) / 2 }, join(dir, `${name}-motto`));
      const mottoWidth = motto.xMax - motto.xMin;
      expect(Math.abs(under.length - mottoWidth) / mottoWidth, `rule ${under.length.toFixed(1)} pt under a motto ${mottoWidth.toFixed(1)} pt wide`).toBeLessThan(0.04);
      expect(Math.abs(under.centre - centreOf(motto))).toBeLessThan(2);

      const left = headingLines(name, 'left');
      const number = left.find((l) => l.text.startsWith('Số:'))!;
      // The issuer's name: the bold lines under the body it belongs to («UBND XÃ TA MA», not bold, has no rule).
      const issuer = left.filter((l) => l.yMin < number.yMin && !l.text.startsWith('UBND '));
      const widest = Math.max(...issuer.map((l) => l.xMax - l.xMin));
      const last = issuer.at(-1)!;
      const rule = await longestRule(pdfOf(name), 0, { xMin: PAGE.left, xMax: HEADING_DIVIDE, yMin: (last.yMin + last.yMax) / 2, yMax: (number.yMin + number.yMax) / 2 }, join(dir, `${name}-issuer`));
      expect(rule.length, `rule ${rule.length.toFixed(1)} pt under a name ${widest.toFixed(1)} pt wide`).toBeGreaterThanOrEqual(widest / 3);
      expect(rule.length).toBeLessThanOrEqual(widest / 2);
      expect(Math.abs(rule.centre - centreOf(last))).toBeLessThan(2);
    });

    it.each(PAPERS)('%s: page numbers from page 2, centred at the top', (name) => {
      const pdf = printed.get(name)!;
      if (name !== 'du-thao-quyet-dinh') expect(pdf.pages, 'the letter and the minutes run over several pages').toBeGreaterThanOrEqual(3);
      for (let page = 0; page < pdf.pages; page++) {
        const top = pdf.lines.filter((l) => l.page === page && l.yMax < PAGE.top);
        if (page === 0) {
          expect(top, 'page 1 carries no number').toEqual([]);
          continue;
        }
        expect(top.map((l) => l.text), `page ${page + 1}`).toEqual([String(page + 1)]);
        expect(Math.abs(centreOf(top[0]!) - TEXT_CENTRE), `page ${page + 1}'s number is centred`).toBeLessThan(3);
      }
    });

    const SIGNERS: Record<(typeof PAPERS)[number], string[][]> = {
      'to-trinh': [['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'CHỦ TỊCH']],
      'bien-ban': [['THƯ KÝ'], ['CHỦ TRÌ']],
      'du-thao-quyet-dinh': [['CHỦ TỊCH']],
    };
    it.each(PAPERS)("%s: the signer's block — authority, title, «(Ký, ghi rõ họ tên)», name — on one page with the paper's last sentence", (name) => {
      const lines = linesOf(name);
      const closing = lines.findLast((l) => l.text.endsWith('./.'))!;
      for (const titles of SIGNERS[name]) {
        const block = titles.map((title) => first(name, (l) => l.text === title));
        const top = block.at(-1)!;
        const column = (l: PrintedLine) => Math.abs(centreOf(l) - centreOf(top)) < 20;
        const sign = lines.find((l) => l.text === '(Ký, ghi rõ họ tên)' && column(l) && (l.page > top.page || (l.page === top.page && l.yMin > top.yMin)));
        expect(sign, `«(Ký, ghi rõ họ tên)» under ${titles.join(' / ')}`).toBeDefined();
        const signer = lines.find((l) => /^…+$/.test(l.text) && column(l) && (l.page > sign!.page || (l.page === sign!.page && l.yMin > sign!.yMin)));
        expect(signer, `a line for the signer's name under ${titles.join(' / ')}`).toBeDefined();
        expect([...block, sign!, signer!, closing].map((l) => l.page + 1), `${titles.join(' / ')}: pages`).toEqual(Array(block.length + 3).fill(closing.page + 1));
      }
    });

    const ISSUER_LINES: Record<(typeof PAPERS)[number], string[]> = {
      'to-trinh': ['UBND XÃ TA MA', 'HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG'],
      'bien-ban': ['UBND XÃ TA MA', 'HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG'],
      'du-thao-quyet-dinh': ['ỦY BAN NHÂN DÂN', 'XÃ TA MA'],
    };
    it.each(PAPERS)('%s: no name is broken across the lines of the heading', (name) => {
      const left = headingLines(name, 'left').map((l) => l.text);
      expect(left.slice(0, left.findIndex((l) => l.startsWith('Số:')))).toEqual(ISSUER_LINES[name]);
      const right = headingLines(name, 'right').map((l) => l.text);
      expect(right).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Ta Ma, ngày tháng năm 2025']);
    });

    /** A paragraph that wraps, its first line's start: the space before it and its line pitch are measured on it. */
    const WRAPPING: Record<(typeof PAPERS)[number], string> = { 'to-trinh': 'Căn cứ Nghị định số', 'bien-ban': 'Hội đồng xem xét', 'du-thao-quyet-dinh': 'Căn cứ Nghị định số' };
    it.each(PAPERS)('%s: A4 with the decree\'s margins, Times-metric body 13–14 pt, ≥ 6 pt between paragraphs, 1 to 1.5 lines', async (name) => {
      const pdf = printed.get(name)!;
      expect(pdf.width).toBeCloseTo(PAGE.width, 0);
      expect(pdf.height).toBeCloseTo(PAGE.height, 0);
      expect(await fontsOf(pdfOf(name))).toMatch(/LiberationSerif/);
      for (const l of pdf.lines.filter((x) => x.yMax >= PAGE.top)) {
        expect(l.xMin, l.text).toBeGreaterThanOrEqual(PAGE.left - 1);
        expect(l.xMax, l.text).toBeLessThanOrEqual(PAGE.width - PAGE.right + 1);
        expect(l.yMax, l.text).toBeLessThanOrEqual(PAGE.height - PAGE.bottom + 1);
      }
      const at = pdf.lines.findIndex((l) => l.text.startsWith(WRAPPING[name]));
      const [before, line, next] = [pdf.lines[at - 1]!, pdf.lines[at]!, pdf.lines[at + 1]!];
      expect(sizeOf(line)).toBeGreaterThanOrEqual(12.9);
      expect(sizeOf(line)).toBeLessThanOrEqual(14.1);
      const pitch = next.yMin - line.yMin;
      // Liberation Serif's single line is 1.149 em.
      expect(pitch / (1.149 * sizeOf(line))).toBeGreaterThanOrEqual(0.99);
      expect(pitch / (1.149 * sizeOf(line))).toBeLessThanOrEqual(1.51);
      expect(line.yMin - before.yMin - pitch, `space before «${line.text}»`).toBeGreaterThanOrEqual(5.9);
    });

    it('the period label is printed as the set writes it, never lower-cased', () => {
      const label = closed.record.set.period.label;
      expect(label).not.toBe(label.toLowerCase());
      expect(text.get('to-trinh')).toContain(label);
      for (const name of PAPERS) expect(text.get(name), name).not.toContain(label.toLowerCase());
    });

    it("a yearly round's title says its year, not the phase", () => {
      expect(closed.record.round).toBe('hang-nam');
      const titles = {
        'to-trinh': /TỜ TRÌNH (.*?) Kính gửi/,
        'bien-ban': /BIÊN BẢN (.*?) Thời gian/,
        'du-thao-quyet-dinh': /QUYẾT ĐỊNH (.*?) \(DỰ THẢO\)/,
      };
      for (const name of PAPERS) {
        const title = titles[name].exec(text.get(name)!)?.[1] ?? '';
        expect(title, name).toMatch(/năm 2025$/);
        expect(title, name).not.toMatch(/giai đoạn/i);
      }
    });

    it('no paper carries a note about how it was made', () => {
      for (const name of PAPERS) {
        expect(text.get(name), name).not.toMatch(/Lập từ|thidua/i);
        expect(linesOf(name).at(-1)!.text, `${name} ends with its last list or its signer`).not.toMatch(/^\(.*\)$/);
      }
    });

    it('no paper names a district, though the set still does (none since 1/7/2025)', () => {
      expect(closed.record.set.district).toBe('Tuần Giáo');
      // «huyện» in a criterion's own words («hệ thống … của tỉnh, huyện») is the plan's; a district named is not.
      for (const name of PAPERS) expect(text.get(name), name).not.toMatch(/Tuần Giáo|huyện\s+\p{Lu}/u);
    });

    it('the proposal letter speaks as the council that signs it: it never asks the council to decide', () => {
      const t = text.get('to-trinh')!;
      expect(t).toContain('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
      expect(t).not.toMatch(/đề nghị Hội đồng|Hội đồng quyết định/);
      // The units the council voted on at its meeting are said to be its own vote.
      expect(t).toMatch(/đủ điều kiện[^:]*Hội đồng biểu quyết/);
    });

    it('the lists come in one order on every face: award form → collectives before individuals → kind → rank', () => {
      // The pane's record holds its units in sheet order, the command line's in file order.
      const paneOrder = { ...closed, record: { ...closed.record, units: [...closed.record.units].reverse() } };
      expect(papersOf(paneOrder)).toEqual(papersOf(closed));

      const listed = closed.record.units.filter((u) => u.proposals.some((p) => p.proposed || p.eligible));
      const formOf = (u: RecordedUnit) => u.proposals.find((p) => p.proposed || p.eligible)!.form;
      const sequences = PAPERS.map((name) => {
        const t = text.get(name)!;
        return listed.filter((u) => t.includes(u.unitName)).sort((a, b) => t.indexOf(a.unitName) - t.indexOf(b.unitName));
      });
      for (const [i, sequence] of sequences.entries()) {
        for (const form of closed.record.forms) {
          const units = sequence.filter((u) => formOf(u) === form.id);
          const said = `${PAPERS[i]}, ${form.label}: ${units.map((u) => `${u.unitName} (${u.kindLabel}, hạng ${u.rank})`).join('; ')}`;
          units.slice(1).forEach((b, k) => {
            const a = units[k]!;
            expect(a.collective || !b.collective, `${said}: collectives first`).toBe(true);
            if (a.kindLabel === b.kindLabel) expect(a.rank ?? Infinity, `${said}: by rank within a kind`).toBeLessThanOrEqual(b.rank ?? Infinity);
          });
          const kinds = units.map((u) => u.kindLabel).filter((k, j, all) => k !== all[j - 1]);
          expect(new Set(kinds).size, `${said}: each kind together`).toBe(kinds.length);
        }
      }
      // Every paper lists the units they share in the same order.
      for (const a of sequences) for (const b of sequences) expect(a.filter((u) => b.includes(u))).toEqual(b.filter((u) => a.includes(u)));
    });

    it.each(PAPERS)("%s opens with characters XML forbids in a unit's name, the name kept readable", async (name) => {
      const docx = unzipSync(await readFile(join(dir, `hostile-${name}.docx`)));
      expect(() => parseStrictXml(new TextDecoder().decode(docx['word/document.xml']!), `hostile-${name}.docx/word/document.xml`)).not.toThrow();
      expect(existsSync(pdfOf(`hostile-${name}`)), 'LibreOffice opened it').toBe(true);
      expect(text.get(`hostile-${name}`)).toContain('Bản Ta Ma ');
    });
  });
});
