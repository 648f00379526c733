// The table of a province's results (the corpus's chi-so-766-lam-dong-bao-cao-cac-chi-so.docx, table 6: «Điểm số»
// beside «Thứ hạng» under «… đạt 88,72 điểm»), chosen as the criteria in the task pane's «Tiêu chí» tab or on the
// standalone page: read by the faces' own Word reader (adapters/docx/criteria.ts), it comes with the doubt the command line says
// (test/cli/criteria-import-achieved.test.ts) — first in the reconciliation the confirmation opens with, and at its cell
// among what was inferred — and waits for the officer's confirmation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readDocxCriteria } from '../../adapters/docx/criteria.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import { UnderstoodTree } from '../../excel-addin/shared/UnderstoodTree.js';
import { chosenOf } from '../../excel-addin/taskpane/app-state.js';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'real', 'criteria-corpus', 'chi-so-766-lam-dong-bao-cao-cac-chi-so.docx');
const DOUBT = 'Cột D («Điểm số», ô D1) có vẻ ghi điểm đã đạt, không phải điểm tối đa: bảng có cột «Thứ hạng» (ô E1)';

describe('a table of results chosen as the criteria on the page or in the pane', () => {
  it('opens its confirmation with the doubt, says it at its cell, and waits to be confirmed', async () => {
    const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
    // What the faces' file reader (excel-addin/shared/docx-criteria.ts) reads, with Node's buffer for mammoth.
    const read = await readDocxCriteria(await readFile(FILE), parse, 'bao-cao.docx');
    if (!read.ok) throw new Error('not read');
    const chosen = chosenOf(read.set, { document: `${read.table} của tệp bao-cao.docx` }, { notices: read.notices, reconciliation: read.reconciliation, confirmed: false }, []);
    expect(chosen.understood?.confirmed).toBe(false);

    for (const mode of ['standalone', 'excel'] as const) {
      const pane = { t: translator('vi'), lang: 'vi', mode, busy: false, chosen, confirmSet: () => undefined, act: async () => undefined, selectCell: () => undefined } as unknown as PaneContext;
      const doc = parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(<Pane.Provider value={pane}><UnderstoodTree set={read.set} /></Pane.Provider>)}</body></html>`).document;
      const figures = doc.querySelector('[aria-label="Đối chiếu với số bảng ghi"]')!;
      // The doubt before the figures, which still agree one by one.
      expect(figures.querySelectorAll('span')[1]!.textContent!.startsWith(DOUBT), mode).toBe(true);
      expect([...figures.querySelectorAll('li')].map((li) => li.getAttribute('data-agrees'))).toEqual(Array(7).fill('true'));
      const inferred = [...doc.querySelectorAll('[aria-label="Điều phần mềm tự suy ra"] li')].map((li) => li.textContent);
      expect(inferred.some((t) => t!.startsWith('ô D1: Cột «Điểm số» (ô D1) có vẻ ghi điểm đã đạt, không phải điểm tối đa')), mode).toBe(true);
    }
  });
});
