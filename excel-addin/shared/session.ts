// The pane talks to a workbook through a session: inside Excel, each action is one Excel.run over
// the open workbook; on the standalone page, the workbook is an .xlsx opened in the browser (its package
// read and edited by adapters/ooxml, loaded only in this mode) and results are downloaded.
import { parseAddress } from '../../core/text.js';
import { formatDateVi } from '../../core/values.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { openWorkbookName, runInExcel, selectInExcel } from '../workbook/office-runner.js';
import { saveFile, XLSX_TYPE } from './save-file.js';

/**
 * `fileName`: the open workbook's file name, where the face has one (the standalone page's file; in Excel the saved
 * workbook's, openWorkbookName): a table read from the workbook with no «Tên bộ tiêu chí» takes its name and year
 * from it, as «Chấm cả xã» and `thidua criteria import` do from the same file. A workbook never saved gives none.
 */
export type View = { activeSheet(): string | undefined; fileName?: string };

export interface WorkbookSession {
  readonly mode: 'excel' | 'standalone';
  /** One user action against the workbook. */
  run<T>(action: (port: WorkbookPort, view: View) => Promise<T>): Promise<T>;
  /** Shows a cell: selects it in Excel; on the standalone page returns its value to display. */
  select(sheet: string, cell: string): Promise<{ value: string } | undefined>;
}

export const excelSession: WorkbookSession = {
  mode: 'excel',
  run: (action) =>
    runInExcel((port) => {
      const fileName = openWorkbookName();
      return action(port, { activeSheet: () => port.activeSheet(), ...(fileName ? { fileName } : {}) });
    }),
  select: async (sheet, cell) => {
    await selectInExcel(sheet, cell);
    return undefined;
  },
};

type FilePort = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

/** The standalone page's workbook: whatever .xlsx the officer opened. */
export class StandaloneSession implements WorkbookSession {
  readonly mode = 'standalone';
  private constructor(
    private readonly port: FilePort,
    readonly fileName: string,
  ) {}

  /** Opens an .xlsx; a file that cannot be opened throws OpenFailed with the reason in Vietnamese. */
  static async open(data: ArrayBuffer, fileName: string): Promise<StandaloneSession> {
    const [{ OoxmlWorkbook }, { PackageRefused }] = await Promise.all([import('../../adapters/ooxml/workbook.js'), import('../../adapters/ooxml/zip.js')]);
    try {
      return new StandaloneSession(OoxmlWorkbook.open(new Uint8Array(data)), fileName);
    } catch (e) {
      console.error(e);
      throw new OpenFailed(e instanceof PackageRefused ? e.message : 'tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng');
    }
  }

  run<T>(action: (port: WorkbookPort, view: View) => Promise<T>): Promise<T> {
    return action(this.port, { activeSheet: () => undefined, fileName: this.fileName });
  }

  async select(sheet: string, cell: string): Promise<{ value: string }> {
    const [grid] = await this.port.readSheets([sheet]);
    const at = parseAddress(cell);
    const origin = grid?.origin ?? { row: 1, col: 1 };
    let value: unknown = null;
    if (grid && at) value = grid.values[at.row - origin.row]?.[at.col - origin.col] ?? null;
    return { value: value instanceof Date ? formatDateVi(value.toISOString().slice(0, 10)) : value === null ? '' : String(value) };
  }

  /** The workbook as it is now, downloaded under a name that says what it holds (chosen by the pane). */
  async download(downloadName: string): Promise<void> {
    saveFile(await this.port.toBuffer(), downloadName, XLSX_TYPE);
  }
}

/** What the download holds, in its name: «Sổ tính đã chấm - xã.xlsx», «Mẫu báo cáo - xã.xlsx», «Bản sao - xã.xlsx». */
export function downloadName(fileName: string, holds: 'scored' | 'templates' | 'copy'): string {
  const base = fileName.replace(/\.xlsx$/i, '');
  return `${{ scored: 'Sổ tính đã chấm', templates: 'Mẫu báo cáo', copy: 'Bản sao' }[holds]} - ${base}.xlsx`;
}

/** Why a workbook could not be opened on the standalone page, in Vietnamese, without the file name. */
export class OpenFailed extends Error {}

/* Made for: the pane talking to a workbook the same way in two places: one Excel.run per action inside Excel, an .xlsx opened and downloaded on the standalone page. */
