// Levels lettered as Vietnamese documents letter them — a, b, c, d, đ, e (Sơn Trà's Mẫu 03, items B.1–B.3) — typed by
// their letter: «d» is level d and «đ» level đ, though the two read alike once their marks are set aside. Imported from
// the real table, its template filled as a teacher would (the letter in «Kết quả») and scored by the command line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { sonTraTyped } from '../helpers/son-tra-typed.js';

let output: ScoreRunOutput;

beforeAll(async () => {
  output = await sonTraTyped('Phạm Văn Nam', 'Cá nhân', 'Kết quả', { 'B.1': 'd', 'B.2': 'Đ', 'B.3': 'Mức d' });
}, 300_000);

describe('«d» and «đ» typed for levels lettered a, b, c, d, đ, e', () => {
  it('each names its own level: B.1 «d» 5, B.2 «Đ» 1, B.3 «Mức d» 15 — none said to name several', () => {
    const card = output.cards[0]!;
    const of = (code: string) => card.criteria.find((c) => c.code === code)!;
    expect(['B.1', 'B.2', 'B.3'].map((code) => [of(code).status, of(code).points])).toEqual([['scored', 5], ['scored', 1], ['scored', 15]]);
    expect(of('B.1').reason).toContain('mức d (5 điểm)');
    expect(of('B.2').reason).toContain('mức đ (1 điểm)');
    expect(of('B.3').reason).toContain('mức d (15 điểm)');
    expect(card.flags.filter((f) => f.criterion?.startsWith('B.')).map((f) => f.message)).toEqual([]);
  });
});

// Made for an officer's walk of Sơn Trà's Mẫu 03: Phạm Văn Nam's «d» on B.2 and B.3 was said to name several levels
// (d and đ) and scored 0, his 52,25 shown as 32,25 «Không hoàn thành nhiệm vụ».
