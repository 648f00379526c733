// Made for issue 35 item 4: the one sanitiser every writer passes text through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEL_HEADER_FOOTER_MAX, forbiddenIn, safeText, xmlSafe } from '../core/safe-text.js';

/** What XML 1.0's Char production allows. */
const xmlChar = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

describe('safeText', () => {
  it('leaves ordinary Vietnamese text as it is', () => {
    expect(safeText('Bản Hua Ca — Trường Tiểu học\nsố 2')).toEqual({ text: 'Bản Hua Ca — Trường Tiểu học\nsố 2', replaced: 0, cut: false });
  });

  it('turns a pasted Word line break into a space and removes what XML cannot carry', () => {
    expect(safeText('Đoàn\u000BThanh niên\uFFFF\uFFFE\u0001')).toEqual({ text: 'Đoàn Thanh niên', replaced: 4, cut: false });
    expect(forbiddenIn('a\u000Bb\uFFFFc\u000B')).toEqual(['U+000B', 'U+FFFF']);
  });

  it('keeps a letter outside the BMP and drops a lone surrogate', () => {
    expect(xmlSafe('𠀧\uD800x\uDC00')).toBe('𠀧x');
  });

  it('cuts to a limit with «…», never inside a surrogate pair', () => {
    const long = 'Ủy ban '.repeat(1000);
    const cut = safeText(long, EXCEL_HEADER_FOOTER_MAX);
    expect(cut.cut).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(EXCEL_HEADER_FOOTER_MAX);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(safeText('ab𠀧𠀧', 4).text).toBe('ab…');
  });

  it('gives only characters XML 1.0 allows, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 1, max: 80 }), (s, max) => {
        const { text } = safeText(s, max);
        for (const ch of text) expect(xmlChar(ch.codePointAt(0)!), JSON.stringify(ch)).toBe(true);
        expect(text.length).toBeLessThanOrEqual(Math.max(max, s.length > max ? max : s.length));
      }),
      { numRuns: 300 },
    );
  });
});
