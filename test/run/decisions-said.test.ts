// What a run says of the council's decisions (core/run/decisions-said.ts) on Hải Phòng's form for a ward's civil
// servants: a «Giải trình» asked on a figure the person then corrected waits for nothing — said as kept, never among
// those «chờ giải trình», as closing counts it, and named at its cell with what the council decided — while one asked on a
// flag still standing is said waiting.
import { beforeAll, describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { decisionsSaid, standingDecisions } from '../../core/run/decisions-said.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { ORPHANS_TITLE } from '../../core/workbook/plan-review.js';
import { flagTitle } from '../../core/checks/titles.js';
import { haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';
import { makeReport } from '../helpers/make-report.js';

describe('the council’s «Giải trình» on Hải Phòng’s form for civil servants', () => {
  let set: CriteriaSet;
  beforeAll(async () => {
    ({ set } = await haiPhongCivilServantSet());
  }, 300_000);
  // Every row as the person filled it: full points but where typed otherwise, the discipline row left blank (none).
  const card = (name: string, typed: Record<string, string | number>) =>
    score(set, makeReport({ sheet: name, unitName: name, unitKind: 'Cá nhân', rows: set.criteria.map((c) => (c.code === 'KL' ? { code: 'KL' } : { code: c.code, selfScore: typed[c.code] ?? c.maxPoints })) }));
  const asked = (name: string, flagCode: string, cell: string): CouncilDecision => ({ sheet: name, unitName: name, flagCode, cell, decision: 'explain', reviewer: 'Phạm Văn Đức', date: '2026-11-25', comment: 'Đề nghị giải trình' });

  it('says a corrected figure’s «Giải trình» kept, and only the standing one waiting', () => {
    // Phạm Thị Lan typed «hai mươi tư» at II.1 (words no figure reads); the council asked her to explain; she typed 24.
    const lanBefore = card('Phạm Thị Lan', { 'II.1': 'hai mươi tư' });
    const lanCell = lanBefore.flags.find((f) => f.code === 'unparseable-value')!.cell!;
    const lan = card('Phạm Thị Lan', { 'II.1': 24 });
    // Vũ Thị Mai typed 32 at II.2 (of 30); asked to explain, she has not yet.
    const mai = card('Vũ Thị Mai', { 'II.2': 32 });
    const maiCell = mai.flags.find((f) => f.code === 'self-score-over-max')!.cell!;
    const decisions = [asked('Phạm Thị Lan', 'unparseable-value', lanCell), asked('Vũ Thị Mai', 'self-score-over-max', maiCell)];
    expect(decisionsSaid(decisions, [lan, mai], [], COUNCIL_SHEET_NAMES).map((l) => l.text)).toEqual([
      'Đã áp dụng 1 quyết định của Hội đồng; 1 quyết định không còn cảnh báo, vẫn giữ trong «Rà soát»:',
      `  - Trang «Phạm Thị Lan», ô ${lanCell} (Phạm Thị Lan): quyết định «Giải trình», Phạm Văn Đức, 25/11/2026 về cảnh báo «${flagTitle('unparseable-value')}» — lần chấm này không còn cảnh báo ấy: không áp, vẫn giữ ở bảng «${ORPHANS_TITLE}» cuối trang «Rà soát».`,
      'Rà soát: 1 chờ giải trình.',
    ]);
    expect(standingDecisions(decisions, [lan, mai]).map((d) => d.unitName)).toEqual(['Vũ Thị Mai']);
  });
});
