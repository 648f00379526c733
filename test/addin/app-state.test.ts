// The pane's state without a browser, on the built-in sets: what a choice keeps as the previous set, when a set read
// with notices may score, the round, what the download holds, and which tabs are shown and stay mounted.
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import type { CriteriaSheetNotice } from '../../core/criteria/sheet/index.js';
import { roundsOf } from '../../core/ranking/rounds.js';
import { understoodKey } from '../../excel-addin/actions/criteria.js';
import { afterChoice, chosenOf, downloadHolds, openedTabs, roundFor, scoringSet, shownTabs, TAB_IDS, withFile } from '../../excel-addin/taskpane/app-state.js';
import type { ChosenCriteria } from '../../excel-addin/shared/pane-context.js';

const [taMa, taMa2030] = builtinSets();
// Carried as the reader said them, not read here.
const notices: CriteriaSheetNotice[] = [{ cell: 'C40', message: 'Điểm tối đa của mục suy ra từ tổng các dòng con' }];

describe('the criteria chosen', () => {
  it('keeps the set it replaces as the previous one, unless both came from the same place', () => {
    const first: ChosenCriteria = { set: taMa!, from: { builtin: taMa!.id } };
    const second: ChosenCriteria = { set: taMa2030!, from: { sheet: 'Tiêu chí', file: 'xa-ta-ma.xlsx' } };
    const once = afterChoice({}, first);
    expect(once).toEqual({ current: first, previous: undefined });
    const twice = afterChoice(once, second);
    expect(twice).toEqual({ current: second, previous: first });
    // The same sheet read again (edited) replaces the current set and leaves the previous one as it was.
    const reread: ChosenCriteria = { ...second, set: taMa! };
    expect(afterChoice(twice, reread)).toEqual({ current: reread, previous: first });
  });

  it('names a sheet of the page’s workbook with the file, which may be closed while the set is in use', () => {
    expect(withFile({ sheet: 'Tiêu chí' }, 'xa-ta-ma.xlsx')).toEqual({ sheet: 'Tiêu chí', file: 'xa-ta-ma.xlsx' });
    expect(withFile({ sheet: 'Tiêu chí', file: 'cu.xlsx' }, 'xa-ta-ma.xlsx')).toEqual({ sheet: 'Tiêu chí', file: 'cu.xlsx' });
    expect(withFile({ builtin: 'ta-ma-2025' }, 'xa-ta-ma.xlsx')).toEqual({ builtin: 'ta-ma-2025' });
    expect(withFile({ sheet: 'Tiêu chí' }, undefined)).toEqual({ sheet: 'Tiêu chí' });
  });

  it('scores a set read with notices only once confirmed, in the workbook or on this computer', () => {
    const from = { sheet: 'Tiêu chí' };
    const plain = chosenOf(taMa!, from, undefined, []);
    expect(plain).toEqual({ set: taMa, from });
    expect(scoringSet(plain)).toBe(taMa);
    expect(chosenOf(taMa!, from, { notices: [], confirmed: false }, [])).toEqual({ set: taMa, from });

    const asked = chosenOf(taMa!, from, { notices, confirmed: false }, ['another-set']);
    expect(asked.understood).toEqual({ key: understoodKey(taMa!), notices, confirmed: false });
    expect(scoringSet(asked)).toBeUndefined();
    expect(scoringSet(chosenOf(taMa!, from, { notices, confirmed: true }, []))).toBe(taMa);
    expect(scoringSet(chosenOf(taMa!, from, { notices, confirmed: false }, [understoodKey(taMa!)]))).toBe(taMa);
    // Confirmed for one set is not confirmed for another.
    expect(scoringSet(chosenOf(taMa2030!, from, { notices, confirmed: false }, [understoodKey(taMa!)]))).toBeUndefined();
    expect(scoringSet(undefined)).toBeUndefined();
  });
});

describe('the round and the download', () => {
  const multi = builtinSets().find((s) => roundsOf(s).length > 1)!;
  const single = builtinSets().find((s) => roundsOf(s).length === 1)!;

  it('keeps the round chosen while the set has forms for it, else the set’s own first round', () => {
    const [first, other] = roundsOf(multi);
    expect(roundFor(multi, other)).toBe(other);
    expect(roundFor(multi, undefined)).toBe(first);
    const [only] = roundsOf(single);
    const missing = roundsOf(multi).find((r) => r !== only)!;
    expect(roundFor(single, missing)).toBe(only);
    expect(roundFor(undefined, other)).toBe('hang-nam');
  });

  it('names what the download holds: the scored workbook first, then templates added, else a copy', () => {
    expect(downloadHolds({} as never, true)).toBe('scored');
    expect(downloadHolds(undefined, true)).toBe('templates');
    expect(downloadHolds(undefined, false)).toBe('copy');
  });
});

describe('the tabs', () => {
  it('shows the chosen tab, and on a wide screen the summary beside the review', () => {
    expect(shownTabs('score', false)).toEqual(['score']);
    expect(shownTabs('score', true)).toEqual(['score']);
    expect(shownTabs('review', false)).toEqual(['review']);
    expect(shownTabs('review', true)).toEqual(['summary', 'review']);
    expect(shownTabs('summary', true)).toEqual(['summary', 'review']);
    expect(TAB_IDS).toHaveLength(6);
  });

  it('keeps every tab shown once mounted, the same set when nothing new is shown', () => {
    const start = new Set(['criteria'] as const);
    const afterScore = openedTabs(start, shownTabs('score', false));
    expect([...afterScore]).toEqual(['criteria', 'score']);
    const wide = openedTabs(afterScore, shownTabs('review', true));
    expect([...wide]).toEqual(['criteria', 'score', 'summary', 'review']);
    expect(openedTabs(wide, shownTabs('criteria', false))).toBe(wide);
  });
});
