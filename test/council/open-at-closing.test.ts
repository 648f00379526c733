// What is still open at closing (core/run/open-at-closing.ts), from a record's flags and the council's «Rà soát»:
// each step of a flag's review counted where it stands; the answer sealed with the round and printed on «Chốt kết
// quả»; a round closed before it was kept still reads, its seal and its sheet as they were.
import { describe, expect, it } from 'vitest';
import { CouncilDecision } from '../../core/council/decision.js';
import type { TypedReview } from '../../core/council/merge.js';
import { brokenSeals, closeRound, ClosedRounds, recordRun, type ClosedRound, type RunRecord } from '../../core/run/closing.js';
import { keepsFlags, openAtClosing, openAtClosingSentence, openCount, openLines } from '../../core/run/open-at-closing.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { sealOf } from '../../core/run/seal.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { criterion, makeSet } from '../helpers/make-report.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

const unit = (name: string, flags: { code: string; severity: 'error' | 'warning' | 'info'; cell?: string }[]) => ({ sheet: name, unitName: name, flags });
const decided = (unitName: string, flagCode: string, cell: string, extra: Partial<CouncilDecision> = {}): CouncilDecision =>
  CouncilDecision.parse({ sheet: unitName, unitName, flagCode, cell, decision: 'accept', ...extra });
const NONE: TypedReview = { decisions: [], unread: [] };

const record = {
  units: [
    unit('Bản A', [{ code: 'numerator-exceeds-denominator', severity: 'error', cell: 'H19' }, { code: 'late-submission', severity: 'warning', cell: 'C9' }]),
    unit('Bản B', [{ code: 'unparseable-value', severity: 'error', cell: 'G17' }, { code: 'evidence-missing', severity: 'warning', cell: 'J14' }]),
    unit('Bản C', [{ code: 'missing-value', severity: 'warning', cell: 'G16' }]),
  ],
  notScored: [{ what: 'ban-d.xlsx', why: 'tệp hỏng' }],
};

describe('what is still open at closing', () => {
  it('counts every flag undecided and every error no decision touches, names units awaiting explanation and files not scored', () => {
    const open = openAtClosing(record, NONE);
    expect([open.undecided.length, open.errors.length, open.awaitingExplanation, open.notScored.length]).toEqual([5, 2, [], 1]);
    expect(openCount(open)).toBe(6);
    expect(openAtClosingSentence(open)).toBe('Khi chốt còn 5 cảnh báo chưa quyết định, 2 lỗi chưa rà soát, 1 tệp hoặc trang không chấm được.');
    expect(openLines(open, COUNCIL_SHEET_NAMES).map((l) => l.text)).toEqual([
      '5 cảnh báo chưa quyết định ở «Rà soát»: Bản A: 2; Bản B: 2; Bản C: 1.',
      '2 lỗi chưa rà soát: Bản A — Tử số lớn hơn mẫu số (ô H19); Bản B — Số liệu không đọc được (ô G17).',
      '1 tệp hoặc trang không chấm được: ban-d.xlsx (tệp hỏng).',
    ]);
  });

  it('follows each flag’s review: accepted, asked to explain, explained, decided twice, held as typed', () => {
    const review: TypedReview = {
      decisions: [
        decided('Bản A', 'numerator-exceeds-denominator', 'H19', { decision: 'explain' }), // awaiting the unit's answer
        decided('Bản A', 'late-submission', 'C9', { decision: 'explain', explanation: { text: 'Mất điện', by: '', date: '' } }), // answered: awaiting lần 2
        decided('Bản B', 'evidence-missing', 'J14', { decision: 'explain', explanation: { text: 'Đã bổ sung', by: '', date: '' }, second: { decision: 'accept', reviewer: '', date: '', comment: '' } }),
        decided('Bản C', 'missing-value', 'G16', { unitName: 'bản c' }), // the unit's name as typed by hand still finds its flag
      ],
      unread: [{ sheet: 'Bản B', unitName: 'Bản B', flagCode: 'unparseable-value', cell: 'G17' }],
    };
    const open = openAtClosing(record, review);
    expect(open.awaitingExplanation).toEqual(['Bản A']);
    expect(open.undecided.map((f) => `${f.unitName} ${f.cell}`)).toEqual(['Bản A C9', 'Bản B G17']);
    // The error held as typed has no decision in force; the one the council asked to explain has one.
    expect(open.errors.map((f) => `${f.unitName} ${f.cell}`)).toEqual(['Bản B G17']);
    expect(openAtClosingSentence(open)).toBe('Khi chốt còn 2 cảnh báo chưa quyết định, 1 lỗi chưa rà soát, 1 đơn vị chờ giải trình, 1 tệp hoặc trang không chấm được.');
  });

  it('knows when a record was written before flags were kept (it cannot say what is open)', () => {
    expect(keepsFlags(record)).toBe(true);
    expect(keepsFlags({ units: [...record.units, { sheet: 'Bản D', unitName: 'Bản D' }] })).toBe(false);
  });

  it('finds nothing open in a clean run, and says so', () => {
    const open = openAtClosing({ units: [unit('Bản A', [])], notScored: [] }, NONE);
    expect(openCount(open)).toBe(0);
    expect(openLines(open, COUNCIL_SHEET_NAMES)).toEqual([]);
    expect(openAtClosingSentence(open)).toMatch(/^Khi chốt không còn cảnh báo chưa quyết định/);
  });
});

