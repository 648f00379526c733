// The seal of the council's record (core/run/seal.ts, sha256.ts): core's SHA-256 is Node's for any text; a record
// sealed reads the same whatever order its keys were written in, and any change to a round — a field edited, one
// added, the round before it changed — breaks its seal; a sealed sheet names the rows edited since.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenSeals, closeRound, recordRun, type ClosedRound } from '../../core/run/closing.js';
import { canonicalJson, sealOf, sealSheet, sheetChanges } from '../../core/run/seal.js';
import { sha256Text, TEXT_CHUNK, TextHash } from '../../core/run/sha256.js';
import { criterion, makeSet } from '../helpers/make-report.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

describe('sha256Text', () => {
  it('is Node’s SHA-256 of the text’s UTF-8 bytes, at every length around a block', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256Text('ả'.repeat(n))).toBe(createHash('sha256').update('ả'.repeat(n)).digest('hex'));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Text(text) === createHash('sha256').update(text).digest('hex')));
  });

  it('is the same over texts longer than the chunk it encodes at a time, a character of two code units (or half of one) at every place around the chunk’s end', () => {
    const node = (text: string) => createHash('sha256').update(text).digest('hex');
    for (const odd of ['😀', '\ud83d', '\ude00', 'ả'])
      for (let k = -3; k <= 3; k++) {
        const text = `${'a'.repeat(TEXT_CHUNK + k)}${odd}${'ả'.repeat(70)}`;
        expect(sha256Text(text)).toBe(node(text));
      }
    const long = 'ả😀x'.repeat(TEXT_CHUNK);
    expect(sha256Text(long)).toBe(node(long));
  });

  it('is the same given in two pieces cut anywhere, between the two halves of a character too', () => {
    const text = 'ả😀x😀\ud83d';
    const hash = new TextHash();
    for (let cut = 0; cut <= text.length; cut++) {
      hash.add(text.slice(0, cut));
      hash.add(text.slice(cut));
      expect(hash.digest()).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});

describe('the canonical JSON a seal is taken over, written and hashed piece by piece', () => {
  /** What the seal was before it was written in pieces: JSON.stringify handing on each object with its keys sorted. */
  const whole = (value: unknown) =>
    JSON.stringify(value, (_k, v: unknown) => (v === null || typeof v !== 'object' || Array.isArray(v) ? v : Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])))) ?? 'null';
  // Deep values (past the levels written by hand), keys that are array indices (listed first by every object), undefined
  // and functions left out, dates, text of two code units and lone halves.
  const odd = fc.oneof(fc.constant(undefined), fc.constant(() => 1), fc.date({ noInvalidDate: true }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constant(Number.NaN));
  const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.nat({ max: 20 }).map(String), fc.constantFrom('10', '2', '4294967295', '01'));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', maxDepth: 7 }, fc.jsonValue({ maxDepth: 1 }), odd, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
  })).node;

  it('is the whole text’s, and the seal that text’s SHA-256 with the round before it', () => {
    // A key «__proto__» (own, as JSON.parse makes it) is written as a key at every depth, the one fast-check found lost.
    for (const text of ['{"10":{"__proto__":0}}', '{"a":[{"b":{"c":{"d":{"__proto__":{"x":1}}}}}]}', '{"__proto__":null}'])
      expect(canonicalJson(JSON.parse(text))).toBe(whole(JSON.parse(text)));
    // Past the levels written by hand, a plain object carrying its own toJSON, and an object of a class, are written as JSON takes them.
    class Unit {
      constructor(readonly z: number, readonly a: { y: number; b: number }) {}
    }
    const deep = (v: unknown) => ({ a: [{ b: { c: { d: { k: 1, v, b: [v] } } } }] });
    for (const v of [{ toJSON: () => ({ z: 1, y: { b: 2, a: 3 } }) }, { b: 1, a: { toJSON: (key: string) => ({ key, c: 1, b: 2 }) } }, new Unit(1, { y: 2, b: 3 })])
      expect(canonicalJson(deep(v))).toBe(whole(deep(v)));
    fc.assert(
      fc.property(value, fc.string({ maxLength: 4 }), (v, previous) => {
        expect(canonicalJson(v)).toBe(whole(v));
        const rest = { v, w: [v, { v }] };
        expect(sealOf({ ...rest, seal: 'x' }, previous)).toBe(sha256Text(`${whole(rest)}\n${previous}`));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes a record longer than many pieces as its whole text', () => {
    const units = Array.from({ length: 3000 }, (_, i) => ({ unitName: `Thôn ${i} 😀`, total: i / 7, flags: [{ code: 'A', cells: { F14: i, K14: 'ả'.repeat(i % 40) } }] }));
    expect(sealOf({ units, files: ['a.xlsx'] }, 'p')).toBe(createHash('sha256').update(`${whole({ units, files: ['a.xlsx'] })}\np`).digest('hex'));
  });
});

describe('a sealed round', () => {
  const set = makeSet({ criteria: [criterion({ code: 'A', measure: 'percent', rule: { kind: 'ratio' } })] });
  const record = recordRun(set, { cards: [], ranking: [], proposals: [], round: 'hang-nam', scoredOn: '2025-11-20', files: ['a.cham-diem.xlsx'], decisions: [] });
  /** Closed over a.cham-diem.xlsx as it is (`digit` its SHA-256): again only once it changed, with a reason. */
  const close = (rounds: ClosedRound[], digit = 'a', reason = 'Bản A sửa số liệu') => {
    const outcome = closeRound(rounds, record, [{ name: 'a.cham-diem.xlsx', sha256: digit.repeat(64) }], { closedBy: 'Lò Văn Thành', closedAt: '2025-11-24T09:30', reason }, 'files', { review: { decisions: [], unread: [] }, sheets: COUNCIL_SHEET_NAMES, acceptOpen: false });
    if (outcome.kind !== 'closed') throw new Error(outcome.kind);
    return outcome.rounds;
  };

  it('reads the same whatever order its keys are in', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"a":"x","d":2}]}');
    const [round] = close([]);
    const reordered = Object.fromEntries(Object.entries(round!).reverse()) as ClosedRound;
    expect(brokenSeals([reordered])).toEqual([]);
  });

  it('breaks on a field edited, a field added, its record edited, or the round before it changed', () => {
    const rounds = close([]);
    const two = close(rounds, 'b');
    expect(brokenSeals(two)).toEqual([]);
    const edited: ClosedRound[] = [
      { ...two[0]!, closedBy: 'Người khác' },
      { ...two[0]!, ...{ openAtClosing: ['Bản A: chờ giải trình'] } },
      { ...two[0]!, record: { ...two[0]!.record, scoredOn: '2025-11-21' } },
    ];
    for (const first of edited) expect(brokenSeals([first, two[1]!]).length, JSON.stringify(first).slice(0, 80)).toBeGreaterThan(0);
    // Round 2 is chained to round 1: round 1 swapped for another round, itself sealed and whole, breaks round 2.
    const other = close([], 'c')[0]!;
    expect(brokenSeals([other, two[1]!])).toEqual([expect.stringMatching(/^Bản ghi lần chốt 2 /)]);
  });

  it('hashes a record already verified only for the seals of the rounds keeping it', () => {
    // The rounds keep one record, as read from tong-hop.xlsx (kept by reference): its files counted each time it is read whole.
    let reads = 0;
    const kept = { ...record };
    Object.defineProperty(kept, 'files', { enumerable: true, get: () => (reads++, record.files) });
    const two = close(close([]), 'b').map((r) => ({ ...r, record: kept }));
    expect(brokenSeals(two, kept)).toEqual([]);
    expect(reads).toBe(2);
    // A record not given as verified is checked on its own seal too, each round: an edit to it breaks them.
    reads = 0;
    expect(brokenSeals(two)).toEqual([]);
    expect(reads).toBe(4);
    const edited = { ...record, scoredOn: '2025-11-21' };
    expect(brokenSeals(two.map((r) => ({ ...r, record: edited })), kept)).toHaveLength(2);
  });
});

