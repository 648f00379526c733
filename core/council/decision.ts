// Quyết định của Hội đồng TĐKT trên từng cảnh báo (council decision per flag).
import { z } from 'zod';

export const DecisionKind = z.enum([
  'accept', // chấp nhận số liệu
  'explain', // yêu cầu giải trình
  'reject', // bác số liệu: handled per the set's council policy
]);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const CouncilDecision = z.object({
  sheet: z.string(),
  unitName: z.string(),
  flagCode: z.string(),
  cell: z.string().optional(),
  criterion: z.string().optional(),
  decision: DecisionKind,
  reviewer: z.string().default(''),
  date: z.string().default(''), // YYYY-MM-DD
  comment: z.string().default(''),
});
export type CouncilDecision = z.infer<typeof CouncilDecision>;
