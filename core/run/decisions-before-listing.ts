// Quyết định trước khi có cảnh báo (a decision dated before its flag): a council's decision on «Rà soát» whose «Ngày»
// is before the day a run first listed the flag it decides (core/council/first-listed.ts, flagListedKey). The council
// cannot have decided a flag no run had shown yet: the date may be a slip. Said where the officer acts — the run's
// lines after `score --decisions`, on every face — the decision kept and applied as typed, nothing refused. A flag
// whose first day is not known (listed by a run made before the days were kept) is never said.
import { decidedBeforeListing, flagListedKey, type FirstListed } from '../council/first-listed.js';
import type { CouncilDecision } from '../council/decision.js';
import { flagTitle } from '../checks/titles.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';
import { decisionShown } from './decisions-said.js';
import { said, type Said } from './said.js';

/** One line for each decision (its first or its second review) dated before its flag was first listed. */
export function decisionsBeforeListing(decisions: readonly CouncilDecision[], listed: FirstListed, sheets: CouncilSheetNames): Said[] {
  return decisions.flatMap((d) => {
    const first = listed[flagListedKey(d)] ?? '';
    const early = [
      { step: 'Lần 1', words: decidedBeforeListing(d.date, first) },
      { step: 'Quyết định lần 2', words: decidedBeforeListing(d.second?.date ?? '', first) },
    ].filter((e) => e.words !== '');
    // At the flag's cell, the place the line names: the row of «Rà soát» it was typed on moves when the run writes the sheet again.
    return early.map((e) =>
      said(
        `Trang «${sheets.review}», cột «Ngày» dòng «${e.step}» của cảnh báo «${flagTitle(d.flagCode)}» (trang «${d.sheet}»${d.cell ? `, ô ${d.cell}` : ''}, ${d.unitName}): quyết định ${decisionShown({ ...d, date: '' })} ${e.words}, sửa ở ô «Ngày» ấy rồi chấm lại.`,
        d.sheet,
        d.cell,
      ),
    );
  });
}

// Made for the walk of the Department's table (test/cli/walk-tnmt-tien-giang.test.ts): the council's decisions typed
// 20/11/2026 on flags a run first listed on 29/11/2026 were applied without a word.
