// Quotas typed as shares («không quá 15% số cá nhân»): read from a «Tiêu chí» sheet openpyxl wrote as an officer
// types them — text «cá nhân: 15%», a plan's words, 0,15 in Excel's percent format, «15» under «Tỷ lệ (%)» — and
// turned into places of the units the run ranks, the figure and its rounding said on each proposal's row.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import { WhatItTakes } from '../../excel-addin/shared/WhatItTakes.js';
import type { AwardQuota, CriteriaSet } from '../../core/criteria/schema.js';
import { criteriaSetToGrid, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { shortfalls } from '../../core/ranking/what-it-takes.js';
import { rank } from '../../core/ranking/rank.js';
import { defaultRound } from '../../core/ranking/rounds.js';
import { recordRun } from '../../core/run/closing.js';
import { decideRun } from '../../core/run/decide-run.js';
import { planSummaryWorkbook, wholeSummary } from '../../core/run/plan-copy.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { score } from '../../core/checks/run.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';
import { asSheetRow, PANEL, panelRows, sheetRow, sorted } from '../helpers/what-it-takes-panel.js';
import { runInProcess, runOk, tempDir, type Run } from '../cli/helpers.js';

/**
 * The award rows' quota cells of the set's «Tiêu chí» sheet (argv 1) typed in Excel's place (argv 2: [value, number
 * format or null, header of the column or null for «Chỉ tiêu»] a row, in order), saved as argv 3. A header the sheet
 * lacks («Tỷ lệ (%)») is typed in the first empty cell of the awards' header row.
 */
const TYPE_QUOTAS = `
import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1]); ws = wb['Tiêu chí']
head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == 'Hình thức')
col = {ws.cell(head, k).value: k for k in range(1, 20) if ws.cell(head, k).value}
for i, (value, fmt, header) in enumerate(json.loads(sys.argv[2])):
    if header and header not in col:
        col[header] = next(k for k in range(2, 20) if ws.cell(head, k).value is None)
        ws.cell(head, col[header], header)
    ws.cell(head + 1 + i, col['Chỉ tiêu']).value = None
    cell = ws.cell(head + 1 + i, col[header or 'Chỉ tiêu'], value)
    if fmt: cell.number_format = fmt
wb.save(sys.argv[3])
`;

const criteria = [criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 100 }, maxPoints: 100 })];
const form = (id: string, label: string, quotas: AwardQuota[]) => ({ id, label, level: 'xa' as const, round: 'hang-nam' as const, minClassification: 'tot', gateCriteria: [], quotas, source: '' });
const setWith = (quotas: AwardQuota[][]): CriteriaSet => ({
  ...makeSet({ criteria }),
  awards: { forms: quotas.map((q, i) => form(`f${i + 1}`, `Hình thức ${i + 1}`, q)), tieBreaks: ['percent', 'total', 'name'] },
});
/** `n` persons at 100 %, 99 %, …: each reaches «Tốt». */
const persons = (set: CriteriaSet, n: number) =>
  Array.from({ length: n }, (_, i) => score(set, makeReport({ sheet: `P${i + 1}`, unitName: `Người ${i + 1}`, unitKind: 'Cá nhân', rows: [['CQS-01', `${100 - i}%`]] })));

