import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord, labelLookup, matchesHeader, matchesLabel, normalizeLabel, phrase, phraseList } from '../core/text.js';

/** What normalizeLabel is defined to do, step by step (the fast path must give the same text). */
function byDefinition(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

describe('normalizeLabel', () => {
  it('drops diacritics, case, extra spaces and a trailing colon', () => {
    expect(normalizeLabel('Mã tiêu chí:')).toBe('ma tieu chi');
    expect(normalizeLabel('  ĐIỂM   TỰ\u00a0CHẤM : ')).toBe('diem tu cham');
    expect(normalizeLabel('Tỷ lệ (%)')).toBe('ty le (%)');
    // Decomposed input (typed on some keyboards) reads the same as precomposed.
    expect(normalizeLabel('Ke\u0302\u0301t qua\u0309')).toBe('ket qua');
    expect(normalizeLabel(':')).toBe('');
    expect(normalizeLabel('a::')).toBe('a:');
  });

  it('gives what its definition gives, for every character it folds and for other scripts', () => {
    for (let code = 0; code < 0x2400; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `Tổng ${ch} :`, `${ch}\u0301${ch}`]) expect(normalizeLabel(text)).toBe(byDefinition(text));
    }
  });

  it('gives what its definition gives on mixed Vietnamese text', () => {
    const pieces = [...'aăâdđeêioôơuưyAĂÂĐÊÔƠƯ:() \t\n\u00a0\u2003.,-%/–…“”≥≠', 'ạ', 'ấ', 'ề', 'ữ', 'Ỹ', '\u0301', '\u0323', 'İ', 'Σ', '한', '𝔸'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(normalizeLabel(text)).toBe(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('matchesLabel', () => {
  it('compares without diacritics or case, but a note makes another label', () => {
    const labels = ['Tổng', 'Tổng cộng'];
    expect(matchesLabel('TỔNG CỘNG:', labels)).toBe(true);
    expect(matchesLabel('Tổng (điểm)', labels)).toBe(false);
    expect(matchesLabel('Tổng số hồ sơ', labels)).toBe(false);
    expect(matchesLabel(100, labels)).toBe(false);
    expect(matchesLabel('', ['', 'Tổng'])).toBe(false);
  });
});

describe('matchesHeader', () => {
  it('leaves out a trailing note of the cell, not of the label', () => {
    expect(matchesHeader('Kết quả (%)', ['Kết quả'])).toBe(true);
    expect(matchesHeader('KẾT QUẢ (%):', ['Kết quả'])).toBe(true);
    expect(matchesHeader('Trực tuyến (%)', ['Trực tuyến (%)'])).toBe(true);
    expect(matchesHeader('Trực tuyến', ['Trực tuyến (%)'])).toBe(false);
    expect(matchesHeader('Kết quả thực hiện', ['Kết quả'])).toBe(false);
    expect(matchesHeader('(%)', ['Kết quả'])).toBe(false);
  });
});

describe('labelLookup', () => {
  const labels = { result: ['Kết quả', 'Kết quả thực hiện'], note: ['Ghi chú'], also: ['Ghi chú'] };

  it('names the first key listing the label the cell reads as', () => {
    const keyOf = labelLookup(labels);
    expect(keyOf('Kết quả thực hiện (%)')).toBe('result');
    expect(keyOf('ghi chu:')).toBe('note');
    expect(keyOf('Nội dung')).toBeUndefined();
    expect(keyOf(null)).toBeUndefined();
  });

  it('takes a single label per key as well as a list', () => {
    expect(labelLookup({ withdraw: 'Rút điểm', exclude: 'Không xét khen thưởng' })('RÚT ĐIỂM')).toBe('withdraw');
  });
});

describe('cutAtWord', () => {
  it('cuts at the end of a word, never inside one; a first word too long is cut where it must be', () => {
    expect(cutAtWord('phong-tai-nguyen-va-moi-truong-huyen-chau-thanh', 40, '-')).toBe('phong-tai-nguyen-va-moi-truong-huyen');
    expect(cutAtWord('Ủy ban nhân dân xã Ta Ma', 14)).toBe('Ủy ban nhân');
    expect(cutAtWord('Ta Ma', 60)).toBe('Ta Ma');
    expect(cutAtWord('abcdefghij', 4)).toBe('abcd');
  });
});

describe('phrase', () => {
  it('drops the stop a title was typed with, keeps an ellipsis and everything else', () => {
    expect(phrase('Thực hiện tốt chế độ báo cáo theo quy định. ')).toBe('Thực hiện tốt chế độ báo cáo theo quy định');
    expect(phrase('Hạ tầng mạng;')).toBe('Hạ tầng mạng');
    expect(phrase('Các nhiệm vụ khác...')).toBe('Các nhiệm vụ khác...');
    expect(phrase('Các nhiệm vụ khác…')).toBe('Các nhiệm vụ khác…');
    expect(phrase('Tỷ lệ (%)')).toBe('Tỷ lệ (%)');
    expect(phraseList(['Một.', 'Hai;', 'Ba'])).toBe('Một; Hai; Ba');
  });
});
