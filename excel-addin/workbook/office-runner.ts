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

/* Made for: one user action as one Excel.run, whatever it queued last (store writes) committed before the run ends. */
