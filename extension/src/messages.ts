// Requests from the popup to the content script in the portal tab, validated on arrival.
import { z } from 'zod';
import { GenericMapping } from '../../core/indicators/index.js';

export const ContentRequest = z.discriminatedUnion('type', [
  /** Run the page adapters on the open page. */
  z.object({
    type: z.literal('thidua/capture'),
    capturedAt: z.string(),
    commune: z.string().optional(),
    mapping: GenericMapping.optional(),
  }),
  /** List the page's tables for the generic-table picker. */
  z.object({ type: z.literal('thidua/list-tables') }),
  /** The groups of the 766 page's view whose requests are sent and not yet answered. */
  z.object({ type: z.literal('thidua/waiting') }),
  /** The 766 page's API responses kept so far, as a file `thidua capture` reads (SavedResponses). */
  z.object({ type: z.literal('thidua/responses') }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;
