// The council's key files on the command line: read as every input file is (a regular file, named in each message),
// their content judged by core (core/run/signature.ts).
import { resolve } from 'node:path';
import { readKey, type KeyKind } from '../core/run/signature.js';
import { UnusableFile } from './command.js';
import { readTextFile, shown } from './files.js';

/** Far above a PEM key of Ed25519 (about 120 bytes): a larger file is no key of thidua's, and is not read (a 50 MB one cost 1.13 GB). */
const KEY_FILE_BYTES = 64 * 1024;

/** The key in the file `arg` names; a file missing, unreadable or not such a key stops the command, naming it. */
export async function readKeyFile(arg: string, kind: KeyKind, cwd: string): Promise<{ key: CryptoKey; publicKey: string }> {
  const name = shown(resolve(cwd, arg), cwd);
  const read = readTextFile(resolve(cwd, arg), name, KEY_FILE_BYTES);
  if (!read.ok) throw new UnusableFile(`${read.message} Cần tệp ${kind === 'private' ? 'khoá bí mật' : 'khoá công khai'} do «thidua key» tạo.`);
  const key = await readKey(read.text, kind);
  if (!key.ok) throw new UnusableFile(`Tệp khoá ${name} không dùng được: ${key.why}.`);
  return key;
}

/* Made for: issue 48 item 2 — `thidua close --key` and `thidua verify --public-key` read the council's key files alike. */
