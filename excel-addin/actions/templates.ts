// Mẫu báo cáo: one blank report sheet per unit, ready to fill in and print on A4. A unit whose sheet
// already exists is left alone (never overwrite what a unit may have typed).
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { planTemplate, sheetNameFor } from '../../core/report/template.js';
import type { WorkbookPort } from '../../core/workbook/port.js';

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
