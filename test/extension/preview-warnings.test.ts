import { describe, expect, it } from 'vitest';
import { capturePage } from '../../core/indicators/index.js';
import { previewCapture, previewWarnings } from '../../extension/src/history/compare.js';
import { AT, loadPage, MOTCUA } from '../indicators/load.js';

// The real adapter on the provincial monitoring page: "UBND xã Quài Tở" has two blank cells, "UBND xã Ta Ma" none.
function capture(commune?: string) {
  const r = capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: AT, ...(commune ? { commune } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return { result: r, previews: previewCapture(r.snapshots, []) };
}

describe('preview warnings follow the units chosen for saving', () => {
  it("hides other units' row warnings when only the officer's commune is chosen", () => {
    const { result, previews } = capture('Ta Ma');
    expect(result.warnings.some((w) => w.unit === 'UBND xã Quài Tở')).toBe(true);
    expect(previewWarnings(result.warnings, previews, result.picked!)).toEqual([]);
  });

  it("shows a unit's warnings once it is chosen, matched as officers write names", () => {
    const { result, previews } = capture();
    const quaiTo = previews.findIndex((p) => p.snapshot.unit.name === 'UBND xã Quài Tở');
    const shown = previewWarnings(result.warnings, previews, [quaiTo]);
    expect(shown).toHaveLength(2);
    expect(shown.every((w) => w.message.includes('Quài Tở'))).toBe(true);
    expect(previewWarnings(result.warnings, previews, previews.map((_, i) => i))).toEqual(result.warnings);
  });

  it('keeps page-level warnings whatever is chosen', () => {
    const { result, previews } = capture('Xã Không Có');
    const shown = previewWarnings(result.warnings, previews, []);
    expect(shown).toEqual([{ message: expect.stringContaining('Không thấy «Xã Không Có»') }]);
  });
});
