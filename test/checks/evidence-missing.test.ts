import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'yes_no', rule: { kind: 'yes_no' }, evidenceRequired: true }),
    criterion({ code: 'CQS-02', measure: 'yes_no', rule: { kind: 'yes_no' } }),
  ],
});
const report = (evidence: string | null) =>
  makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-01', result: 'Có', evidence }, { code: 'CQS-02', result: 'Có' }] });

describe('evidence-missing', () => {
  it('flags a required evidence cell left blank', () => {
    expect(flagsOf('evidence-missing', set, report('  '))).toEqual([
      {
        code: 'evidence-missing',
        severity: 'warning',
        message: 'Ô F9: chưa có minh chứng, tiêu chí yêu cầu minh chứng (tiêu chí «Tiêu chí CQS-01»)',
        sheet: 'Báo cáo',
        cell: 'F9',
        criterion: 'CQS-01',
        details: { row: 9 },
      },
    ]);
  });

  it('does not flag given evidence, nor criteria that do not require it', () => {
    expect(flagsOf('evidence-missing', set, report('QĐ số 12/QĐ-UBND ngày 05/3/2025'))).toEqual([]);
  });
});

describe('evidence-missing on Hải Phòng’s form for civil servants with the discipline row the officer adds (evidence: the disciplinary decision)', () => {
  let set: CriteriaSet;
  beforeAll(async () => {
    ({ set } = await haiPhongCivilServantSet());
  }, 300_000);
  const report = (name: string, kl: { selfScore?: number; result?: number; evidence?: string }) =>
    makeReport({ sheet: name, unitName: name, unitKind: 'Cá nhân', rows: set.criteria.map((c) => (c.code === 'KL' ? { code: 'KL', ...kl } : { code: c.code, selfScore: c.maxPoints, evidence: 'Phiếu KPI' })) });

  it('asks no proof of a discipline no one had: the row left blank, or 0', () => {
    expect(flagsOf('evidence-missing', set, report('Nguyễn Thị Hương', {}))).toEqual([]);
    expect(flagsOf('evidence-missing', set, report('Vũ Thị Mai', { result: 0 }))).toEqual([]);
  });

  it('asks it of the one disciplined, until he gives it', () => {
    expect(flagsOf('evidence-missing', set, report('Đỗ Văn Nam', { result: 1 })).map((f) => f.criterion)).toEqual(['KL']);
    expect(flagsOf('evidence-missing', set, report('Đỗ Văn Nam', { result: 1, evidence: 'QĐ 15/QĐ-UBND ngày 20/6/2026' }))).toEqual([]);
  });
});
