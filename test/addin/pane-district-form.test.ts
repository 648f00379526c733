// The plan's district form on the task pane (the Office.js fake): the example commune's one workbook
// (examples/xa-ta-ma-2025.xlsx, its plan naming «Giấy khen của Chủ tịch UBND huyện», KH Ta Ma 6/2023 mục IV.1) scored
// by the pane on two days. On 20/11/2026, after the district level ended, «Đề xuất khen thưởng» says the form is left
// out, as `thidua score` and `thidua papers` say it (before, the pane's sheet said nothing). On 20/06/2025, a yearly round
// held while the district existed, the units are weighed for it (before, the set's period ending 31/12/2025 dropped it).
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateVi } from '../../core/values.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleScoredInPane } from './pane-walk.js';

const DISTRICT = 'Giấy khen của Chủ tịch UBND huyện';

let fake: (FakeOffice & { uninstall: () => void }) | undefined;
afterEach(() => fake?.uninstall());

/** «Đề xuất khen thưởng» as the pane left it: its text cells row by row, one line (a long line is written over rows). */
function proposalsSheet(): string {
  const sheet = fake!.state.sheets.find((s) => s.name === 'Đề xuất khen thưởng')!;
  const at = (key: string) => key.split(':').map(Number) as [number, number];
  return [...sheet.cells]
    .filter(([, c]) => typeof c.value === 'string' && c.value !== '')
    .sort(([a], [b]) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1])
    .map(([, c]) => c.value as string)
    .join(' ');
}

describe('the example’s district form on the pane', () => {
  it('scored on 20/11/2026: said left out on «Đề xuất khen thưởng», in the words of `thidua score`', async () => {
    fake = (await exampleScoredInPane(new Date('2026-11-20T09:00:00+07:00'))).fake;
    const sheet = proposalsSheet();
    expect(sheet).toContain(
      `Kế hoạch nêu hình thức «${DISTRICT}» (KH Ta Ma 6/2023, mục IV.1); đợt xét được chấm ngày ${formatDateVi('2026-11-20')}, khi đã không còn cấp huyện (từ ngày 01/07/2025): thidua không xét hình thức này, giấy tờ không đề nghị.`,
    );
  }, 120_000);

  it('scored on 20/06/2025, while the district existed: its units weighed for it, nothing said left out', async () => {
    fake = (await exampleScoredInPane(new Date('2025-06-20T09:00:00+07:00'))).fake;
    const rows = [...fake.state.sheets.find((s) => s.name === 'Đề xuất khen thưởng')!.cells.values()].filter((c) => c.value === DISTRICT);
    expect(rows.length).toBeGreaterThan(0);
    expect(proposalsSheet()).not.toContain('khi đã không còn cấp huyện');
  }, 120_000);
});

// Made for the meeting pack's gaps (a) and (b) on the pane: the district form said where the council reads the lists,
// and weighed by the round's day.
