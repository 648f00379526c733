// The seal anchored in the paper the council signs (issue 48 item 2): the minutes and the draft decision carry the
// closing's code; a folder whose copy was changed and whose digests and seal were then recomputed still checks against
// itself, but no longer against the code printed on the paper.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchesSeal, sealCode } from '../../core/run/seal.js';
import { runInProcess } from '../cli/helpers.js';
import { verifyChosen } from '../../excel-addin/page/commune-closing.js';
import type { StepThread } from '../../excel-addin/page/commune-run.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { typeVotes } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { forgeFolder } from './forged-folder.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);

/** The text of a .docx paper, its runs joined. */
async function paperText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  // The papers are written only once every nominee has its vote: nine members, eight present, seven in favour.
  await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), () => [9, 8, 7]);
  expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
  expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
}, 120_000);

describe('the seal code', () => {
  it('is 16 letters and digits in four groups, read back whatever the case, dashes, O for 0 or I/L for 1', () => {
    const seal = createHash('sha256').update('x').digest('hex');
    const code = sealCode(seal);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(matchesSeal(code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l'), seal)).toBe(true);
    expect(matchesSeal(seal.toUpperCase(), seal)).toBe(true);
    expect(matchesSeal(sealCode(createHash('sha256').update('y').digest('hex')), seal)).toBe(false);
  });
});

describe('a folder against the seal printed on the signed paper', () => {
  it('prints the code on the minutes and the draft decision, and the honest folder matches it', async () => {
    const minutes = await paperText(join(dir, 'ho-so', 'bien-ban.docx'));
    const decision = await paperText(join(dir, 'ho-so', 'du-thao-quyet-dinh.docx'));
    const code = /Mã niêm phong kết quả đã chốt lần 1: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}) \(SHA-256 ([0-9a-f]{64})\)/.exec(minutes);
    expect(code).not.toBeNull();
    expect(decision).toContain(code![1]);
    const ok = await thidua('verify', 'kq', '--seal', code![1]!);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Khớp mã niêm phong trên giấy: ${code![1]}`);
    expect((await thidua('verify', 'kq', '--seal', code![2]!)).code).toBe(0);
    expect((await thidua('verify', 'kq', '--seal', 'khong-phai-ma')).code).toBe(2);
  });

  it('refuses a folder whose copy was changed and whose digests and seal were recomputed, though it checks against itself', async () => {
    const code = /Mã niêm phong kết quả đã chốt lần 1: (\S+)/.exec(await paperText(join(dir, 'ho-so', 'bien-ban.docx')))![1]!;
    // The forger: Bản Hua Ca's copy replaced by Bản Tà Ma's, its digest, the round's seal and «Chốt kết quả» written anew.
    await forgeFolder(join(dir, 'kq'));

    expect((await thidua('verify', 'kq')).code).toBe(0); // the folder alone cannot tell
    const against = await thidua('verify', 'kq', '--seal', code);
    expect(against.code).toBe(1);
    expect(against.stderr).toContain(`Mã niêm phong trên giấy (${code}) không khớp thư mục`);
    expect(against.stderr).toContain('tính lại niêm phong');

    // The page checks the chosen files against the same code, as the command line does.
    const thread: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
    const names = (await readdir(join(dir, 'kq'))).filter((n) => n === 'tong-hop.xlsx' || n.endsWith('.cham-diem.xlsx'));
    const chosen = await Promise.all(names.map(async (name) => ({ name: `kq/${name}`, file: new Blob([await readFile(join(dir, 'kq', name))]) })));
    const alone = await verifyChosen(chosen, thread);
    expect(alone.ok && alone.lines).toEqual([]);
    const paper = await verifyChosen(chosen, thread, code);
    expect(paper.ok && paper.lines.map((l) => l.text)).toEqual([expect.stringContaining(`Mã niêm phong trên giấy (${code}) không khớp thư mục`)]);
  });
});
