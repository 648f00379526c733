// Mẫu báo cáo: one blank report sheet per unit, ready to fill in and print on A4. A unit whose sheet
// already exists is left alone (never overwrite what a unit may have typed). On the standalone page the
// same sheets can also go out as one workbook per unit, in a zip, to send each unit its own file.
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { planTemplate, sheetNameFor } from '../../core/workbook/plan-template.js';
import type { WorkbookPort } from '../../core/sheet/port.js';

export type UnitEntry = { name: string; kindId: string };
export type TemplatesResult = { created: string[]; skipped: string[] };

export async function createTemplates(port: WorkbookPort, set: CriteriaSet, units: readonly UnitEntry[], period?: string): Promise<TemplatesResult> {
  const existing = new Set((await port.listSheets()).map((n) => n.toLowerCase()));
  const created: string[] = [];
  const skipped: string[] = [];
  const sheets = [];
  for (const unit of units) {
    const name = sheetNameFor(unit.name);
    if (existing.has(name.toLowerCase())) {
      skipped.push(name);
      continue;
    }
    existing.add(name.toLowerCase());
    sheets.push(planTemplate(set, { name: unit.name, kindId: unit.kindId, ...(period ? { period } : {}) }));
    created.push(name);
  }
  if (sheets.length > 0) await port.apply({ sheets });
  return { created, skipped };
}

/** A file name any system accepts, from a unit's name: «Mẫu báo cáo - Bản Hua Ca.xlsx». */
export function templateFileName(unitName: string): string {
  const cleaned = unitName.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `Mẫu báo cáo - ${cleaned || 'đơn vị'}.xlsx`;
}

/** One workbook per unit (as `thidua template` writes it), zipped; a unit named twice gets one file. */
export async function templatesZip(set: CriteriaSet, units: readonly UnitEntry[], period?: string): Promise<{ bytes: Uint8Array; files: string[] }> {
  // Loaded on first use: the package writer and JSZip stay out of the pane's first load.
  const [{ OoxmlWorkbook }, { default: JSZip }] = await Promise.all([import('../../adapters/ooxml/workbook.js'), import('jszip')]);
  const zip = new JSZip();
  const files: string[] = [];
  for (const unit of units) {
    const name = templateFileName(unit.name);
    if (files.some((f) => f.toLowerCase() === name.toLowerCase())) continue;
    const workbook = OoxmlWorkbook.create();
    await workbook.apply({ sheets: [planTemplate(set, { name: unit.name, kindId: unit.kindId, ...(period ? { period } : {}) })] });
    zip.file(name, await workbook.toBuffer());
    files.push(name);
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), files };
}

/* Made for: «Mẫu báo cáo»: a blank report sheet per unit ready for A4, never over a sheet a unit may have typed in; on the standalone page, one workbook per unit in a zip. */
