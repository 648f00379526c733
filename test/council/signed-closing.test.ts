// A key-signed closing (issue 48 item 2): the council's secretary keeps an Ed25519 private key file, the closing is
// signed with it and the public key's fingerprint printed on the minutes beside the seal code; `verify --public-key`
// checks the signature. A folder changed and sealed again without the key fails, whichever way the forger treats the
// signature (kept, dropped, or made with a key of his own); a key file missing or garbled is named.
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClosedRound } from '../../core/run/closing.js';
import { readKey, signRound } from '../../core/run/signature.js';
import { runInProcess } from '../cli/helpers.js';
import { typeVotes } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { forgeFolder } from './forged-folder.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
let fingerprint: string;

async function paperText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  // The example commune scored (made once a run), in this file's own copy.
  const scored = await scoredCommune();
  dir = scored.dir;
  const made = await thidua('key', 'khoa-bi-mat.pem', 'khoa-cong-khai.pem');
  expect(made.code).toBe(0);
  fingerprint = /Vân tay khoá công khai: (\S+)/.exec(made.stdout)![1]!;
  expect((await thidua('key', 'khoa-khac.pem', 'khoa-khac.pub.pem')).code).toBe(0);
  expect(scored.run.code).toBe(0);
  await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), () => [9, 8, 7]);
  const closed = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open', '--key', 'khoa-bi-mat.pem');
  expect(closed.code).toBe(0);
  expect(closed.stderr).toContain(`vân tay khoá công khai ${fingerprint}`);
  expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
}, 120_000);

describe('a closing signed with the council’s key', () => {
  it('makes a key pair once: the private key readable by its owner only, never written over', async () => {
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(await readFile(join(dir, 'khoa-bi-mat.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(statSync(join(dir, 'khoa-bi-mat.pem')).mode & 0o077).toBe(0);
    const again = await thidua('key', 'khoa-bi-mat.pem', 'moi.pem');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Đã có tệp khoa-bi-mat.pem: không ghi đè');
  });

  it('prints the key’s fingerprint beside the seal code on the minutes and the draft decision, and verifies with the public key', async () => {
    for (const paper of ['bien-ban.docx', 'du-thao-quyet-dinh.docx']) {
      expect(await paperText(join(dir, 'ho-so', paper))).toMatch(new RegExp(`Mã niêm phong kết quả đã chốt lần 1: \\S+ \\(SHA-256 [0-9a-f]{64}\\)\\. Ký bằng khoá của Hội đồng, vân tay khoá công khai: ${fingerprint}\\.`));
    }
    const ok = await thidua('verify', 'kq', '--public-key', 'khoa-cong-khai.pem');
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain(`Chữ ký của Hội đồng đúng: khoá công khai ${fingerprint}`);
  });

  it('fails with another council’s public key, naming both fingerprints', async () => {
    const wrong = await thidua('verify', 'kq', '--public-key', 'khoa-khac.pub.pem');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(new RegExp(`Lần chốt 1 được ký bằng một khoá khác \\(${fingerprint}\\), không phải khoá của Hội đồng \\(\\S+\\)\\.`));
  });

  it('says a key file missing, garbled or of the wrong kind, naming it, before anything is closed or checked', async () => {
    const missing = await thidua('verify', 'kq', '--public-key', 'khong-co.pem');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp khong-co.pem. Cần tệp khoá công khai do «thidua key» tạo.');
    const text = await readFile(join(dir, 'khoa-cong-khai.pem'), 'utf8');
    await writeFile(join(dir, 'hong.pem'), text.replace(/\n[A-Za-z0-9+/]{8}/, '\nAAAAAAAA'));
    const garbled = await thidua('verify', 'kq', '--public-key', 'hong.pem');
    expect(garbled.code).toBe(1);
    expect(garbled.stderr.trim()).toBe('Tệp khoá hong.pem không dùng được: nội dung khoá đã hỏng hoặc không phải khoá Ed25519 (bị sửa, cắt, hay tệp khác).');
    await writeFile(join(dir, 'thu.txt'), 'Kính gửi Hội đồng');
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--key', 'thu.txt')).stderr).toContain('Tệp khoá thu.txt không dùng được: không phải tệp khoá do «thidua key» tạo');
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--key', 'khoa-cong-khai.pem')).stderr).toContain('Tệp khoá khoa-cong-khai.pem không dùng được: đây là khoá công khai, không ký được');
  });

  it('signs a round closed before the council took a key, its seal unchanged, and never signs it again with another key', async () => {
    expect((await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq2')).code).toBe(0);
    await typeVotes(join(dir, 'kq2', 'tong-hop.xlsx'), () => [9, 8, 7]);
    const unsigned = await thidua('close', 'kq2', '--by', 'Lò Văn Thành', '--accept-open');
    const code = /Mã niêm phong: (\S+)/.exec(unsigned.stderr)![1]!;
    expect((await thidua('verify', 'kq2', '--public-key', 'khoa-cong-khai.pem')).stderr).toMatch(/^Lần chốt 1 không có chữ ký bằng khoá của Hội đồng/);
    const signed = await thidua('close', 'kq2', '--by', 'Lò Văn Thành', '--key', 'khoa-bi-mat.pem');
    expect(signed.code).toBe(0);
    expect(signed.stderr).toContain(`Đã ký lần chốt ấy bằng khoá của Hội đồng, vân tay khoá công khai ${fingerprint}`);
    expect((await thidua('verify', 'kq2', '--public-key', 'khoa-cong-khai.pem', '--seal', code)).code).toBe(0);
    const other = await thidua('close', 'kq2', '--by', 'Lò Văn Thành', '--key', 'khoa-khac.pem');
    expect(other.stderr).toMatch(new RegExp(`Lần chốt ấy đã được ký bằng khoá khác \\(${fingerprint}\\): không ký lại\\.`));
    expect((await thidua('verify', 'kq2', '--public-key', 'khoa-cong-khai.pem')).code).toBe(0);
  }, 120_000);

  it('refuses a folder changed and sealed again without the key: its signature kept, dropped, or made with another key', async () => {
    const other = await readKey(await readFile(join(dir, 'khoa-khac.pem'), 'utf8'), 'private');
    if (!other.ok) throw new Error(other.why);
    const ways: [string, (r: ClosedRound) => Promise<ClosedRound>, RegExp][] = [
      ['kept', async (r) => r, /^Chữ ký lần chốt 1 không khớp khoá của Hội đồng \(\S+\): kết quả đã bị sửa và niêm phong lại sau khi ký\.$/],
      ['dropped', async ({ signature: _dropped, ...r }) => r, /^Lần chốt 1 không có chữ ký bằng khoá của Hội đồng/],
      ['another key', (r) => signRound(r, other), /^Lần chốt 1 được ký bằng một khoá khác/],
    ];
    for (const [way, sign, said] of ways) {
      await forgeFolder(join(dir, 'kq'), sign);
      expect((await thidua('verify', 'kq')).code, way).toBe(0); // the folder alone cannot tell
      const checked = await thidua('verify', 'kq', '--public-key', 'khoa-cong-khai.pem');
      expect(checked.code, way).toBe(1);
      expect(checked.stderr.trim(), way).toMatch(said);
    }
  });
});
