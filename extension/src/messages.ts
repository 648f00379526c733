// Requests from the popup to the content script in the portal tab, validated on arrival.
import { z } from 'zod';
import { GenericMapping, type ResponsesResult } from '../../core/indicators/index.js';
import { GATHER_MAX } from '../../core/indicators/gather-766.js';

export const ContentRequest = z.discriminatedUnion('type', [
  /**
   * Run the page adapters on the open page. With `wait`, on the 766 page while groups of the view are still on their
   * way, the answer is those groups (`{ waiting }`) instead: one message either way, no separate question first.
   */
  z.object({
    type: z.literal('thidua/capture'),
    capturedAt: z.string(),
    commune: z.string().optional(),
    mapping: GenericMapping.optional(),
    wait: z.boolean().optional(),
  }),
  /** List the page's tables for the generic-table picker. */
  z.object({ type: z.literal('thidua/list-tables') }),
  /**
   * On the 766 page: the lists (and further pages) to ask the portal for so that every group is held
   * (core/indicators/gather-766.ts), at most `max`, none of those already `tried` this click (a refused one included).
   */
  z.object({
    type: z.literal('thidua/gather-plan'),
    max: z.number().int().min(0).max(GATHER_MAX).optional(),
    tried: z.array(z.object({ url: z.string(), body: z.record(z.string(), z.unknown()) })).max(GATHER_MAX).optional(),
  }),
  /** Send one of them from the page (same origin) and keep its answer with the page's own. */
  z.object({ type: z.literal('thidua/gather-send'), url: z.string(), body: z.record(z.string(), z.unknown()) }),
  /** The 766 page's API responses kept so far, as a file `thidua capture` reads (SavedResponses). */
  z.object({ type: z.literal('thidua/responses') }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** The groups of the 766 page's view sent for and not yet answered: the answer to a capture asked with `wait`. */
export type Waiting = { waiting: string[] };

/** A list sent for: kept, or refused with the portal's status (none when the request did not reach it). */
export type GatherAnswer = { ok: true } | { ok: false; status?: number };

/** A capture's answer: the page's own view, and on the 766 page the procedures it was filtered by, each apart. */
export type CaptureAnswer = ResponsesResult;

/* Made for: the popup asking the content script in the portal tab: its requests, validated with zod when they arrive. */
