// A table of the real corpus imported as an officer would, from a copy in a folder of its own: nothing the reader
// does (a conversion written beside it, a note) can touch the kept file, which stays byte-exact with its source.
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';

/** The corpus file `file` imported from a fresh copy of it. */
export async function importCorpusCopy(file: string): Promise<ReadCriteriaFile> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-corpus-'));
  await copyFile(join(CORPUS, file), join(dir, file));
  return readCriteriaFile(join(dir, file), dir);
}

// Made for the reader's tests on the real tables (test/criteria): one way to import a kept document, not one a file.
