// The document the set's «Căn cứ» gives, as the papers cite it: a ward scoring its civil servants by Hải Phòng's
// Decision 212/2025/QĐ-UBND typed «Quyết định số 212/2025/QĐ-UBND» and its draft decision cited «Căn cứ Kế hoạch số
// Quyết định số 212/2025/QĐ-UBND ngày 18/11/2025 …».
import { describe, expect, it } from 'vitest';
import { defaultPaperOptions, papersOf } from '../../core/papers/index.js';
import { closedFixture, paperText } from './closed-fixture.js';

const TITLE = 'Ban hành Quy định về tiêu chí đánh giá, xếp loại chất lượng cán bộ, công chức tại các sở, ban, ngành, Ủy ban nhân dân xã, phường, đặc khu và viên chức';

/** The draft decision's text with the set's «Căn cứ» as typed. */
function decision(document: string): string {
  const closed = closedFixture();
  closed.record.set = { ...closed.record.set, legalBasis: { document, date: '2025-11-18', title: TITLE } };
  return paperText(papersOf(closed, defaultPaperOptions(closed)).find((p) => p.name.startsWith('du-thao-quyet-dinh'))!);
}

describe('the «Căn cứ» the papers cite', () => {
  it('cites a document that names its kind as written, never a plan before it', () => {
    const text = decision('Quyết định số 212/2025/QĐ-UBND');
    expect(text).toContain('Căn cứ Quyết định số 212/2025/QĐ-UBND ngày 18/11/2025 về');
    expect(text).not.toContain('Kế hoạch số Quyết định');
  });

  it('names a bare number by the kind its symbol gives, a plan when its symbol gives none', () => {
    expect(decision('212/2025/QĐ-UBND')).toContain('Căn cứ Quyết định số 212/2025/QĐ-UBND ngày 18/11/2025 về');
    expect(decision('157/KH-UBND')).toContain('Căn cứ Kế hoạch số 157/KH-UBND ngày 18/11/2025 về');
    expect(decision('Kế hoạch số 157/KH-UBND')).toContain('Căn cứ Kế hoạch số 157/KH-UBND ngày 18/11/2025 về');
  });
});

// Made for: an officer's walk of Hải Phòng's scoring of a ward's civil servants.
