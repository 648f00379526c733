// The command line's SHA-256 (cli/node-hash.ts, handed to core by useNativeHash) gives core's own digests: for any
// text, however it is cut into pieces (between the two halves of a character too), one text after another, and a
// record's seal is the same taken with either.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { NodePieceHash } from '../../cli/node-hash.js';
import { sealOf } from '../../core/run/seal.js';
import { sha256Text, TextHash, useNativeHash } from '../../core/run/sha256.js';

describe('Node’s SHA-256 for core', () => {
  afterEach(() => useNativeHash(undefined));

  it('gives TextHash’s digest of any text cut anywhere, one text after another', () => {
    const node = new NodePieceHash();
    const core = new TextHash();
    const digests = (hash: NodePieceHash | TextHash, pieces: string[]) => {
      for (const piece of pieces) hash.add(piece);
      return hash.digest();
    };
    const text = 'ả😀x😀\ud83d';
    for (let cut = 0; cut <= text.length; cut++) {
      const pieces = [text.slice(0, cut), text.slice(cut)];
      expect(digests(node, pieces)).toBe(digests(core, pieces));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.nat({ max: 200 }), { maxLength: 4 }), (whole, cuts) => {
        const at = [0, ...cuts.map((c) => Math.min(c, whole.length)).sort((a, b) => a - b), whole.length];
        const pieces = at.slice(1).map((end, i) => whole.slice(at[i], end));
        expect(digests(node, pieces)).toBe(digests(core, pieces));
      }),
      { numRuns: 300 },
    );
  });

  it('seals a record and digests a text as core does without it', () => {
    const record = { units: Array.from({ length: 2000 }, (_, i) => ({ unitName: `Thôn ${i} 😀`, total: i / 7, cells: { F14: i, K14: 'ả'.repeat(i % 40) } })), files: ['a.xlsx'] };
    const [seal, digest] = [sealOf(record, 'p'), sha256Text('Tiêu chí «Hạ tầng số» 😀')];
    useNativeHash(() => new NodePieceHash());
    expect(sealOf(record, 'p')).toBe(seal);
    expect(sha256Text('Tiêu chí «Hạ tầng số» 😀')).toBe(digest);
  });
});
