// Codes from a row's place in the table's tree: a row's own number («1», «đ», «I.1») while it is the only one so
// numbered, else its part's and section's in front («B.I.1.đ»), as the officer would say which row is meant. Every
// Vietnamese letter stays itself (d ≠ đ, a ≠ ă ≠ â): codes are compared as written, only case aside — never through
// the diacritic folding labels are matched by. Section markers as offices write them open a row's text or number cell.
import { normalizeLabel } from '../../text.js';
import { SECTION_WORDS } from './vocabulary.js';

/** A row's marker: its number, the text after it, and (for «Phần», «Tiêu chuẩn»…) the section word it opened with. */
export type SectionMarker = { raw: string; title: string; word?: string };

const WORDS = SECTION_WORDS.map((w) => w.words).join('|');
// The numeral ends where a letter or digit does not follow («Phần BỔ SUNG» is not part «B»: \b knows no «Ổ»); it may
// carry its section's number («NHÓM III.1: NĂNG LỰC …» is group III.1, not III titled «1: NĂNG LỰC …»).
const WORD_MARKER = new RegExp(String.raw`^(${WORDS})\s+(thứ\s+\p{L}+|[IVXLC]+(?:\.\d+)*|[A-ZĐ]|\d+(?:\.\d+)*)(?![\p{L}\d])\s*[.:)\-–]?\s*(.*)$`, 'iu');
const NUMERAL_MARKER = /^([IVXLC]+(?:\.\d+)*|\d+(?:\.\d+)*|[A-ZĐ]|\p{Ll}\d*(?:\.\d+)*)\s*[.)]\s*(.*)$/u;
/** «II.1 Tên» with no dot after: a numeral with its section's number is a marker on its own. */
const DOTTED_MARKER = /^([IVXLC]+\.\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)\s+(.+)$/u;
/** «II - Đánh giá …», «IV – …»: a numeral set off by a dash with a space each side (never «1-2 lần», a range). */
const DASHED_MARKER = /^([IVXLC]+|\d+(?:\.\d+)*|[A-ZĐ]|\p{Ll})\s+[-–]\s+(.+)$/u;

/** The marker opening a text («Phần A – …», «Tiêu chuẩn 1: …», «I. BÁO CÁO NHANH…», «II.1. …», «a) …», «II - …»), if any. */
export function sectionMarker(text: string): SectionMarker | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const word = WORD_MARKER.exec(t);
  if (word) {
    const found = SECTION_WORDS.find((w) => normalizeLabel(w.words) === normalizeLabel(word[1]!))!;
    // Only a number could be read as an item's; a Roman numeral or a letter is the section's code as written («NHÓM I»
    // over items «I.1» is group I, which its items' codes extend — as «NI» none would).
    const prefix = /^\d/.test(word[2]!) ? found.prefix : '';
    return { raw: `${prefix}${word[2]!.replace(/\s+/g, ' ')}`, title: word[3]!.trim(), word: found.words };
  }
  const m = NUMERAL_MARKER.exec(t) ?? DOTTED_MARKER.exec(t) ?? DASHED_MARKER.exec(t);
  return m ? { raw: m[1]!, title: m[2]!.trim() } : undefined;
}

/**
 * The codes a part numbered `n` in a total row («TỔNG ĐIỂM PHẦN 1») may have in the set: `n` itself, or a section opened
 * by a word that prefixes its number («Tiêu chuẩn 1» is TC1, «Lĩnh vực 1» LV1).
 */
export const partCodes = (n: string): string[] => [...new Set(SECTION_WORDS.map((w) => `${w.prefix}${n}`))];

/** «1.1.3» → «1.1.4»: the number after an item's (a row that left its own off; a row numbered on from it). */
export function nextNumber(code: string): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(code);
  return m ? `${m[1]}${Number(m[2]) + 1}` : undefined;
}

/** A code as compared: as written, but for case and Unicode form (a precomposed «đ» and a decomposed one are one). */
export const codeKey = (code: string) => code.normalize('NFC').toLocaleLowerCase('vi');

type CodeNode = { code: string; children: CodeNode[] };
/** What was changed to keep codes apart: a parent whose rows took its code in front, or a row given a suffix. */
export type CodeChange<N> = { kind: 'place'; node: N; examples: string[] } | { kind: 'suffix'; node: N; first: N; from: string };

/**
 * Makes every code of the tree unique, in place. The rows under a parent whose numbers repeat elsewhere in the
 * table take the parent's code in front (all of them, so a part reads alike); a row whose number extends its
 * parent's («1.2» under «1») follows its parent's code. Two rows left alike under one parent are told apart by order.
 */
export function codesByPlace<N extends CodeNode>(roots: N[]): CodeChange<N>[] {
  const changes: CodeChange<N>[] = [];
  const all = (nodes: CodeNode[]): CodeNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
  const count = new Map<string, number>();
  for (const n of all(roots)) count.set(codeKey(n.code), (count.get(codeKey(n.code)) ?? 0) + 1);
  const extendsOwn = (own: string, parentOwn: string) => codeKey(own).startsWith(`${codeKey(parentOwn)}.`);
  const walk = (nodes: CodeNode[], parent: CodeNode | undefined, parentOwn: string) => {
    // Numbered as rows elsewhere (not only as a sibling: the parent's code would not tell those apart).
    const here = new Map<string, number>();
    for (const n of nodes) here.set(codeKey(n.code), (here.get(codeKey(n.code)) ?? 0) + 1);
    const prefixed = parent !== undefined && nodes.some((n) => !extendsOwn(n.code, parentOwn) && count.get(codeKey(n.code))! > here.get(codeKey(n.code))!);
    for (const n of nodes) {
      const own = n.code;
      if (parent && extendsOwn(own, parentOwn)) n.code = `${parent.code}${own.slice(parentOwn.length)}`;
      else if (prefixed) n.code = `${parent!.code}.${own}`;
      walk(n.children, n, own);
    }
    if (prefixed) changes.push({ kind: 'place', node: parent as N, examples: nodes.slice(0, 3).map((n) => n.code) });
  };
  walk(roots, undefined, '');
  const seen = new Map<string, CodeNode>();
  for (const n of all(roots)) {
    const first = seen.get(codeKey(n.code));
    if (!first) {
      seen.set(codeKey(n.code), n);
      continue;
    }
    const from = n.code;
    let i = 2;
    while (seen.has(codeKey(`${from}-${i}`))) i++;
    n.code = `${from}-${i}`;
    seen.set(codeKey(n.code), n);
    changes.push({ kind: 'suffix', node: n as N, first: first as N, from });
  }
  return changes;
}

/** «a.7.1» typed with a dot after the letter, read as the item row «a7.1» it numbers; undefined for any other code. */
export function undotted(code: string): string | undefined {
  const m = /^(\p{L})\.(\d+(?:\.\d+)+)\.?$/u.exec(code.trim());
  return m ? `${m[1]}${m[2]}` : undefined;
}

// Made for issue 45 item 1: codes an office's table never makes repeat, d and đ told apart; an item's row typed
// «a.7.1» read as «a7.1» (issue 55); «NHÓM III.1:» read as group III.1 and «NHÓM I» as I (a high school's KPI tables for
// its leaders and teachers, test/fixtures/real/criteria-corpus, kpi-thpt-phuong-xa-*).
