// What `thidua score` prints under each unit without --json, held to the run's --json document and to «Rà soát»:
// every unit with flags has its file and sheet line, then its flags one a line, errors first, each by its cell and
// Vietnamese title one of the card's and one of «Rà soát»'s rows for the unit; all of them, or the first FLAGS_SHOWN
// and a line saying how many more and which scored copy holds them.
import { expect } from 'vitest';
import { FLAGS_SHOWN, HANGING } from '../../cli/flag-lines.js';
import { flagTitle } from '../../core/checks/titles.js';
import type { CellValue } from '../../core/cell.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';

const FLAG_LINE = /^ {6}- (Lỗi|Cảnh báo|Thông tin)(?: · ô ([A-Z]+\d+))? — ([^:]+): (.+)$/;

/** @param plain and @param output the same run's two outputs (one --out); @param review the rows of its tong-hop.xlsx's «Rà soát» */
export function expectPlainFlags(plain: string, output: ScoreRunOutput, review: readonly (readonly CellValue[])[]): void {
  const lines = unwrapped(plain);
  for (const card of output.cards) {
    const at = lines.indexOf(`      tệp ${card.file}, trang «${card.sheet}»:`);
    if (card.flags.length === 0) {
      expect(at, card.unitName).toBe(-1);
      continue;
    }
    expect(lines[at - 1], card.unitName).toMatch(new RegExp(`${card.unitName.replace(/[()]/g, '\\$&')}: .* · ${card.flags.length} cảnh báo$`));
    const after = lines.slice(at + 1);
    const end = after.findIndex((l) => !l.startsWith('      - '));
    const said = after.slice(0, end < 0 ? after.length : end).map((l) => FLAG_LINE.exec(l)!.slice(1));
    expect(said.length, card.unitName).toBe(Math.min(FLAGS_SHOWN, card.flags.length));
    // Errors first.
    const errors = said.map((s) => s[0] === 'Lỗi');
    expect(errors).toEqual([...errors].sort((a, b) => Number(b) - Number(a)));
    const key = (cell: CellValue | undefined, title: CellValue | undefined) => `${cell ?? ''}|${title}`;
    const ofCard = card.flags.map((f) => key(f.cell, flagTitle(f.code)));
    const ofReview = review.filter((r) => r[1] === card.unitName && r[2] === card.sheet).map((r) => key(r[3], r[4]));
    for (const [, cell, title, words] of said) {
      expect(ofCard).toContain(key(cell, title));
      expect(ofReview).toContain(key(cell, title));
      // Its words are the flag's, the cell said once.
      expect(card.flags.some((f) => (f.cell ?? '') === (cell ?? '') && f.message.endsWith(words!))).toBe(true);
    }
    const more = card.flags.length - FLAGS_SHOWN;
    if (more > 0) {
      const copy = output.files.find((f) => f.file === card.file)!;
      expect(after[FLAGS_SHOWN]).toBe(`      … và ${more} cảnh báo khác: xem ${copy.output} (cột Cảnh báo, trang «${copy.reviewSheet}»)`);
    } else {
      expect(said.map(([, cell, title]) => key(cell, title)).sort()).toEqual([...ofCard].sort());
    }
  }
}

/** The plain output's lines with each wrapped one (its rest under cli/flag-lines.ts's hanging indent) joined back by a space. */
export function unwrapped(plain: string): string[] {
  const lines: string[] = [];
  for (const l of plain.split('\n')) {
    if (l.startsWith(HANGING) && lines.length > 0) lines[lines.length - 1] += ` ${l.slice(HANGING.length)}`;
    else lines.push(l);
  }
  return lines;
}

// Made for issue 55's leftovers: the plain output listed each unit's count of flags, not the flags.
