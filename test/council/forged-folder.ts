// The forger of a closed output folder, as the seal tests meet him: Bản Hua Ca's scored copy replaced by Bản Tà Ma's,
// its digest and the round's seal computed again and «Chốt kết quả» written anew — everything anyone can do without
// the paper the council signed or the council's key. `sign`: what he does with the round's signature, if any.
import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { nodeGzip } from '../../cli/node-zlib.js';
import { CLOSED_ROUNDS_KEY, roundsFromStore, roundsToStore, RUN_RECORD_KEY, RunRecord, StoredRounds, type ClosedRound } from '../../core/run/closing.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { sealOf } from '../../core/run/seal.js';

export async function forgeFolder(folder: string, sign: (round: ClosedRound) => Promise<ClosedRound> = async (r) => r): Promise<void> {
  const copy = join(folder, 'ban-hua-ca.cham-diem.xlsx');
  await copyFile(join(folder, 'ban-ta-ma.cham-diem.xlsx'), copy);
  const summaryPath = join(folder, 'tong-hop.xlsx');
  const workbook = OoxmlWorkbook.open(await readFile(summaryPath));
  // The round's record as the store keeps it (by reference to the run's record beside it): he knows the format.
  const record = RunRecord.parse(await workbook.readStore(RUN_RECORD_KEY));
  const { rounds } = roundsFromStore(StoredRounds.parse(await workbook.readStore(CLOSED_ROUNDS_KEY)), record);
  const round = rounds[0]!;
  round.files.find((f) => f.name === 'ban-hua-ca.cham-diem.xlsx')!.sha256 = createHash('sha256').update(await readFile(copy)).digest('hex');
  round.seal = sealOf(round);
  rounds[0] = await sign(round);
  await workbook.writeStore(CLOSED_ROUNDS_KEY, roundsToStore(rounds, record));
  await workbook.apply({ sheets: [planClosing(rounds)] });
  await writeFile(summaryPath, await workbook.toBuffer({ gzip: nodeGzip }));
}

// Made for issue 48 item 2: one forger for the seal on the paper and the key-signed closing.
