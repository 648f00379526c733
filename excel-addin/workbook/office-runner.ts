// One user action = one Excel.run: the action gets an OfficeWorkbook bound to that run's context,
// and whatever it queued last (store writes) is committed before the run ends.
import { detectCapabilities, type Capabilities } from './capabilities.js';
import { OfficeWorkbook } from './office-workbook.js';

export function officeCapabilities(): Capabilities {
  return detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
}

export async function runInExcel<T>(action: (port: OfficeWorkbook) => Promise<T>, caps = officeCapabilities()): Promise<T> {
  return Excel.run(async (ctx) => {
    const port = new OfficeWorkbook(ctx, caps);
    const result = await action(port);
    await port.flush();
    return result;
  });
}

/** Shows a cell to the officer: activates its sheet and selects it. */
export async function selectInExcel(sheet: string, address: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}

/**
 * The open workbook's file name, from Office.context.document.url: its path on the computer, or its address on
 * OneDrive or SharePoint (the name in it encoded as an address is), null or empty for a workbook never saved (none).
 * A table read with no «Tên bộ tiêu chí» is named from it, as the command line and the page name it from the file.
 */
export function openWorkbookName(): string | undefined {
  const url = Office.context.document?.url ?? '';
  const web = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const last = (web ? url.replace(/[?#].*$/, '') : url).split(/[/\\]/).pop() ?? '';
  try {
    return (web ? decodeURIComponent(last) : last) || undefined;
  } catch {
    return last || undefined; // a «%» not encoding anything: the name as it stands
  }
}

/* Made for: one user action as one Excel.run, whatever it queued last (store writes) committed before the run ends. */
