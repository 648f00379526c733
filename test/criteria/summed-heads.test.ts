// The runs a table of unnumbered rows falls into by its figures (core/criteria/sheet/layouts/scoring-table/summed-heads.ts).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { summedHeads } from '../../core/criteria/sheet/layouts/scoring-table/summed-heads.js';

it('finds the longest chain of runs from the first row, each opened by a row worth the rows after it up to its last', () => {
  expect(summedHeads([10, 5, 5, 10, 6, 4])).toEqual([{ head: 0, last: 2 }, { head: 3, last: 5 }]);
  // The chain stops where a run does not add up (a section written 10 over items adding up to 12): the runs before it.
  expect(summedHeads([30, 10, 20, 30, 15, 15, 10, 3, 3, 3, 3])).toEqual([{ head: 0, last: 2 }, { head: 3, last: 5 }]);
  // One run only is a total over its parts (read as such elsewhere), none a flat list.
  expect(summedHeads([10, 5, 5, 3])).toBeUndefined();
  expect(summedHeads([5, 4, 3, 2, 1])).toBeUndefined();
});

it('finds every split of generated sectioned lists, whatever the items', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 6 }), (sections) => {
      const points = sections.flatMap((items) => [items.reduce((a, b) => a + b, 0), ...items]);
      const heads = summedHeads(points)!;
      // A chain as long as the sections (another split may exist: never shorter).
      expect(heads.length).toBeGreaterThanOrEqual(sections.length);
    }),
    { numRuns: 500 },
  );
});