let dir: string;
/** What `criteria export` said of each sheet typed, and the set it wrote. */
const exported = {} as Record<'typed' | 'share' | 'wrong' | 'of' | 'unknown' | 'circle', Run & { quotas: AwardQuota[][] | undefined }>;

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await thidua('criteria', 'export', 'ta-ma-2025', '--out', 'bo.xlsx');
  const typed = (name: string, rows: unknown[]) => execFileSync('/usr/bin/python3', ['-c', TYPE_QUOTAS, join(dir, 'bo.xlsx'), JSON.stringify(rows), join(dir, name)]);
  // Ta Ma's four yearly forms, their quota cells typed anew.
  typed('typed.xlsx', [['cá nhân: 15%', null, null], ['không quá 15% số tập thể (làm tròn lên)', null, null], [0.15, '0%', null], ['tập thể: 5; cá nhân: 5', null, null]]);
  typed('share.xlsx', [[15, null, 'Tỷ lệ (%)'], ['cá nhân: 20', null, 'Tỷ lệ (%)']]);
  typed('wrong.xlsx', [['cá nhân: 15%%', null, null], [0.15, null, 'Tỷ lệ (%)']]);
  // The law's words for Chiến sĩ thi đua cơ sở, of Ta Ma's second yearly form: a share of its holders.
  typed('of.xlsx', [['không quá 15% số cá nhân đạt danh hiệu Giấy khen của Chủ tịch UBND huyện', null, null]]);
  typed('unknown.xlsx', [['không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến', null, null]]);
  typed('circle.xlsx', [['15% số cá nhân đạt Giấy khen của Chủ tịch UBND huyện', null, null], ['20% số cá nhân đạt «Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)»', null, null]]);
  for (const name of ['typed', 'share', 'wrong', 'of', 'unknown', 'circle'] as const) {
    const run = await runInProcess(['criteria', 'export', `${name}.xlsx`, '--out', `${name}.json`], dir);
    const quotas = run.code === 0 ? (JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as CriteriaSet).awards.forms.map((f) => f.quotas) : undefined;
    exported[name] = { ...run, quotas };
  }
}, 120_000);

describe('a quota typed as a share on the «Tiêu chí» sheet', () => {
  it('reads «cá nhân: 15%», a plan’s «không quá 15% số tập thể (làm tròn lên)» and 0,15 in a percent format as 15 %, saying at each cell of what and how rounded', () => {
    const said = exported.typed.stdout + exported.typed.stderr;
    expect(exported.typed.code).toBe(0);
    expect(exported.typed.quotas).toEqual([
      [{ subject: 'individual', percent: 15 }],
      [{ subject: 'collective', percent: 15, rounding: 'up' }],
      [{ subject: 'all', percent: 15 }],
      [{ subject: 'collective', max: 5 }, { subject: 'individual', max: 5 }],
    ]);
    expect(said).toContain('ô G96: Chỉ tiêu «cá nhân: 15%»: 15% số cá nhân được chấm điểm, xếp hạng trong lượt chấm (đã nộp báo cáo), làm tròn xuống để không vượt 15% — ô không ghi cách làm tròn; ghi thêm «(làm tròn lên)» nếu kế hoạch quy định');
    expect(said).toContain('ô G97: Chỉ tiêu «không quá 15% số tập thể (làm tròn lên)»: 15% số tập thể được chấm điểm, xếp hạng trong lượt chấm (đã nộp báo cáo), làm tròn lên như ô ghi');
    expect(said).toContain('ô G98: Chỉ tiêu «15%»: 15% số đơn vị (tập thể và cá nhân chung) được chấm điểm, xếp hạng');
  });

  it('reads the figures under «Tỷ lệ (%)» as percentages: «15» of all units, «cá nhân: 20»', () => {
    expect(exported.share.code).toBe(0);
    expect(exported.share.quotas!.slice(0, 2)).toEqual([[{ subject: 'all', percent: 15 }], [{ subject: 'individual', percent: 20 }]]);
    expect(exported.share.stdout + exported.share.stderr).toContain('Chỉ tiêu «15» ở cột «Tỷ lệ (%)»: 15% số đơn vị');
  });

  it('says a quota it cannot read at its cell, and 0,15 under «Tỷ lệ (%)» as a doubt, never a guess: nothing written', () => {
    const said = exported.wrong.stdout + exported.wrong.stderr;
    expect(exported.wrong.code).not.toBe(0);
    expect(said).toContain('ô G96: Không hiểu chỉ tiêu khen thưởng «cá nhân: 15%%»');
    expect(said).toMatch(/ô [A-Z]97: Tỷ lệ khen thưởng «0,15» dưới 1%: ghi 15 nếu là 15%/);
  });

  it('writes a share back as «cá nhân: 15% (làm tròn lên)» in «Chỉ tiêu» and reads it the same', () => {
    const set = setWith([[{ subject: 'individual', percent: 15, rounding: 'up' }], [{ subject: 'all', percent: 12.5 }]]);
    const read = readCriteriaSheet({ name: 'Tiêu chí', values: criteriaSetToGrid(set) }, { fileName: 'bo.xlsx' });
    expect(read.ok ? read.set.awards.forms.map((f) => f.quotas) : read).toEqual([[{ subject: 'individual', percent: 15, rounding: 'up' }], [{ subject: 'all', percent: 12.5 }]]);
  });
});

