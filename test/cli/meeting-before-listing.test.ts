// The meeting typed on «Biểu quyết» held to the day a run first listed the nominees, on the command line, when the
// council's work is taken into a new folder with --decisions (the example commune, in process, the clock set per step):
// scored on 20/11/2026, the council met on 21/11, the reports scored again into kq-2 on 24/11 with kq's tong-hop.xlsx —
// its vote and its days taken with it —, closed on 25/11: nothing said of the meeting, which was held after the
// nominees were listed. Retyped 19/11/2026, before any run listed them, it is said, with the first run's day.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleCommune } from '../council/example-commune.js';
import { typeDecisions, typeVotes } from '../council/council-meeting.js';
import { runOk } from './helpers.js';

afterEach(() => vi.useRealTimers());
const on = (day: string) => vi.setSystemTime(new Date(`${day}T09:00:00+07:00`));

describe('a meeting against the nominees’ first listing, the council’s work taken with --decisions', () => {
  it('is not said when held after the first run listed them, and is said, with that run’s day, when typed before it', async () => {
    const dir = await exampleCommune();
    const thidua = (...args: string[]) => runOk(args, dir);
    vi.useFakeTimers({ toFake: ['Date'] });
    on('2026-11-20');
    await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
    const first = join(dir, 'kq', 'tong-hop.xlsx');
    await typeDecisions(first, () => 'Chấp nhận');
    await typeVotes(first, () => [9, 8, 7], { B3: '21/11/2026' });
    on('2026-11-24');
    await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-2', '--decisions', 'kq/tong-hop.xlsx');
    on('2026-11-25');
    const closed = await thidua('close', 'kq-2', '--by', 'Lò Văn Thành', '--accept-open');
    const papers = await thidua('papers', 'kq-2', '--out', 'ho-so');
    expect(closed.stderr).not.toContain('«Ngày họp»');
    expect(papers.stderr).not.toContain('«Ngày họp»');

    await typeVotes(join(dir, 'kq-2', 'tong-hop.xlsx'), () => [9, 8, 7], { B3: '19/11/2026' });
    const again = await thidua('close', 'kq-2', '--by', 'Lò Văn Thành', '--reason', 'Sửa ngày họp', '--accept-open');
    const retyped = await thidua('papers', 'kq-2', '--out', 'ho-so-2');
    for (const run of [again, retyped]) {
      expect(run.stderr).toMatch(/Lưu ý: Tệp kq-2\/tong-hop\.xlsx, trang «Biểu quyết», ô B3 \(«Ngày họp»\): cuộc họp biểu quyết ghi ngày 19\/11\/2026, trước ngày thidua lần đầu ghi vào danh sách biểu quyết \d+ trường hợp đã biểu quyết \(.*: ngày 20\/11\/2026/);
      // The meeting's line names the first listing's day, never the later run's (which the plan's district note may date).
      expect(run.stderr.split('\n').filter((l) => l.includes('«Ngày họp»')).join('\n')).not.toContain('ngày 24/11/2026');
    }
  }, 300_000);
});

// Made for the DTI part 6 walk's meeting check: the council's vote taken into a new folder keeps the days its nominees
// were first listed, so a meeting held between the two runs is no false doubt.
