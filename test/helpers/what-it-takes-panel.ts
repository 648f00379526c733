// «Còn thiếu gì» as the panel (excel-addin/shared/WhatItTakes.tsx) draws it, read row by row as the officer reads it —
// on the standalone page in Chromium and in the task pane drawn over the Office.js fake — and put in the cells of
// tong-hop.xlsx's sheet (Đơn vị · Mục tiêu · Điểm cần thêm · Cách nhanh nhất), to be held equal to them.
import { formatNumber } from '../../core/criteria/rules/reason.js';

/** The panel's table. */
export const PANEL = 'table[aria-label="Còn thiếu gì theo đơn vị"]';

/** One row as drawn: the unit, «→ goal», the steps listed, what follows them (the criteria not counted, or why there is no way), the points. */
export type PanelRow = { unit: string; goal: string; steps: string[]; after: string; need: string };

/** The rows of the panel's table. Run in the page as well: nothing from outside it. */
export const panelRows = (table: Element): PanelRow[] =>
  [...table.querySelectorAll('tbody tr')].map((tr) => {
    const [unit, way, need] = [...tr.querySelectorAll('td')];
    const [goal, ...rest] = [...way!.childNodes];
    return {
      unit: unit!.textContent ?? '',
      goal: goal!.textContent ?? '',
      steps: [...way!.querySelectorAll('li')].map((li) => li.textContent ?? ''),
      after: rest.filter((n) => n.nodeName !== 'UL').map((n) => n.textContent ?? '').join(''),
      need: need!.textContent ?? '',
    };
  });

/** A row in the sheet's cells: the goal without its arrow, the way's words as the sheet joins them (steps by «; », then «. »). */
export const asSheetRow = (r: PanelRow): string[] => [r.unit, r.goal.replace(/^→ /, ''), r.need, [r.steps.join('; '), r.after].filter((t) => t !== '').join('. ')];

/** A row of tong-hop.xlsx's «Còn thiếu gì» (STT · Đơn vị · Mục tiêu · Điểm cần thêm · Cách nhanh nhất), its points as the panel shows them. */
export const sheetRow = (r: readonly unknown[]): string[] => [String(r[1]), String(r[2]), typeof r[3] === 'number' ? `+${formatNumber(r[3])} điểm` : '—', String(r[4])];

/** Rows in one order, whatever order the face read its units in. */
export const sorted = (rows: readonly string[][]): string[][] => [...rows].sort((a, b) => a.join('\t').localeCompare(b.join('\t')));

// Made for the «Còn thiếu gì» of the departments' DTI walk (Min-Max 6.16 / 6.17) held equal on every face.
