// Số liệu theo thủ tục (figures per procedure): when the officer filters the 766 page by one procedure, the page's
// answers hold that procedure's figures for every unit. They are kept apart from the units' own figures — a view
// filtered by a procedure is not the unit's score — one capture per procedure, named from the catalogue the page
// searched (never by the portal's internal id).
import { z } from 'zod';
import { captureResponses, type PendingRequest, type SeenResponse } from '../indicators/responses/index.js';
import { isProcedureCatalogue, Procedure, procedureOf, readProcedureCatalogue } from '../indicators/responses/formalities.js';
import { IndicatorSnapshot } from '../indicators/schema.js';

/** One procedure's figures, per unit, as the filtered page showed them. */
export const ProcedureCapture = z.object({
  procedure: Procedure,
  capturedAt: z.string(),
  snapshots: z.array(IndicatorSnapshot),
});
export type ProcedureCapture = z.infer<typeof ProcedureCapture>;

/** The responses of the page apart: those of the whole view, and per procedure those filtered by it. */
export function splitByProcedure<T extends { url: string; request?: unknown }>(seen: readonly T[]): { whole: T[]; byProcedure: Map<string, T[]> } {
  const whole: T[] = [];
  const byProcedure = new Map<string, T[]>();
  for (const s of seen) {
    if (isProcedureCatalogue(s.url)) continue;
    const id = procedureOf(s.request);
    if (id === undefined) whole.push(s);
    else byProcedure.set(id, [...(byProcedure.get(id) ?? []), s]);
  }
  return { whole, byProcedure };
}

/** Every procedure the catalogue answers among `seen` name (the latest answer naming one wins). */
export function procedureNames(seen: readonly SeenResponse[]): Map<string, Procedure> {
  const names = new Map<string, Procedure>();
  for (const s of seen) {
    if (!isProcedureCatalogue(s.url)) continue;
    for (const p of readProcedureCatalogue(s.body) ?? []) names.set(p.id, p);
  }
  return names;
}

/**
 * The procedures the page was filtered by, each captured from its own responses (the view each filter showed);
 * a procedure whose responses do not read is left out and said.
 */
export function captureProcedures(seen: readonly SeenResponse[], capturedAt: string, pageUrl?: string): { captures: ProcedureCapture[]; warnings: string[] } {
  const { byProcedure } = splitByProcedure(seen);
  const names = procedureNames(seen);
  const captures: ProcedureCapture[] = [];
  const warnings: string[] = [];
  for (const [id, responses] of byProcedure) {
    const procedure = names.get(id) ?? { id };
    const read = captureResponses(responses, { capturedAt, ...(pageUrl ? { pageUrl } : {}) });
    if (!read.ok) {
      warnings.push(`Không đọc được số liệu đã lọc theo thủ tục ${procedureName(procedure)}: ${read.error.message}`);
      continue;
    }
    captures.push({ procedure, capturedAt, snapshots: read.snapshots });
  }
  return { captures, warnings };
}

/** The page's own view: its responses and pending requests without the procedure-filtered ones. */
export function wholeView(seen: readonly SeenResponse[], pending: readonly PendingRequest[] = []): { seen: SeenResponse[]; pending: PendingRequest[] } {
  return { seen: splitByProcedure(seen).whole, pending: splitByProcedure(pending).whole };
}

/** How the officer reads a procedure: «2.000815 · Chứng thực bản sao…», or that its name was not seen. */
export function procedureName(p: Procedure): string {
  if (p.name) return `«${p.code ? `${p.code} · ` : ''}${p.name}»`;
  return p.code ? `mã ${p.code}` : 'đã lọc (chưa thấy tên: tìm thủ tục trong ô tìm kiếm của trang để thidua biết tên)';
}

/*
Made for: issue 39 item 4 — «when the officer filters the 766 page by one procedure or opens the per-procedure view,
those responses are captured too», kept apart from the units' own figures.
*/