describe('a sealed sheet', () => {
  const grid = (rows: (string | number | null)[][]) => ({ name: 'Tổng hợp', values: rows });
  const sealed = sealSheet(grid([['TỔNG HỢP\nXã Ta Ma'], [], ['Hạng', 'Đơn vị', 'Tổng điểm'], [1, 'Bản Hua Ca', 98], [2, 'Bản Ta Ma', 81.06]]));

  it('reads the same after a save that writes a number with float noise or text with a CR LF', () => {
    expect(sheetChanges(sealed, grid([['TỔNG HỢP\r\nXã Ta Ma'], [null], ['Hạng', 'Đơn vị', 'Tổng điểm'], [1, 'Bản Hua Ca', 98.00000000000001], [2, 'Bản Ta Ma', 81.06]]))).toEqual([]);
  });

  it('names each row edited, added or deleted, with what it holds now', () => {
    expect(sheetChanges(sealed, grid([['TỔNG HỢP\nXã Ta Ma'], [], ['Hạng', 'Đơn vị', 'Tổng điểm'], [1, 'Bản Hua Ca', 58], [], [3, 'Bản Mới', 1]]))).toEqual([
      'Trang «Tổng hợp», dòng 4: đã sửa sau khi chốt (nay: 1 | Bản Hua Ca | 58).',
      'Trang «Tổng hợp», dòng 5: đã xoá sau khi chốt.',
      'Trang «Tổng hợp», dòng 6: đã thêm sau khi chốt (nay: 3 | Bản Mới | 1).',
    ]);
    expect(sheetChanges(sealed, undefined)).toEqual(['Trang «Tổng hợp» đã chốt nay không còn.']);
  });
});
