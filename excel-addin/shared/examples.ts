// The example workbooks the page offers («Mở sổ tính ví dụ»): fetched beside the page when it is
// served, or carried inside the page itself in the one-file build opened from disk (no fetch there).

export type ExampleBooks = { names: string[]; load(name: string): Promise<ArrayBuffer> };

/** The whole commune (criteria sheet and every unit's report): what «Mở sổ tính ví dụ» opens first. */
const FIRST_EXAMPLE = 'xa-ta-ma-2025.xlsx';

const firstExampleFirst = (names: string[]) => [...names].sort((a, b) => Number(b === FIRST_EXAMPLE) - Number(a === FIRST_EXAMPLE));

/** examples/index.json and examples/<name> beside the page; none when the list cannot be fetched. */
export async function servedExamples(): Promise<ExampleBooks> {
  let names: string[] = [];
  try {
    const res = await fetch('examples/index.json');
    names = res.ok ? ((await res.json()) as string[]) : [];
  } catch {
    // No list: the example button is not shown.
  }
  return {
    names: firstExampleFirst(names),
    async load(name) {
      const res = await fetch(`examples/${encodeURIComponent(name)}`);
      if (!res.ok) throw new ExampleMissing(res.status);
      return res.arrayBuffer();
    },
  };
}

/** Examples built into the page, as base64 by file name. */
export function embeddedExamples(base64: Record<string, string>): ExampleBooks {
  return {
    names: firstExampleFirst(Object.keys(base64)),
    async load(name) {
      const text = atob(base64[name] ?? '');
      return Uint8Array.from(text, (c) => c.charCodeAt(0)).buffer;
    },
  };
}

/** The served example answered with an HTTP error (its status is shown to the officer). */
export class ExampleMissing extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/* Made for: «Mở sổ tính ví dụ» on the standalone page: the example workbooks fetched beside the page, or carried inside the one-file build opened from disk. */
