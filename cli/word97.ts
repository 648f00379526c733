// Word 97–2003 documents (.doc), still the form of most older decisions and plans: converted to .docx by LibreOffice
// when the machine has it — a copy of the file converted in a folder of its own, with its own LibreOffice profile and
// a time limit, the folder removed after; the officer's file is never opened for writing. Without LibreOffice the
// document is refused with the hint to save it again as .docx.
import { execFile, type ExecFileException } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnusableFile } from './command.js';

/** How long one conversion may take before it is given up. */
const CONVERT_MS = 120_000;

/**
 * The .docx LibreOffice makes of the Word 97–2003 document at `path` (named `name` to the officer). Throws
 * UnusableFile, in the officer's words, when LibreOffice is missing, fails or runs out of time.
 */
export async function docxOfWord97(path: string, name: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'thidua-doc-'));
  try {
    const input = join(work, 'van-ban.doc');
    await copyFile(path, input);
    const out = join(work, 'out');
    const failed = await new Promise<ExecFileException | null>((done) => {
      execFile(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'docx', '--outdir', out, input],
        { timeout: CONVERT_MS, killSignal: 'SIGKILL' },
        (error) => done(error),
      );
    });
    if (failed?.code === 'ENOENT') {
      throw new UnusableFile(`Tệp ${name} là văn bản Word 97–2003 (.doc) và máy này không có LibreOffice để chuyển sang .docx: mở trong Word và lưu lại dạng .docx.`);
    }
    const made = (await readdir(out).catch(() => [])).find((f) => f.endsWith('.docx'));
    if (!made) {
      const why = failed?.killed ? `quá ${CONVERT_MS / 1000} giây` : 'LibreOffice không chuyển được';
      throw new UnusableFile(`Tệp ${name} là văn bản Word 97–2003 (.doc) nhưng không chuyển được sang .docx (${why}): mở trong Word và lưu lại dạng .docx.`);
    }
    // A Buffer: mammoth in Node reads Buffers.
    return await readFile(join(out, made));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// Made for: `thidua criteria import quyet-dinh.doc` and `thidua score --criteria quyet-dinh.doc` (an appendix shared
// as .doc), on a machine with or without LibreOffice.
