// A level worth 0 that the table states is a level (issue 55): Sơn Trà's Mẫu 03 gives its items B.1 and B.2 the levels
// a … đ and «e» (0 điểm), B.3 a … e and «g» (0 điểm). Imported, its template filled by a unit that typed the levels'
// names, and scored by the command line: «e» and «Mức e» are read as level e and score 0 with the reason, never a
// figure left unread; a word naming no level («Mức h»: B.3 has no level h) stays unreadable, said at its cell.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { sonTraTyped } from '../helpers/son-tra-typed.js';

let output: ScoreRunOutput;

beforeAll(async () => {
  output = await sonTraTyped('Phòng Nội vụ', 'Cơ quan', 'Kết quả', { 'B.1': 'e', 'B.2': 'Mức e', 'B.3': 'Mức h' });
}, 300_000);

describe('a level worth 0 typed as its name', () => {
  it('is read as that level and scores 0, with the reason naming it', () => {
    const card = output.cards[0]!;
    const of = (code: string) => card.criteria.find((c) => c.code === code)!;
    for (const code of ['B.1', 'B.2']) {
      expect([of(code).status, of(code).points, of(code).value]).toEqual(['scored', 0, 0]);
      expect(of(code).reason).toContain('mức e (0 điểm)');
    }
    expect(card.flags.filter((f) => f.criterion === 'B.1' || f.criterion === 'B.2').map((f) => f.code)).not.toContain('unparseable-value');
  });

  it('while a word naming no level stays unreadable, said at its cell with the levels', () => {
    const card = output.cards[0]!;
    const b3 = card.criteria.find((c) => c.code === 'B.3')!;
    expect([b3.status, b3.points]).toEqual(['invalid', 0]);
    const flag = card.flags.find((f) => f.criterion === 'B.3' && f.code === 'unparseable-value')!;
    expect(flag.message).toContain('Ô G42: «Mức h» không đọc được thành điểm: không phải tên mức nào của tiêu chí B.3');
    expect(flag.message).toContain('g 0 điểm');
  });
});

// Made for issue 55: a level worth 0 («e», «dưới Trung bình») typed as its word was not read (levels were kept above 0).
