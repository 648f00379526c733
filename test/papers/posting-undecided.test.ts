// A posting list made while the council has not decided its nominees' flags carries their points as scored: said before
// it is posted, naming each flag, and no longer once the council has decided them.
import { describe, expect, it } from 'vitest';
import { postingUndecided } from '../../core/papers/nominee-list.js';
import { CouncilDecision } from '../../core/council/decision.js';
import { flagOfUnit } from '../../core/council/merge.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { closedFixture } from './closed-fixture.js';

describe('a posting list over nominees the council has not decided', () => {
  const { record } = closedFixture();
  const listed = record.units.filter((u) => u.proposals.some((p) => p.proposed || p.eligible) && (u.flags ?? []).length > 0);
  const flags = listed.flatMap((u) => (u.flags ?? []).map((f) => ({ sheet: u.sheet, unitName: u.unitName, flagCode: f.code, ...(f.cell ? { cell: f.cell } : {}) })));

  it('says each of their flags, by unit and cell, with where the council decides', () => {
    expect(flags.length).toBeGreaterThan(0);
    const said = postingUndecided(record, { decisions: [], unread: [] }, { ...COUNCIL_SHEET_NAMES, review: 'Rà soát HĐ' })!;
    expect(said).toMatch(new RegExp(`^Danh sách ghi điểm như đã chấm, khi Hội đồng chưa quyết định ${flags.length} mục của người có tên: `));
    expect(said).toContain(`${flags[0]!.unitName} — `);
    expect(said).toMatch(/Hội đồng quyết định ở trang «Rà soát HĐ», chấm lại rồi lập lại danh sách nếu kết quả đổi\.$/);
    // A unit not on the list is not named.
    for (const u of record.units.filter((x) => !x.proposals.some((p) => p.proposed || p.eligible))) expect(said).not.toContain(`${u.unitName} — `);
  });

  it('says nothing once every one is decided', () => {
    const decisions = flags.map((f) => CouncilDecision.parse({ ...f, decision: 'accept', reviewer: 'Lò Văn Thành', date: '2026-11-20' }));
    expect(new Set(decisions.map(flagOfUnit)).size).toBe(flags.length);
    expect(postingUndecided(record, { decisions, unread: [] }, COUNCIL_SHEET_NAMES)).toBeUndefined();
  });
});
