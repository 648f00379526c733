// A Word 97 document whose linked picture is a FIFO hangs LibreOffice (issue 48 item 5): at the time limit the whole
// conversion is ended — launcher and soffice.bin — and its folder (profile, temporary files) removed; nothing of it
// outlives the command.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runChild, tempDir } from './helpers.js';

/** A 4×4 red PNG: a real picture for the document to link to. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => (b.reduce((c, x) => crcTable[(c ^ x) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 255, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0])));
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'binary'), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Whether a process of the conversion (started with a profile under `own`) waits in the kernel for a writer to open
 * the FIFO: LibreOffice hung on the picture, not still starting.
 */
async function hungOnFifo(own: string): Promise<boolean> {
  for (const pid of (await readdir('/proc')).filter((n) => /^\d+$/.test(n))) {
    if (!(await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).includes(own)) continue;
    for (const task of await readdir(`/proc/${pid}/task`).catch(() => [])) {
      if (/^(wait_for_partner|fifo_open)$/.test(await readFile(`/proc/${pid}/task/${task}/wchan`, 'utf8').catch(() => ''))) return true;
    }
  }
  return false;
}

describe('a conversion that hangs', () => {
  it('is ended whole at the time limit: no LibreOffice process and no file of it left', async () => {
    const dir = await tempDir();
    const picture = join(dir, 'hinh.png');
    await writeFile(picture, png());
    await writeFile(join(dir, 'van-ban.html'), `<html><body><p>Bảng tiêu chí</p><img src="file://${picture}" width="40" height="40"></body></html>`);
    // Written as Word 97 by LibreOffice itself (the worker's, kept running), the picture linked by its path; the
    // picture then becomes a FIFO.
    await sofficeAll([join(dir, 'van-ban.html')], dir, 'doc', 'MS Word 97');
    await rm(picture);
    execFileSync('mkfifo', [picture]);
    const own = join(dir, 'tam');
    await mkdir(own);

    // The limit is waited out in full, so it is short; a LibreOffice still starting when it ran out (a loaded
    // machine) proved nothing of a hang, and the run is made again with twice the time.
    for (let seconds = 4; ; seconds *= 2) {
      const running = runChild(['criteria', 'import', 'van-ban.doc', '--out', 'bo.json'], dir, { TMPDIR: own, THIDUA_LIBREOFFICE_GIAY: String(seconds) });
      let ended = false;
      void running.finally(() => (ended = true));
      let hung = false;
      while (!ended && !(hung = await hungOnFifo(own))) await sleep(50);
      const run = await running;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Tệp van-ban.doc là văn bản Word 97–2003 (.doc) nhưng không chuyển được sang .docx (LibreOffice chạy quá thời hạn và đã bị dừng');
      // Every process of the conversion was started with a profile in the command's temporary folder: none is left.
      const left = execFileSync('ps', ['-eo', 'pid,args']).toString().split('\n').filter((l) => l.includes(own));
      expect(left).toEqual([]);
      expect(await readdir(own)).toEqual([]);
      if (hung) break;
      expect(seconds, 'LibreOffice never reached the FIFO before the time limit').toBeLessThan(64);
    }
  }, 180_000);
});
