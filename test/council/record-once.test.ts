// A closed tong-hop.xlsx keeps the run's record once: the closed round names it by its seal (at a province's size the
// record is 27 million characters, read and parsed twice when the round held it whole). A store written before —
// the round holding the record whole — reads and verifies as it did; a round naming a record no longer there is damage.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { nodeGzip } from '../../cli/node-zlib.js';
import { CLOSED_ROUNDS_KEY, RUN_RECORD_KEY, RunRecord, StoredRounds } from '../../core/run/closing.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { runInProcess } from '../cli/helpers.js';
import { closedCommune } from './example-commune.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const summaryOf = (folder: string) => join(dir, folder, 'tong-hop.xlsx');

/** The store of a tong-hop.xlsx as written: the record and the rounds, as their JSON stands. */
async function storeOf(folder: string) {
  const workbook = OoxmlWorkbook.open(await readFile(summaryOf(folder)));
  return { workbook, record: await workbook.readStore(RUN_RECORD_KEY), rounds: (await workbook.readStore(CLOSED_ROUNDS_KEY)) as Record<string, unknown>[] };
}

/** tong-hop.xlsx's store rewritten: `change` makes the rounds (and the record) as another version would have kept them. */
async function rewriteStore(folder: string, change: (store: { record: unknown; rounds: Record<string, unknown>[] }) => { record: unknown; rounds: unknown }) {
  const { workbook, record, rounds } = await storeOf(folder);
  const changed = change({ record, rounds });
  await workbook.writeStore(RUN_RECORD_KEY, changed.record);
  await workbook.writeStore(CLOSED_ROUNDS_KEY, changed.rounds);
  await writeFile(summaryOf(folder), await workbook.toBuffer({ gzip: nodeGzip }));
}

beforeAll(async () => {
  // The example commune scored and closed (made once a run), in this file's own copy.
  const made = await closedCommune();
  dir = made.dir;
  expect([made.run.code, made.closed.code]).toEqual([0, 0]);
}, 300_000);

describe('the closed round’s record, kept once in tong-hop.xlsx', () => {
  it('is named by its seal beside the record, and read back as that record: closed, verified, scored again', async () => {
    const { record, rounds } = await storeOf('kq');
    const sealed = RunRecord.parse(record);
    expect(rounds.map((r) => r.record)).toEqual([{ kept: RUN_RECORD_KEY, seal: sealed.seal }]);
    // The record's text is in the store once.
    const storeText = JSON.stringify(rounds) + JSON.stringify(record);
    expect(storeText.split('"format":"thidua-ket-qua"')).toHaveLength(2);

    const read = await readPreviousSummary(OoxmlWorkbook.open(await readFile(summaryOf('kq'))));
    expect(read.damage).toEqual([]);
    expect(read.rounds).toHaveLength(1);
    expect(read.rounds[0]!.record).toBe(read.record);
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // Scored again unchanged: the round still names the record (the same seal); the folder still verifies.
    await cp(join(dir, 'kq'), join(dir, 'kq-lai'), { recursive: true });
    expect((await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-lai')).code).toBe(0);
    const again = await storeOf('kq-lai');
    expect(again.rounds.map((r) => r.record)).toEqual([{ kept: RUN_RECORD_KEY, seal: RunRecord.parse(again.record).seal }]);
    expect((await thidua('verify', 'kq-lai')).code).toBe(0);
  });

  it('reads and verifies a store written before, its round holding the record whole, seals unchanged', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-cu'), { recursive: true });
    await rewriteStore('kq-cu', ({ record, rounds }) => ({ record, rounds: rounds.map((r) => ({ ...r, record })) }));
    const old = await storeOf('kq-cu');
    expect(StoredRounds.parse(old.rounds)[0]!.record).toEqual(RunRecord.parse(old.record));

    const read = await readPreviousSummary(old.workbook);
    expect(read.damage).toEqual([]);
    expect(read.rounds[0]!.record).toEqual(read.record);
    const verified = await thidua('verify', 'kq-cu');
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    // Closed again unchanged, it says so and writes nothing.
    const closed = await thidua('close', 'kq-cu', '--by', 'Lò Văn Thành', '--accept-open');
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain('không có gì thay đổi');
  });

  it('is damage when the round names a record that is no longer beside it: verify stops on it, never «chưa chốt»', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-khac'), { recursive: true });
    // The record put back under another seal (as another run's would be): the round's reference is to nothing there.
    await rewriteStore('kq-khac', ({ record, rounds }) => ({ record, rounds: rounds.map((r) => ({ ...r, record: { kept: RUN_RECORD_KEY, seal: 'ab'.repeat(32) } })) }));
    const read = await readPreviousSummary((await storeOf('kq-khac')).workbook);
    expect(read.rounds).toEqual([]);
    expect(read.damage).toEqual([expect.stringMatching(/^Bản ghi lần chốt 1 \(lần 1, .*, Lò Văn Thành\) giữ kết quả lượt chấm lưu ẩn trong tệp \(mã .+\), nay kết quả ấy không còn hoặc đã khác: kết quả đã chốt bị hỏng, không phải chưa chốt\.$/)]);
    const verified = await thidua('verify', 'kq-khac');
    expect(verified.code).toBe(1);
    expect(verified.stderr).toContain(read.damage[0]);
  });
});

// Made for issue 56 item 3 / issue 59 item 3: a province's close and verify within 600 MB — the record kept once.
