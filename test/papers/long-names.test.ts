// Long names on the papers (issue 48 item 6): a unit named with some 250 characters and a chair (who also closes) named
// with nearly the 200 a closer's name may have, printed through LibreOffice (.docx → PDF → `pdftotext -bbox-layout`): every
// word of each name is on paper, whole and in order, and inside the page's text area — wrapped in its cell or line,
// never run over the margin or cut.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePaper } from '../../adapters/docx/write-document.js';
import { papersOf } from '../../core/papers/index.js';
import type { ClosedRound } from '../../core/run/closing.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runInProcess } from '../cli/helpers.js';
import { readSummary, typeVotes } from '../council/council-meeting.js';
import { scoredCommune } from '../council/example-commune.js';
import { paperText } from './closed-fixture.js';
import { MM } from './pdf-layout.js';

const run = promisify(execFile);
/** A4 less the writer's margins (left 30 mm, right 15 mm, top and bottom 20 mm). */
const AREA = { xMin: 30 * MM, xMax: (210 - 15) * MM, yMin: 0, yMax: (297 - 20) * MM };
/** A unit as a merger names it: 253 characters, with a hyphenated run of hamlets that has no space to break at. */
const UNIT = 'Chi hội Cựu chiến binh kiêm Tổ hòa giải, Tổ an ninh trật tự, Tổ tự quản môi trường, Câu lạc bộ dân ca Thái, Đội văn nghệ xung kích và Ban vận động quỹ khuyến học của khu dân cư số 3 ghép từ Nà-Hừ-Hua-Ca-Phiêng-Pi theo Nghị quyết sắp xếp thôn, bản';
/** The chair, who also closes the round, with every title typed after the name: 196 characters. */
const CHAIR = 'Lò Văn Thành, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng Thi đua - Khen thưởng xã Ta Ma kiêm Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã và Trưởng Ban Chỉ đạo chuyển đổi số xã Ta Ma';

/** A printed word with its box in points from its page's top left (`pdftotext -bbox`). */
type Word = { text: string; page: number; xMin: number; yMin: number; xMax: number; yMax: number };

async function printedWords(pdf: string): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('<page ').slice(1).flatMap((chunk, page) =>
    [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: m[5]!.replace(/&amp;/g, '&').normalize('NFC'),
      page,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  );
}

describe('long names on the papers (.docx → LibreOffice → PDF)', () => {
  const printed = new Map<string, Word[]>();
  let closed: ClosedRound;

  beforeAll(async () => {
    // The example commune scored (made once a run), in this file's own copy.
    const { dir, run } = await scoredCommune();
    const thidua = (...args: string[]) => runInProcess(args, dir);
    expect(run.code).toBe(0);
    await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), () => [9, 8, 7], { B4: CHAIR });
    expect((await thidua('close', 'kq', '--by', CHAIR, '--accept-open')).code).toBe(0);
    const round = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    // Bản Ta Ma, a nominee, renamed in the round as the papers read it: its name in every list, table and heading.
    const rename = <T extends { unitName: string }>(u: T): T => (u.unitName === 'Bản Ta Ma' ? { ...u, unitName: UNIT } : u);
    closed = { ...round, record: { ...round.record, units: round.record.units.map(rename) }, ...(round.votes ? { votes: { ...round.votes, votes: round.votes.votes.map(rename) } } : {}) };
    const files: string[] = [];
    for (const paper of papersOf(closed)) {
      const file = join(dir, `${paper.name}.docx`);
      await writeFile(file, await writePaper(paper));
      files.push(file);
    }
    await sofficeAll(files, dir, 'pdf');
    for (const file of files) printed.set(file.replace(/^.*\//, '').replace(/\.docx$/, ''), await printedWords(file.replace(/\.docx$/, '.pdf')));
  }, 600_000);

  const inside = (w: Word) => w.xMin >= AREA.xMin - 1 && w.xMax <= AREA.xMax + 1 && w.yMax <= AREA.yMax + 1;

  /**
   * Each place `name` is printed whole on `paper`, as the words it is printed in. A table's cells come back line by
   * line across the row, so the name's next word is looked for a little further on (a few cells' words passed over);
   * a word LibreOffice broke at a hyphen comes back in pieces, each taken for its part.
   */
  function printedNames(paper: string, name: string): Word[][] {
    const all = printed.get(paper)!;
    // A piece of `rest`: its start, or all of it with the sentence's punctuation after (the name ends a sentence: «bản.»).
    const piece = (w: Word, rest: string) => w.text !== '' && (rest.startsWith(w.text) || (w.text.startsWith(rest) && /^[.,;:)»]+$/.test(w.text.slice(rest.length))));
    const found: Word[][] = [];
    for (let i = 0; i < all.length; i++) {
      const got: Word[] = [];
      let at = i;
      let whole = true;
      for (const want of name.split(' ')) {
        let rest = want;
        while (rest !== '') {
          // The first piece where the name starts; later ones within the next 60 words (the cells beside it).
          const next = got.length === 0 ? (piece(all[at]!, rest) ? at : -1) : all.findIndex((w, j) => j >= at && j < at + 60 && piece(w, rest));
          if (next < 0) break;
          got.push(all[next]!);
          rest = rest.slice(Math.min(rest.length, all[next]!.text.length));
          at = next + 1;
        }
        if (rest !== '') whole = false;
        if (!whole) break;
      }
      if (whole) found.push(got);
    }
    return found;
  }

  it('prints the long unit name whole, wrapped within the text area, on every paper that names it', () => {
    const naming = papersOf(closed).filter((p) => JSON.stringify(p.blocks).includes(UNIT)).map((p) => p.name);
    expect(naming.length).toBeGreaterThanOrEqual(4);
    for (const paper of naming) {
      const upper = papersOf(closed).find((p) => p.name === paper)!;
      // The achievement report names its unit in its heading in capitals, as the decree's model has it.
      const times = [...printedNames(paper, UNIT), ...printedNames(paper, UNIT.toUpperCase())];
      // Counted in the paper's words, runs joined: the heading breaks the name into lines of its own.
      expect(times.length, `${paper}: the name printed whole`).toBe((paperText(upper).match(/Chi hội Cựu chiến binh kiêm|CHI HỘI CỰU CHIẾN BINH KIÊM/g) ?? []).length);
      for (const time of times) {
        for (const word of time) expect(inside(word), `${paper}: «${word.text}» at ${word.xMin.toFixed(0)}–${word.xMax.toFixed(0)} pt`).toBe(true);
        expect(new Set(time.map((w) => `${w.page}:${w.yMin}`)).size, `${paper}: the name wraps onto several lines`).toBeGreaterThan(1);
      }
    }
  });

  it('prints the long chair’s name whole, wrapped within the text area, where the minutes name the chair', () => {
    const times = printedNames('bien-ban', CHAIR);
    expect(times.length).toBeGreaterThanOrEqual(1);
    for (const time of times) {
      for (const word of time) expect(inside(word), `«${word.text}» at ${word.xMin.toFixed(0)}–${word.xMax.toFixed(0)} pt`).toBe(true);
    }
  });
});

// Made for issue 48 item 6: names kept whole in the record are printed whole too.
