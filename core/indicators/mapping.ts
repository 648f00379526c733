// Ánh xạ cột (column mapping): which column of an officer-picked table holds the unit names and which hold
// which indicators. The extension saves one per site; the generic table page reads through it.
import { z } from 'zod';
import { IndicatorValue } from './schema.js';

export const GenericColumn = z.object({
  /** The flattened header as listTables gives it ("Tỷ lệ nộp hồ sơ › Trực tuyến (%)"). */
  header: z.string().min(1),
  /** A code from core/indicators/codes.ts, or the officer's own in the same style. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'Mã chỉ số: chữ in hoa, số và gạch dưới (VD: TY_LE_TTTT)'),
  unit: IndicatorValue.shape.unit,
});
export type GenericColumn = z.infer<typeof GenericColumn>;

/** Ánh xạ cột (column mapping) saved per site. */
export const GenericMapping = z.object({
  /** Header of the column holding the unit names. */
  unitColumn: z.string().min(1),
  columns: z.array(GenericColumn).min(1),
});
export type GenericMapping = z.infer<typeof GenericMapping>;
