// The example commune scores as examples/README.md says: every unit read, every deliberate problem flagged.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { formatNumberVi } from '../../core/values.js';
import { rmSync } from 'node:fs';
import { copyFile, cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FLAGS_SHOWN, HANGING } from '../../cli/flag-lines.js';
import { textAfterCell } from '../../core/checks/define.js';
import { flagTitle } from '../../core/checks/titles.js';
import type { Flag } from '../../core/flags/flag.js';
import { flagsOfCard } from '../../core/run/open-flags.js';
import { SEVERITY_LABEL } from '../../core/workbook/plan-scored-sheet.js';
import { expectPlainFlags, unwrapped } from '../helpers/plain-flags.js';
import { hashes, openXlsx, runInProcess, runOk, tempDir } from './helpers.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { openpyxl } from '../council/typed-in-parts.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Unit → flag codes its deliberate problems must raise (examples/README.md, «Lỗi cố ý»). */
const EXPECTED: Record<string, string[]> = {
  'Trường PTDTBT Tiểu học Ta Ma': ['late-submission', 'numerator-exceeds-denominator'],
  'Trường Mầm non Ta Ma': ['ratio-mismatch', 'evidence-missing'],
  'Trạm Y tế xã Ta Ma': ['missing-value', 'self-score-over-max'],
  'Bản Phiêng Pi': ['criteria-set-mismatch'],
  'Bản Sáng Tớ': ['criteria-set-mismatch', 'late-submission'],
  'Bản Ta Ma': ['unparseable-value'],
  'Quàng Thị Lan (giáo viên Trường Tiểu học)': ['evidence-missing', 'self-score-over-max'],
  'Hội Nông dân xã Ta Ma': ['out-of-range', 'unparseable-value'],
  'Hội Liên hiệp Phụ nữ xã Ta Ma': ['self-score-gap'],
  'Đoàn Thanh niên xã Ta Ma': ['missing-metadata'],
};
const CLEAN = ['UBND xã Ta Ma', 'Công an xã Ta Ma', 'Bản Hua Ca', 'Lò Văn Minh (công chức Văn hóa - Xã hội)', 'Ủy ban MTTQ Việt Nam xã Ta Ma'];