describe('a quota typed as a share of those reaching another form («không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến»)', () => {
  it('reads the form it is of from the sheet’s own forms, saying at the cell of whom the share is taken', () => {
    expect(exported.of.code).toBe(0);
    expect(exported.of.quotas![0]).toEqual([{ subject: 'individual', percent: 15, of: 'giay-khen-huyen' }]);
    expect(exported.of.stdout + exported.of.stderr).toContain(
      'ô G96: Chỉ tiêu «không quá 15% số cá nhân đạt danh hiệu Giấy khen của Chủ tịch UBND huyện»: 15% số cá nhân đạt Giấy khen của Chủ tịch UBND huyện trong lượt chấm (sau quyết định của Hội đồng), làm tròn xuống để không vượt 15%',
    );
  });

  it('says a form the sheet does not have, and a circle of two shares, at their cells: no quota taken, nothing written', () => {
    expect(exported.unknown.code).not.toBe(0);
    expect(exported.unknown.stdout + exported.unknown.stderr).toContain('ô G96: Chỉ tiêu «không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến»: «danh hiệu Lao động tiên tiến» không phải hình thức khen thưởng nào của mục (viết tên hình thức như ở cột «Hình thức»: «Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)», «Giấy khen của Chủ tịch UBND huyện»');
    const said = exported.circle.stdout + exported.circle.stderr;
    expect(exported.circle.code).not.toBe(0);
    expect(said).toContain(
      'ô G96: Chỉ tiêu «15% số cá nhân đạt Giấy khen của Chủ tịch UBND huyện» của Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm) tính theo số đạt Giấy khen của Chủ tịch UBND huyện, mà chỉ tiêu của Giấy khen của Chủ tịch UBND huyện lại tính (trực tiếp hay qua hình thức khác) theo số đạt Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm): vòng tròn, không tính được',
    );
    expect(said).toMatch(/ô G97: Chỉ tiêu «20% số cá nhân đạt «Bằng khen của Chủ tịch UBND tỉnh \(khen thưởng hằng năm\)»» của Giấy khen/);
  });

  it('writes the share back in the plan’s words and reads it the same', () => {
    const set = setWith([[{ subject: 'individual', percent: 15, rounding: 'up', of: 'f2' }], []]);
    const read = readCriteriaSheet({ name: 'Tiêu chí', values: criteriaSetToGrid(set) }, { fileName: 'bo.xlsx' });
    expect(read.ok ? read.set.awards.forms.map((f) => f.quotas) : read).toEqual([[{ subject: 'individual', percent: 15, rounding: 'up', of: 'f2' }], []]);
  });

  // Ten persons at 100 % … 94 % (7 «Xuất sắc») and 80, 70, 60 %: f1 (Chiến sĩ thi đua cơ sở) takes 15 % of those
  // reaching f2 (Lao động tiên tiến, from «Xuất sắc»), the set read from the sheet above.
  const PERCENTS = [100, 99, 98, 97, 96, 95, 94, 80, 70, 60];
  const lawSet = (council?: CriteriaSet['council']): CriteriaSet => {
    const base = setWith([exported.of.quotas![0]!.map((q) => ({ ...q, of: 'f2' })), []]);
    const [cstd, ldtt] = base.awards.forms;
    return {
      ...base,
      ...(council ? { council } : {}),
      awards: { ...base.awards, forms: [{ ...cstd!, label: 'Chiến sĩ thi đua cơ sở', minClassification: 'xuat-sac' }, { ...ldtt!, label: 'Lao động tiên tiến', minClassification: 'xuat-sac' }] },
    };
  };
  const tenOf = (set: CriteriaSet, decisions: CouncilDecision[] = []) =>
    PERCENTS.map((pc, i) => score(set, makeReport({ sheet: `P${i + 1}`, unitName: `Người ${i + 1}`, unitKind: 'Cá nhân', rows: [['CQS-01', `${pc}%`]] }), { decisions }));
  /** The council rejects Người 7's figure (94 %, «Xuất sắc»); under «không xét khen thưởng» it keeps him from every form. */
  const reject: CouncilDecision = { sheet: 'P7', unitName: 'Người 7', flagCode: 'ratio-mismatch', criterion: 'CQS-01', decision: 'reject', reviewer: 'Hội đồng', date: '2025-11-20', comment: '' };

  it('counts 15 % of the 7 reaching Lao động tiên tiến, not of the 10 ranked: 1,05, one place, said with its base', () => {
    const set = lawSet();
    const proposals = proposeAwards(set, tenOf(set));
    expect(proposals.filter((p) => p.proposed).map((p) => [p.form, p.unitName])).toEqual([['f1', 'Người 1']]);
    expect(proposals[0]!.reason).toBe('Đề xuất: Xuất sắc 100%, hạng 1 — trong chỉ tiêu 1 cá nhân (15% của 7 cá nhân đạt Lao động tiên tiến = 1,05, làm tròn xuống; kế hoạch không nêu cách làm tròn)');
    expect(proposals.find((p) => p.unitName === 'Người 2' && p.form === 'f1')!.reason).toBe('Không đề xuất: ngoài chỉ tiêu (hạng 2, chỉ tiêu 1 (15% của 7 cá nhân đạt Lao động tiên tiến = 1,05, làm tròn xuống; kế hoạch không nêu cách làm tròn))');
  });

  it('counts after the council’s decisions: a rejected figure keeping one from awards leaves 6 — 0,9, no place', () => {
    const set = lawSet({ ...lawSet().council, onRejectedFigure: 'exclude_from_awards' });
    const proposals = proposeAwards(set, tenOf(set, [reject]), { decisions: [reject] });
    expect(proposals.filter((p) => p.proposed)).toEqual([]);
    expect(proposals[0]!.reason).toBe('Không đề xuất: ngoài chỉ tiêu (hạng 1, chỉ tiêu 0 (15% của 6 cá nhân đạt Lao động tiên tiến = 0,9, làm tròn xuống; kế hoạch không nêu cách làm tròn))');
  });

  it('the closed record counts the same places as the proposals, with the decisions, whether or not the cards were scored with them', () => {
    const set = lawSet({ ...lawSet().council, onRejectedFigure: 'exclude_from_awards' });
    for (const cards of [tenOf(set), tenOf(set, [reject])]) {
      const proposals = proposeAwards(set, cards, { decisions: [reject] });
      const record = recordRun(set, { cards, ranking: rank(set, cards), proposals, round: defaultRound(set), scoredOn: '2025-11-25', files: [], decisions: [reject] });
      // The minutes and the papers print the record's places: 15 % of the 6 the proposals counted, no place.
      expect(record.forms.find((f) => f.id === 'f1')!.quotas).toEqual([{ subject: 'individual', max: 0, share: { percent: 15, base: 6, rounding: 'down', stated: false, of: 'Lao động tiên tiến' } }]);
    }
  });

  it('«Còn thiếu gì» counts the same places as the proposals, with the decisions, whether or not the cards were scored with them', () => {
    const set = lawSet({ ...lawSet().council, onRejectedFigure: 'exclude_from_awards' });
    for (const cards of [tenOf(set), tenOf(set, [reject])]) {
      // tong-hop.xlsx as the run plans it: «Đề xuất khen thưởng» says no place for Chiến sĩ thi đua cơ sở (15% của 6 = 0,9).
      const run = decideRun(set, [{ cards }], { decisions: [reject] });
      expect(run.proposals.filter((p) => p.proposed)).toEqual([]);
      const { edit } = wholeSummary(planSummaryWorkbook(set, run, [reject], { date: '2025-11-25', closed: [], files: [] }));
      const rows = applyEditToValues([], edit.sheets.find((s) => s.sheet === SHORTFALL_SHEET)!);
      // Người 8 (80 %) is shown the way to Lao động tiên tiến, never to a Chiến sĩ thi đua cơ sở the quota has no place for.
      expect(rows.filter((r) => r[1] === 'Người 8').map((r) => r[2])).toEqual(['Xuất sắc', 'Lao động tiên tiến: đủ điều kiện để Hội đồng xét (từ Xuất sắc)']);
      const ways = shortfalls(set, cards, run.proposals, [reject]);
      expect(ways.find((w) => w.unitName === 'Người 8')!.award!.goal).toBe('Lao động tiên tiến: đủ điều kiện để Hội đồng xét (từ Xuất sắc)');
      // Người 7, whose figure the council rejected, is kept from every form as the proposals keep him: no points do it.
      expect(ways.find((w) => w.unitName === 'Người 7')!.award).toMatchObject({ reachable: false, need: 0, steps: [], words: 'Không thể đạt Chiến sĩ thi đua cơ sở (từ Xuất sắc) dù thêm điểm: Hội đồng bác số liệu tiêu chí «Tiêu chí CQS-01»' });
      // The panel the pane and the page draw, given the run as they hold it (its cards, proposals and decisions): the same rows as the sheet.
      const pane = { t: translator('vi'), lang: 'vi', mode: 'excel', busy: false, hasWorkbook: true, round: run.round } as unknown as PaneContext;
      const html = renderToStaticMarkup(createElement(Pane.Provider, { value: pane }, createElement(WhatItTakes, { set, cards, proposals: run.proposals, decisions: [reject], round: run.round })));
      const drawn = panelRows(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector(PANEL)!);
      expect(sorted(drawn.map(asSheetRow))).toEqual(sorted(rows.filter((r) => typeof r[0] === 'number').map(sheetRow)));
    }
  });
});

