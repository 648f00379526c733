// A ward's papers name it a ward: Hải Phòng's Lê Chân, scoring its civil servants, typed «Phường Lê Chân» as its
// commune and its draft decision was headed «ỦY BAN NHÂN DÂN / XÃ PHƯỜNG LÊ CHÂN», signed by the «CHỦ TỊCH ỦY BAN NHÂN
// DÂN XÃ PHƯỜNG LÊ CHÂN», on the proposal of the «Hội đồng Thi đua - Khen thưởng xã Phường Lê Chân», paid «từ quỹ thi
// đua, khen thưởng của xã».
import { describe, expect, it } from 'vitest';
import { defaultPaperOptions, papersOf } from '../../core/papers/index.js';
import { closedFixture, paperText } from './closed-fixture.js';

/** Every paper's text of the example's closed round with the set's commune as typed, spaces as spaces. */
function papers(commune: string): string {
  const closed = closedFixture();
  closed.record.set = { ...closed.record.set, commune };
  return papersOf(closed, defaultPaperOptions(closed)).map((p) => paperText(p).replace(/\u00A0/g, ' ')).join('\n');
}

describe('the place the papers name', () => {
  it('is a ward where the set writes «Phường …», never «xã Phường …»', () => {
    const text = papers('Phường Lê Chân');
    expect(text).toContain('PHƯỜNG LÊ CHÂN');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN');
    expect(text).toContain('Hội đồng Thi đua - Khen thưởng phường Lê Chân');
    expect(text).toContain('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Hội đồng Thi đua - Khen thưởng phường, các tập thể');
    expect(text).toContain('Hội đồng Thi đua - Khen thưởng phường kính trình Chủ tịch Ủy ban nhân dân phường Lê Chân');
    expect(text).toMatch(/quỹ thi đua, khen thưởng của phường\./u);
    // «Giấy khen của Chủ tịch Ủy ban nhân dân xã» is the example's award as its set names it: the set's words, kept.
    expect(text).not.toMatch(/xã Phường|Khen thưởng xã|nhân dân xã\)|nhân dân xã, Hội đồng/iu);
  });

  it('is a commune where the set writes the name alone, as before', () => {
    const text = papers('Ta Ma');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TA MA');
    expect(text).toContain('Hội đồng Thi đua - Khen thưởng xã Ta Ma');
  });
});

// Made for: an officer's walk of Hải Phòng's scoring of a ward's civil servants.
