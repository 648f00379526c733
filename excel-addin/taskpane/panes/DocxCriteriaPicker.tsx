// «Tiêu chí» tab: the scoring table of a Word document (.docx) as the set, in Excel's task pane and the standalone
// page's one-workbook mode. The notice names the table taken and the tables left (or, none taken, each table seen
// and why), as the command line says it; what the reader filled in is listed under the tree, to confirm. The set stays chosen
// while the pane is open (a Word document cannot be kept in the workbook as a built-in id or a sheet is).
import { FilePicker } from '../FilePicker.js';
import { readDocxCriteriaFile } from '../../shared/docx-criteria.js';
import { usePane, type Notice } from '../../shared/pane-context.js';

/** A message of several lines: its first as the notice, the others as its items. */
function lines(intent: Notice['intent'], text: string): Notice {
  const [first, ...rest] = text.split('\n');
  return { intent, text: first!, ...(rest.length > 0 ? { items: rest.map((l) => ({ text: l.trim() })) } : {}) };
}

export function DocxCriteriaPicker() {
  const ctx = usePane();
  const { t, busy, hasWorkbook, notify } = ctx;
  const choose = async (file: File) => {
    try {
      const read = await readDocxCriteriaFile(file, file.name);
      if (!read.ok) return notify(lines('error', read.message));
      ctx.chooseSet(read.set, { document: read.where }, { notices: read.notices, reconciliation: read.reconciliation, confirmed: false });
      ctx.setResult(undefined);
      // What the reader inferred is listed under the tree on the «Tiêu chí» tab, where the officer confirms it.
      notify({ intent: read.notices.length > 0 ? 'warning' : 'success', text: read.choice, ...(read.notices.length > 0 ? { items: [{ text: t('criteriaNotConfirmed') }] } : {}) });
    } catch (e) {
      notify({ intent: 'error', text: t('errorUnexpected', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return <FilePicker label={t('criteriaUseDocx')} accept=".docx,.doc" disabled={busy || !hasWorkbook} onFile={(f) => void choose(f)} />;
}

// Made for: officers whose scoring appendix came as a Word document, scoring in Excel or the one-workbook page.
