// Số liệu theo thủ tục (figures per procedure): when the officer filters the 766 page by one procedure, the page asks
// the same endpoints again with the procedure in the request, and the answers hold that procedure's figures for every
// unit — not the units' own. The response reader (responses/index.ts) splits them here, once, for every face: the
// units' own figures only from unfiltered answers, each procedure's apart and named from the catalogue the page
// searched (never by the portal's internal id).
import { z } from 'zod';
import { isProcedureCatalogue, Procedure, procedureOf, readProcedureCatalogue } from './responses/formalities.js';
import { IndicatorSnapshot } from './schema.js';

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
export function procedureNames(seen: readonly { url: string; body: unknown }[]): Map<string, Procedure> {
  const names = new Map<string, Procedure>();
  for (const s of seen) {
    if (!isProcedureCatalogue(s.url)) continue;
    for (const p of readProcedureCatalogue(s.body) ?? []) names.set(p.id, p);
  }
  return names;
}

/** How the officer reads a procedure: «2.000815 · Chứng thực bản sao…», or that its name was not seen. */
export function procedureName(p: Procedure): string {
  if (p.name) return `«${p.code ? `${p.code} · ` : ''}${p.name}»`;
  return p.code ? `mã ${p.code}` : 'đã lọc (chưa thấy tên: tìm thủ tục trong ô tìm kiếm của trang để thidua biết tên)';
}

/*
Made for: issue 39 item 4 — «when the officer filters the 766 page by one procedure or opens the per-procedure view,
those responses are captured too», kept apart from the units' own figures; issue 47 — the split decided once, in the
response reader, so `thidua capture`, `thidua watch`, the extension and `score --indicators` read a file alike.
*/
