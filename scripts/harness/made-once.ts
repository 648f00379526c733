// Test inputs that cost seconds of processor time to make (hostile documents and workbooks: hundreds of megabytes
// deflated at level 9) made once per test run and copied to every test file and bench section that asks for them,
// as scripts/harness/office-html.ts does with LibreOffice's conversions. Kept in the run's folder (THIDUA_BUILDS,
// made afresh by test/global-setup.ts and bench/run.ts), so nothing outlives the run and every run makes them from the
// sources as they are; outside a run (THIDUA_BUILDS unset) each call makes its own.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The bytes `make` returns, made by the first caller of the run under `name` (a name says what is made and from what
 * arguments: two calls with one name must make the same bytes), read back by the others.
 */
export async function madeOnce(name: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const builds = process.env.THIDUA_BUILDS;
  if (!builds) return make();
  const folder = join(builds, 'made');
  const path = join(folder, name);
  const kept = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (kept) return kept;
  const made = await make();
  await mkdir(folder, { recursive: true });
  // Written aside and renamed: a file asking for the same input at the same time never reads half of it.
  const aside = `${path}.${process.pid}.${randomUUID()}`;
  await writeFile(aside, made);
  await rename(aside, path);
  return made;
}

// Made for issue 59 item 4: the test command under ten minutes on two cores — the hostile inputs made once per run.
