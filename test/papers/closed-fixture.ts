// A closed round of the example commune as `thidua close` sealed it (after the decisions and the vote typed as in
// papers.test.ts: nine members, eight present, the Fatherland Front short), saved as JSON so the papers' wording is
// tested in milliseconds; the printed papers are tested from a fresh run in papers.test.ts.
import { readFileSync } from 'node:fs';
import { ClosedRound } from '../../core/run/closing.js';
import type { Block, Paper } from '../../core/papers/document.js';

export function closedFixture(): ClosedRound {
  return ClosedRound.parse(JSON.parse(readFileSync(new URL('fixtures/closed-round.json', import.meta.url), 'utf8')));
}

/** A block's words, a table's cells joined by « | », a two-column block left then right. */
export function blockText(b: Block): string {
  if (b.kind === 'paragraph') return b.runs.map((r) => r.text).join(' ');
  if (b.kind === 'table') return [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n');
  return [...b.left, ...b.right].map(blockText).join('\n');
}

export const paperText = (paper: Paper) => paper.blocks.map(blockText).join('\n');
