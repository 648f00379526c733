// The papers of a closed round (tờ trình, biên bản, dự thảo quyết định) from the example commune's real run,
// written as .docx, converted to PDF by LibreOffice and read back as text.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePaper } from '../../adapters/docx/write-document.js';
import { closeRound, recordRun, type ClosedRound } from '../../core/run/closing.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { papersOf } from '../../core/papers/index.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runInProcess } from '../cli/helpers.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

describe('papers of a closed round (.docx → LibreOffice → PDF)', () => {
  const text = new Map<string, string>();
  let closed: ClosedRound;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-papers-'));
    const scored = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--json', '--out', join(dir, 'out')], root);
    const output = ScoreRunOutput.parse(JSON.parse(scored.stdout));
    const set = findBuiltin('ta-ma-2025')!;
    const record = recordRun(set, { ...output, scoredOn: '2025-11-20', files: output.files.flatMap((f) => (f.output ? [f.output] : [])) });
    const closing = closeRound([], record, [], { closedBy: 'Lò Văn Thành', closedAt: '2025-11-24T09:30' }, 'files');
    if (closing.kind !== 'closed') throw new Error('not closed');
    closed = closing.round;
    const files: string[] = [];
    for (const paper of papersOf(closed)) {
      const file = join(dir, `${paper.name}.docx`);
      await writeFile(file, await writePaper(paper));
      files.push(file);
    }
    await run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 240_000 });
    for (const paper of papersOf(closed)) {
      // -raw: the text in the order LibreOffice wrote it, cell by cell, so a wrapped name stays whole.
      await run('pdftotext', ['-raw', join(dir, `${paper.name}.pdf`), join(dir, `${paper.name}.txt`)]);
      text.set(paper.name, (await readFile(join(dir, `${paper.name}.txt`), 'utf8')).replace(/\s+/g, ' '));
    }
  }, 300_000);

  const proposed = () => closed.record.units.filter((u) => u.proposals.some((p) => p.proposed));

  it('the example run proposes units to write papers for', () => {
    expect(proposed().length).toBeGreaterThan(0);
  });

  it.each(['to-trinh', 'bien-ban', 'du-thao-quyet-dinh'])('%s carries the national heading, the motto and the place line', (name) => {
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
});
