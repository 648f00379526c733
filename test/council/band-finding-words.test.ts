// The council's words on a band's condition as typed in «Điều kiện xếp loại» (core/council/band-finding.ts): the
// common spellings read as met or not met; a mark that could mean either is read as neither, never guessed.
import { describe, expect, it } from 'vitest';
import { parseFinding, unitFinding } from '../../core/council/band-finding.js';

describe('the words of a finding', () => {
  it.each(['Đạt', 'đạt', 'ĐẠT', ' Đạt. ', 'dat'])('«%s» is met', (typed) => expect(parseFinding(typed)).toBe('met'));
  it.each(['Không đạt', 'không đạt', 'KHÔNG ĐẠT', 'không  đạt.', 'Ko đạt', 'k đạt', 'Chưa đạt'])('«%s» is not met', (typed) => expect(parseFinding(typed)).toBe('unmet'));
  it.each(['x', 'X', '?', 'đạt một phần', 'không', 'Đ', '1'])('«%s» is neither', (typed) => expect(parseFinding(typed)).toBeUndefined());
});

describe('a unit voted for two forms', () => {
  const row = (form: string, finding?: string) => ({ sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', form, ...(finding ? { finding } : {}) });
  const unit = { sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca' };
  it('takes the finding its rows agree on, as first typed', () => {
    expect(unitFinding([row('Bằng khen', 'Không đạt'), row('Giấy khen', 'không đạt')], unit)).toEqual({ finding: 'unmet', typed: 'Không đạt' });
    expect(unitFinding([row('Bằng khen', 'Đạt'), row('Giấy khen')], unit)).toEqual({ finding: 'met', typed: 'Đạt' });
  });
  it('applies none when its rows say otherwise, or say neither', () => {
    expect(unitFinding([row('Bằng khen', 'Đạt'), row('Giấy khen', 'Không đạt')], unit)).toEqual({});
    expect(unitFinding([row('Bằng khen', 'x')], unit)).toEqual({});
  });
});

// Made for: «đạt / không đạt» typed by the council in the spellings officers use, never read by guess.
