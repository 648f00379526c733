// Word 97–2003 documents (.doc), still the form of most older decisions and plans: converted to .docx by LibreOffice
// when the machine has it — a copy of the file converted in a folder of its own, with its own LibreOffice profile and
// a time limit (soffice.ts), the folder removed after; the officer's file is never opened for writing. Without LibreOffice the
// document is refused with the hint to save it again as .docx.
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UnusableFile } from './command.js';
import { convert, inWorkFolder } from './soffice.js';

/**
 * The .docx LibreOffice makes of the Word 97–2003 document at `path` (named `name` to the officer). Throws
 * UnusableFile, in the officer's words, when LibreOffice is missing, fails or runs out of time.
 */
export async function docxOfWord97(path: string, name: string): Promise<Uint8Array> {
  return inWorkFolder('thidua-doc-', async (work) => {
    const input = join(work, 'van-ban.doc');
    await copyFile(path, input);
    const done = await convert(work, input, 'docx');
    if (!done.ok && done.missing) {
      throw new UnusableFile(`Tệp ${name} là văn bản Word 97–2003 (.doc) và máy này không có LibreOffice để chuyển sang .docx: mở trong Word và lưu lại dạng .docx.`);
    }
    const made = (await readdir(join(work, 'out')).catch(() => [])).find((f) => f.endsWith('.docx'));
    if (!made || !done.ok) {
      const why = !done.ok && done.timedOut ? 'LibreOffice chạy quá thời hạn và đã bị dừng — văn bản có thể liên kết tới tệp không đọc được' : 'LibreOffice không chuyển được';
      throw new UnusableFile(`Tệp ${name} là văn bản Word 97–2003 (.doc) nhưng không chuyển được sang .docx (${why}): mở trong Word và lưu lại dạng .docx.`);
    }
    // A Buffer: mammoth in Node reads Buffers.
    return await readFile(join(work, 'out', made));
  });
}

// Made for: `thidua criteria import quyet-dinh.doc` and `thidua score --criteria quyet-dinh.doc` (an appendix shared
// as .doc), on a machine with or without LibreOffice.