describe('examples/ (xã Ta Ma)', () => {
  it('scores all 15 units with the criteria workbook, flagging exactly the deliberate problems', async () => {
    const out = await tempDir();
    const before = await hashes(`${ROOT}examples`);
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out, '--json'], ROOT);
    expect(run.code).toBe(0);
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    expect(doc.cards).toHaveLength(15);
    expect(new Set(doc.cards.map((c) => c.unitKind))).toEqual(new Set(['ubnd-xa', 'co-quan', 'ban', 'ca-nhan']));
    const codes = (name: string) => doc.cards.find((c) => c.unitName === name)!.flags.map((f) => f.code);
    for (const [unit, expected] of Object.entries(EXPECTED)) expect(codes(unit)).toEqual(expect.arrayContaining(expected));
    for (const unit of CLEAN) expect(codes(unit)).toEqual([]);
    // "85,5%" typed as text in UBND xã's CQS3 reads as 85,5 %.
    const cqs3 = doc.cards.find((c) => c.unitName === 'UBND xã Ta Ma')!.criteria.find((c) => c.code === 'CQS3')!;
    expect(cqs3.value).toBe(85.5);
    expect(await hashes(`${ROOT}examples`)).toEqual(before);
  });

  it('says each ranked unit’s points of its own maximum, its Xếp loại, and the units the council decides', async () => {
    const json = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--out', await tempDir(), '--json'], ROOT);
    const doc = ScoreRunOutput.parse(JSON.parse(json.stdout));
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--out', await tempDir()], ROOT);
    const said = `${run.stdout}\n${run.stderr}`;
    // Trường Tiểu học (of 100) ranks below Hội Nông dân (of 80) in one kind: each line says its maximum.
    for (const e of doc.ranking.flatMap((g) => g.entries)) {
      const card = doc.cards.find((c) => c.file === e.file && c.sheet === e.sheet)!;
      expect(said).toContain(`${e.unitName}: ${formatNumberVi(e.total)}/${formatNumberVi(card.applicableMax)} điểm (${formatNumberVi(e.percent)}%) — ${e.classification}`);
    }
    expect(new Set(doc.cards.map((c) => c.applicableMax)).size).toBeGreaterThan(1);
    for (const p of doc.proposals.filter((x) => x.eligible)) expect(said).toContain(`  ${p.formLabel}: ${p.unitName}`);
    expect(said).toMatch(/Đủ điều kiện, Hội đồng quyết định[^\n]*\n(.*\n)*  Giấy khen của Chủ tịch UBND xã: Công an xã Ta Ma/);
  });

  it('lists under each unit its flags, errors first, each at the cell --json and «Rà soát» give it', async () => {
    // The same run printed both ways, into one folder.
    const out = await tempDir();
    const json = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out, '--json'], ROOT);
    const doc = ScoreRunOutput.parse(JSON.parse(json.stdout));
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out], ROOT);
    const [review] = await (await openXlsx(join(out, 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    expectPlainFlags(run.stdout, doc, review!.values);
    // Bản Ta Ma's #DIV/0! (an error) before the formula warning at the same cell, though the checks gave them the other way.
    expect(unwrapped(run.stdout).join('\n')).toContain(
      '      - Lỗi · ô G19 — Số liệu không đọc được: lỗi Excel #DIV/0! → 0 điểm (tiêu chí «Dân số có tài khoản thanh toán điện tử»)\n      - Cảnh báo · ô G19 — Số liệu là công thức:',
    );
  });

  it('sends the officer to a copy’s «Rà soát» by the name the file holds: a unit’s copy returned with it renamed', async () => {
    // Trạm Y tế's scored copy given back as its report, «Rà soát» renamed by the council and two evidence cells cleared
    // (7 flags, past FLAGS_SHOWN) by openpyxl, saved by LibreOffice; scored again, its new copy keeps the council's name.
    const dir = await tempDir();
    await runOk(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', join(dir, 'truoc')], ROOT);
    await mkdir(join(dir, 'bao-cao'));
    const report = join(dir, 'bao-cao', 'tram-y-te-ta-ma.xlsx');
    await copyFile(join(dir, 'truoc', 'tram-y-te-ta-ma.cham-diem.xlsx'), report);
    openpyxl(report, "wb['Rà soát'].title = 'Rà soát của HĐ'\nws = wb['Trạm Y tế xã Ta Ma']\nws['J14'] = None; ws['J15'] = None");
    await savedByLibreOffice(report);
    const args = ['score', 'bao-cao', '--criteria', join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'), '--out', 'ket-qua'];
    const doc = ScoreRunOutput.parse(JSON.parse((await runInProcess([...args, '--json'], dir)).stdout));
    const run = await runInProcess(args, dir);
    const copy = join(dir, 'ket-qua', 'tram-y-te-ta-ma.cham-diem.xlsx');
    expect(JSON.parse(openpyxl(copy, 'print(json.dumps(wb.sheetnames, ensure_ascii=False))'))).toContain('Rà soát của HĐ');
    expect(unwrapped(run.stdout)).toContain('      … và 2 cảnh báo khác: xem ket-qua/tram-y-te-ta-ma.cham-diem.xlsx (cột Cảnh báo, trang «Rà soát của HĐ»)');
    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    expectPlainFlags(run.stdout, doc, review!.values);
  });

  it('sends the officer to tong-hop.xlsx’s «Rà soát» by the name the file holds when a unit’s copy could not be written', async () => {
    // Trạm Y tế's report with two evidence cells cleared (7 flags, past FLAGS_SHOWN); the folder scored, tong-hop.xlsx's
    // «Rà soát» renamed by the council (openpyxl, LibreOffice saving); scored again with the report taken away as the
    // copies are written (no workbook kept between the steps): its copy is not written, and its flags point at tong-hop.xlsx.
    const dir = await tempDir();
    await cp(join(ROOT, 'examples', 'bao-cao'), join(dir, 'bao-cao'), { recursive: true });
    const report = join(dir, 'bao-cao', 'tram-y-te-ta-ma.xlsx');
    openpyxl(report, "ws = wb['Trạm Y tế xã Ta Ma']\nws['J14'] = None; ws['J15'] = None");
    const args = ['score', 'bao-cao', '--criteria', join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'), '--out', 'ket-qua'];
    await runOk(args, dir);
    const summary = join(dir, 'ket-qua', 'tong-hop.xlsx');
    openpyxl(summary, "wb['Rà soát'].title = 'Rà soát HĐ 2026'");
    await savedByLibreOffice(summary);
    const kept = process.env.THIDUA_KEPT_BYTES;
    process.env.THIDUA_KEPT_BYTES = '0';
    try {
      const run = await runInProcess(args, dir, (line) => line.startsWith('Đang ghi') && line.includes('bản đã chấm') && rmSync(report));
      expect(run.stderr).toContain('tram-y-te-ta-ma.xlsx');
      expect(unwrapped(run.stdout)).toContain('      … và 2 cảnh báo khác: xem ket-qua/tong-hop.xlsx (cột Cảnh báo, trang «Rà soát HĐ 2026»)');
      expect(JSON.parse(openpyxl(summary, 'print(json.dumps(wb.sheetnames, ensure_ascii=False))'))).toContain('Rà soát HĐ 2026');
    } finally {
      if (kept === undefined) delete process.env.THIDUA_KEPT_BYTES;
      else process.env.THIDUA_KEPT_BYTES = kept;
    }
  });

  it('wraps each flag at the width, 100 into a pipe, between words only: its words joined back are the flag --json gives', async () => {
    const out = await tempDir();
    const doc = ScoreRunOutput.parse(JSON.parse((await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--out', out, '--json'], ROOT)).stdout));
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--out', out], ROOT);
    // The lines under the units (file and sheet, flags, «… và K cảnh báo khác»), some of them wrapped.
    const under = run.stdout.split('\n').filter((l) => l.startsWith('      '));
    expect(under.filter((l) => l.length > 100)).toEqual([]);
    expect(under.filter((l) => l.startsWith(HANGING)).length).toBeGreaterThan(5);
    const said = unwrapped(run.stdout).filter((l) => l.startsWith('      - ')).map((l) => l.slice('      - '.length));
    const flag = (f: Flag) => `${SEVERITY_LABEL[f.severity]}${f.cell ? ` · ô ${f.cell}` : ''} — ${flagTitle(f.code)}: ${textAfterCell(f.message, f.cell)}`;
    const given = doc.cards.flatMap((card) => flagsOfCard(card, []).slice(0, FLAGS_SHOWN).map((r) => flag(r.flag)));
    expect(said.length).toBeGreaterThan(10);
    expect([...said].sort()).toEqual([...given].sort());
  });

  it('lists a unit scored but not ranked, a report sent twice, with why and its flags', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'bao-cao'));
    for (const name of ['ban-ta-ma.xlsx', 'ban-ta-ma-gui-lai.xlsx']) await copyFile(join(ROOT, 'examples', 'bao-cao', 'ban-ta-ma.xlsx'), join(dir, 'bao-cao', name));
    const json = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], dir);
    const doc = ScoreRunOutput.parse(JSON.parse(json.stdout));
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua'], dir);
    expect(doc.omitted).toHaveLength(1);
    // Its flags: #DIV/0!, the report sent twice, the formula, and HTS2's 15 typed for the 14,06 its figures give.
    expect(run.stdout).toContain(`Không xếp hạng (1):\n  ${doc.omitted[0]!.what}: ${doc.omitted[0]!.why}\n  Bản Ta Ma: không xếp hạng · 4 cảnh báo\n`);
    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    expectPlainFlags(run.stdout, doc, review!.values);
  });
});