describe('places of a share among the units ranked', () => {
  it('15 % of 8 persons is 1,2: one place, rounded down and said so; rounded up where the plan says: two', () => {
    const set = setWith([[{ subject: 'individual', percent: 15 }], [{ subject: 'individual', percent: 15, rounding: 'up' }]]);
    const proposals = proposeAwards(set, persons(set, 8));
    expect(proposals.filter((p) => p.proposed).map((p) => [p.form, p.unitName])).toEqual([['f1', 'Người 1'], ['f2', 'Người 2'], ['f2', 'Người 3']]);
    expect(proposals[0]!.reason).toBe('Đề xuất: Xuất sắc 100%, hạng 1 — trong chỉ tiêu 1 cá nhân (15% của 8 cá nhân được chấm điểm, xếp hạng = 1,2, làm tròn xuống; kế hoạch không nêu cách làm tròn)');
    // Người 1 holds f1; of the 7 left for f2, the quota is still of the 8 ranked: 1,2 up is 2.
    expect(proposals.find((p) => p.form === 'f2' && p.unitName === 'Người 2')!.reason).toContain('trong chỉ tiêu 2 cá nhân (15% của 8 cá nhân được chấm điểm, xếp hạng = 1,2, làm tròn lên như kế hoạch ghi)');
    expect(proposals.find((p) => p.form === 'f2' && p.unitName === 'Người 4')!.reason).toContain('Không đề xuất: ngoài chỉ tiêu (hạng 3, chỉ tiêu 2 (15% của 8 cá nhân');
  });

  it('tells a person left out what it takes: above the last within the share’s one place', () => {
    const set = setWith([[{ subject: 'individual', percent: 15 }]]);
    const cards = persons(set, 8);
    const second = shortfalls(set, cards, proposeAwards(set, cards), []).find((s) => s.unitName === 'Người 2')!;
    expect(second.award?.goal).toBe('Hình thức 1 (hơn 100% của đơn vị cuối trong chỉ tiêu 1)');
  });

  it('a whole figure is said without rounding: 15 % of 20 is 3', () => {
    const set = setWith([[{ subject: 'all', percent: 15 }]]);
    const proposals = proposeAwards(set, persons(set, 20));
    expect(proposals.filter((p) => p.proposed).length).toBe(3);
    expect(proposals[0]!.reason).toContain('trong chỉ tiêu 3 đơn vị (15% của 20 đơn vị được chấm điểm, xếp hạng = 3)');
  });
});

// Made for quotas typed as shares (core/ranking/quota-places.ts; «Chỉ tiêu» and «Tỷ lệ (%)» of the «Tiêu chí» sheet).