describe('a round and what was open at its closing', () => {
  const set = makeSet({ criteria: [criterion({ code: 'A', measure: 'percent', rule: { kind: 'ratio' } })] });
  const plain = recordRun(set, { cards: [], ranking: [], proposals: [], round: 'hang-nam', scoredOn: '2025-11-20', files: ['a.cham-diem.xlsx'], decisions: [] });
  const withFlags = (digit: string): RunRecord => {
    const { seal: _, ...rest } = { ...plain, units: [{ ...unit('Bản A', [{ code: 'late-submission', severity: 'warning', cell: 'C9' }]), file: `a-${digit}`, kindLabel: 'Bản', collective: true, total: 1, applicableMax: 2, percent: 50, classification: null, rank: 1, proposals: [], achievements: [] }] };
    return { ...rest, seal: sealOf(rest) };
  };
  const close = (rounds: ClosedRound[], record: RunRecord, digit: string, acceptOpen: boolean) =>
    closeRound(rounds, record, [{ name: 'a.cham-diem.xlsx', sha256: digit.repeat(64) }], { closedBy: 'Lò Văn Thành', closedAt: '2025-11-24T09:30', reason: 'Bản A sửa số liệu' }, 'files', { review: NONE, sheets: COUNCIL_SHEET_NAMES, acceptOpen });

  it('is not closed until the council says so, and then is sealed with the round', () => {
    const record = withFlags('1');
    expect(close([], record, 'a', false)).toMatchObject({ kind: 'open', open: { undecided: [{ unitName: 'Bản A', title: 'Nộp báo cáo muộn', cell: 'C9' }] } });
    const closed = close([], record, 'a', true);
    if (closed.kind !== 'closed') throw new Error(closed.kind);
    expect(closed.round.open?.undecided).toHaveLength(1);
    expect(brokenSeals(closed.rounds)).toEqual([]);
    // What was open edited by hand in the stored round: its seal no longer holds.
    const hidden = [{ ...closed.round, open: { ...closed.round.open!, undecided: [] } }];
    expect(brokenSeals(ClosedRounds.parse(JSON.parse(JSON.stringify(hidden))))).toHaveLength(1);
  });

  it('keeps a round closed before it was kept readable: its seal holds, its sheet is as it was written, a later round adds the column', () => {
    const { open: _open, seal: _seal, ...kept } = (close([], plain, 'a', true) as { round: ClosedRound }).round;
    const old = ClosedRounds.parse(JSON.parse(JSON.stringify([{ ...kept, seal: sealOf(kept) }])));
    expect(old[0]!.open).toBeUndefined();
    expect(brokenSeals(old)).toEqual([]);
    const sheet = applyEditToValues([], planClosing(old));
    expect(sheet[2]).toEqual(['Lần', 'Người chốt', 'Thời điểm', 'Lý do chốt lại', 'Số tệp', 'Mã niêm phong (bản ghi chốt)']);

    const next = close(old, withFlags('2'), 'b', true);
    if (next.kind !== 'closed') throw new Error(next.kind);
    expect(brokenSeals(next.rounds)).toEqual([]);
    const both = applyEditToValues([], planClosing(next.rounds));
    expect(both[2]?.[6]).toBe('Còn mở khi chốt');
    expect([both[3]?.[6], both[4]?.[6]]).toEqual(['Không ghi (chốt bằng phiên bản trước)', 'Khi chốt còn 1 cảnh báo chưa quyết định.']);
    expect(both.map((r) => r[0])).toContain('1 cảnh báo chưa quyết định ở «Rà soát»: Bản A: 1.');
  });
});
