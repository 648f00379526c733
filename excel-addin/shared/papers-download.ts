// Hồ sơ khen thưởng in the browser (the pane and the standalone page): the three papers of a closed round
// (core/papers/) written as .docx by the same writer as `thidua papers`, handed over as one .zip.
import { zipSync } from 'fflate';
import { writePaper } from '../../adapters/docx/write-document.js';
import { defaultPaperOptions, papersOf } from '../../core/papers/index.js';
import { termsText } from '../../core/papers/prizes.js';
import { termsOf } from '../../core/papers/wording.js';
import type { ClosedRound } from '../../core/run/closing.js';

/**
 * «Hồ sơ khen thưởng - Ta Ma - lần 1 - 24-11-2026.zip» holding every paper, written with the options `thidua papers`
 * takes by default (so both faces write the same papers); `terms`, what the prizes were computed from, for the face to say.
 */
export async function papersZip(round: ClosedRound): Promise<{ name: string; bytes: Uint8Array; type: string; terms: string }> {
  const files: Record<string, Uint8Array> = {};
  const options = defaultPaperOptions(round);
  for (const paper of papersOf(round, options)) files[`${paper.name}.docx`] = await writePaper(paper);
  const commune = (round.record.set.commune || round.record.set.title).replace(/[\\/:*?"<>|]/g, '-').trim().slice(0, 60);
  const [y, m, d] = round.closedAt.slice(0, 10).split('-');
  return { name: `Hồ sơ khen thưởng - ${commune} - lần ${round.number} - ${d}-${m}-${y}.zip`, bytes: zipSync(files), type: 'application/zip', terms: termsText(termsOf(options)) };
}

// Made for issue 26 item 4 on the pane and the page: the papers the chairman signs, without the command line.
