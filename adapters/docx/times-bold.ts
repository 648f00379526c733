// How wide a line of Times New Roman Bold is: the advance widths of its letters (per 1000 em, the same in Liberation
// Serif Bold, which is made to its metrics). The papers' rules are drawn to lengths Decree 30/2020/NĐ-CP gives in
// terms of the text above them — as long as the motto, a third to a half of the issuer's name — so the writer
// measures that text.

/** Code points 32 (space) to 126 (~). */
const ASCII = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570,
  570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333,
  278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500,
  444, 394, 220, 394, 520,
];
/** Vietnamese letters that are not a Latin letter with marks above or below: their own widths. */
const OWN: Record<string, number> = { Đ: 722, đ: 556, Ơ: 778, ơ: 554, Ư: 796, ư: 600 };
/** A letter the table does not hold: about the width of a lower-case letter. */
const OTHER = 500;

/** The width in points of `text` set in Times New Roman Bold at `size` points. */
export function boldWidth(text: string, size: number): number {
  let em = 0;
  // Tones and circumflexes sit above or below the letter and leave its width; the horn (U+031B) widens O and U.
  for (const ch of text.normalize('NFD').replace(/([OoUu])\u031B/g, (_, base: string) => ({ O: 'Ơ', o: 'ơ', U: 'Ư', u: 'ư' })[base]!)) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    em += OWN[ch] ?? (code === 0xa0 ? ASCII[0]! : (ASCII[code - 32] ?? OTHER));
  }
  return (em * size) / 1000;
}

// Made for issue 38 item 3: the rules under the issuer and the motto drawn as long as Decree 30/2020 says.
