// The pane talks to a workbook through a session: inside Excel, each action is one Excel.run over
// the open workbook; on the standalone page, the workbook is an .xlsx opened in the browser (ExcelJS,
// loaded only in this mode) and results are downloaded.
import { parseAddress } from '../../core/text.js';
import type { WorkbookPort } from '../../core/workbook/port.js';
import { runInExcel, selectInExcel } from '../workbook/office-runner.js';

export type View = { activeSheet(): string | undefined };

export interface WorkbookSession {
  readonly mode: 'excel' | 'standalone';
  /** One user action against the workbook. */
  run<T>(action: (port: WorkbookPort, view: View) => Promise<T>): Promise<T>;
  /** Shows a cell: selects it in Excel; on the standalone page returns its value to display. */
  select(sheet: string, cell: string): Promise<{ value: string } | undefined>;
}

export const excelSession: WorkbookSession = {
  mode: 'excel',
  run: (action) => runInExcel((port) => action(port, { activeSheet: () => port.activeSheet() })),
  select: async (sheet, cell) => {
    await selectInExcel(sheet, cell);
    return undefined;
  },
};

type ExcelJsPort = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

/** The standalone page's workbook: whatever .xlsx the officer opened. */
export class StandaloneSession implements WorkbookSession {
  readonly mode = 'standalone';
  private constructor(
    private readonly port: ExcelJsPort,
    readonly fileName: string,
  ) {}

  static async open(data: ArrayBuffer, fileName: string): Promise<StandaloneSession> {
    const { ExcelJsWorkbook } = await import('../workbook/exceljs-workbook.js');
    return new StandaloneSession(await ExcelJsWorkbook.fromBuffer(data), fileName);
  }

  run<T>(action: (port: WorkbookPort, view: View) => Promise<T>): Promise<T> {
    return action(this.port, { activeSheet: () => undefined });
  }

  async select(sheet: string, cell: string): Promise<{ value: string }> {
    const [grid] = await this.port.readSheets([sheet]);
    const at = parseAddress(cell);
    const origin = grid?.origin ?? { row: 1, col: 1 };
    let value: unknown = null;
    if (grid && at) value = grid.values[at.row - origin.row]?.[at.col - origin.col] ?? null;
    return { value: value instanceof Date ? value.toISOString().slice(0, 10) : value === null ? '' : String(value) };
  }

  /** "Báo cáo xã.xlsx" → "Báo cáo xã.cham-diem.xlsx". */
  downloadName(): string {
    return `${this.fileName.replace(/\.xlsx$/i, '')}.cham-diem.xlsx`;
  }

  async download(): Promise<void> {
    const bytes = await this.port.toBuffer();
    const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.downloadName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
