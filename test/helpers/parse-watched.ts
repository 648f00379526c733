// The modules loaded afresh with the criteria schema's parse watched: what a test asks of them then shows whether it
// parsed a set (the built-in registry parses a set when first asked; a report naming one does not parse it).
import { type MockInstance, vi } from 'vitest';

/** `body` given the spy on CriteriaSet.parse of a fresh module graph (import what it tests inside it); the spy removed after. */
export async function withParseWatched(body: (parse: MockInstance) => Promise<void>): Promise<void> {
  vi.resetModules();
  const { CriteriaSet: schema } = await import('../../core/criteria/schema.js');
  const parse = vi.spyOn(schema, 'parse');
  try {
    await body(parse);
  } finally {
    parse.mockRestore();
  }
}

// Made for issue 59: the tests that a set is parsed when first asked for, and not at all where only its name is said.
