// thidua key: makes the council's key pair for signed closings — the private key for the secretary to keep, the
// public key to hand to whoever checks, and the fingerprint printed on the minutes (core/run/signature.ts).
import { lstatSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { newKeyPair } from '../../core/run/signature.js';
import { shown } from '../files.js';
import { whyNotWritten } from '../outputs.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua key <tệp khoá bí mật> <tệp khoá công khai>

Tạo cặp khoá Ed25519 để Hội đồng ký khi chốt kết quả («thidua close --key»). Tệp khoá bí mật do thư ký Hội
đồng giữ (trong USB riêng, không để trong thư mục kết quả, không gửi qua mạng): ai có tệp ấy ký được. Tệp khoá công
khai đưa cho người kiểm tra («thidua verify --public-key»). Lệnh in vân tay của khoá công khai (16 chữ và số),
cũng là mã in trên biên bản bên cạnh mã niêm phong. Không ghi đè tệp đã có.

English: makes the council's Ed25519 key pair for signed closings: the private key file for the council's secretary
to keep (whoever has it can sign), the public key file for whoever checks, and the public key's fingerprint, printed
on the minutes beside the seal code. Existing files are never overwritten.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 2) throw new UsageError('Cần hai tệp: khoá bí mật rồi khoá công khai. / Two files are required: the private key, then the public key.');
    const [privatePath, publicPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
    if (privatePath === publicPath) throw new UsageError('Khoá bí mật và khoá công khai phải là hai tệp khác nhau. / The two files must differ.');
    // Asked of the name itself: a link there, even one leading nowhere, is a file already (writing would follow it).
    for (const path of [privatePath, publicPath]) {
      if (lstatSync(path, { throwIfNoEntry: false })) throw new UnusableFile(`Đã có tệp ${shown(path, io.cwd)}: không ghi đè (khoá cũ có thể đang dùng). Hãy chọn tên khác.`);
    }
    const pair = await newKeyPair();
    // Both files or neither: a private key left alone by a public key that could not be written is removed, never a secret
    // lying unmentioned. The private key readable by its owner only; neither file written over one already there (a key
    // lost is a closing no one can sign again with it).
    await writeKey(privatePath, pair.privatePem, 0o600, io.cwd);
    try {
      await writeKey(publicPath, pair.publicPem, 0o644, io.cwd);
    } catch (e) {
      await rm(privatePath, { force: true });
      throw new UnusableFile(`${(e as Error).message} Khoá bí mật vừa ghi ở ${shown(privatePath, io.cwd)} đã xoá: không tệp nào được tạo.`);
    }
    io.out(`Đã tạo khoá của Hội đồng: khoá bí mật ${shown(privatePath, io.cwd)} (thư ký giữ kín), khoá công khai ${shown(publicPath, io.cwd)}.`);
    io.out(`Vân tay khoá công khai: ${pair.fingerprint}`);
    return EXIT.ok;
  },
};

async function writeKey(path: string, text: string, mode: number, cwd: string): Promise<void> {
  try {
    await writeFile(path, text, { flag: 'wx', mode });
  } catch (e) {
    const made = (e as NodeJS.ErrnoException).code !== 'EEXIST';
    // Made by this write and left half (the disk full): removed. One made there meanwhile by another is not this one's.
    if (made) await rm(path, { force: true }).catch(() => undefined);
    throw new UnusableFile(`Không ghi được ${shown(path, cwd)} (${made ? whyNotWritten(e) : 'tệp vừa được tạo ở đó'}).`);
  }
}

/* Made for: issue 48 item 2 — a council that wants more than the seal makes the key it signs its closings with. */
