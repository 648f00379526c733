// A decision changed on «Rà soát» after the round was closed: the example commune reviewed (every flag «Chấp nhận»)
// and voted, closed by the command line (in-process); then the council retypes Đoàn Thanh niên xã Ta Ma's «Thiếu thông tin
// đơn vị» (B9) «Bác số liệu», which moves no points, and LibreOffice saves the file. Closing again never answers «không
// có gì thay đổi» over it: the change is named, a reason asked for, and the round closed with one seals the new decision;
// `thidua papers` before that closing says it too (the papers print the sealed decision), and so does `thidua verify`
// in the same words, the folder no longer the closed result (before, it answered «Khớp với kết quả đã chốt»); `thidua
// score` over it says the change and writes nothing until --reopen (before: «lần chấm này không thay đổi gì»). The
// council renamed «Rà soát» as it retyped the decision («Rà soát HĐ 2026»): every line names the sheet so (before,
// «Trang «Rà soát», …» whatever its name).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary, retypeDecision, reviewedCommune, typeVotes } from './council-meeting.js';

const UNIT = 'Đoàn Thanh niên xã Ta Ma';
const FLAG = 'Thiếu thông tin đơn vị';
const CLOSE = ['close', 'kq', '--by', 'Lò Văn Thành'];
/** The name the council gave «Rà soát» after closing. */
const RENAMED = 'Rà soát HĐ 2026';

describe('a decision changed on «Rà soát» after closing', () => {
  let dir: string;
  let first: Run;
  let papersBefore: Run;
  let papersAfter: Run;
  let again: Run;
  let reasoned: Run;
  let verifyBefore: Run;
  let verifyAfter: Run;
  let verifyReclosed: Run;
  let scoreAfter: Run;

  beforeAll(async () => {
    dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7]);
    first = await runInProcess(CLOSE, dir);
    papersBefore = await runInProcess(['papers', 'kq', '--out', 'ho-so'], dir);
    verifyBefore = await runInProcess(['verify', 'kq'], dir);
    await retypeDecision(summary, UNIT, FLAG, 'Bác số liệu', 'Không ghi ngày nộp', RENAMED);
    papersAfter = await runInProcess(['papers', 'kq', '--out', 'ho-so-2'], dir);
    verifyAfter = await runInProcess(['verify', 'kq'], dir);
    scoreAfter = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    again = await runInProcess(CLOSE, dir);
    reasoned = await runInProcess([...CLOSE, '--reason', 'Hội đồng sửa quyết định về ngày nộp'], dir);
    verifyReclosed = await runInProcess(['verify', 'kq'], dir);
  }, 300_000);

  /** The change as closing and the papers say it. */
  const CHANGED = `Trang «${RENAMED}», quyết định về cảnh báo «${FLAG}» của ${UNIT} (trang «${UNIT}», ô B9) đã khác lần chốt: «Chấp nhận» (Lò Văn Thành, 20/11/2026) → «Bác số liệu» (Lò Văn Thành, 20/11/2026) — Không ghi ngày nộp.`;

  it('names the decision changed since the seal and asks for a reason, never «không có gì thay đổi»', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(again.code).not.toBe(0);
    expect(again.stderr).not.toContain('không có gì thay đổi');
    expect(again.stderr).toContain(CHANGED);
  });

  it('the papers, written from the sealed round, say the decision typed since; nothing before it was', () => {
    expect(papersBefore.code, papersBefore.stderr).toBe(0);
    expect(papersBefore.stderr).not.toContain('đã khác lần chốt');
    expect(papersAfter.code, papersAfter.stderr).toBe(0);
    expect(papersAfter.stderr).toContain(`Lưu ý: ${CHANGED} Giấy tờ in quyết định đã chốt; chốt lại (có lý do) để in quyết định mới.`);
  });

  it('`thidua verify` says the decision typed since in closing’s words and does not answer «Khớp»; before and after, it matches', () => {
    expect(verifyBefore.code, verifyBefore.stderr).toBe(0);
    expect(verifyBefore.stdout).toContain('Khớp với kết quả đã chốt');
    expect(verifyAfter.code).toBe(1);
    expect(verifyAfter.stdout).not.toContain('Khớp với kết quả đã chốt');
    expect(verifyAfter.stderr.split('\n')).toContain(`  - ${CHANGED}`);
    expect(verifyReclosed.code, verifyReclosed.stderr).toBe(0);
    expect(verifyReclosed.stdout).toContain('Khớp với kết quả đã chốt (lần 2');
  });

  it('`thidua score` over it says the decision typed since and writes nothing until --reopen, never «không thay đổi gì»', () => {
    expect(scoreAfter.stderr).not.toContain('không thay đổi gì');
    expect(scoreAfter.stderr.split('\n')).toContain(`  - ${CHANGED}`);
    expect(scoreAfter.stderr).toContain('Không ghi gì. Để chấm lại sau khi đã chốt, thêm --reopen');
    expect(scoreAfter.code).toBe(1);
  });

  it('closed with a reason, the new round seals the decision as typed', async () => {
    expect(reasoned.code, reasoned.stderr).toBe(0);
    const round = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    expect(round.number).toBe(2);
    expect(round.decisions?.find((d) => d.unitName === UNIT && d.flag === FLAG)?.decision).toBe('reject');
  });
});

// Made for the hunt of 30/11/2026: «Bác số liệu» typed over a sealed «Chấp nhận»; `thidua close` answered «không có gì
// thay đổi», `thidua papers` printed «Chấp nhận» in the minutes without a word, `thidua verify` answered «Khớp», `thidua score` «không thay đổi gì».
