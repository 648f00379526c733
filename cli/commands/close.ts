// thidua close: the council closes a run's result («Chốt kết quả») — who, when, a SHA-256 of every scored file —
// kept in tong-hop.xlsx with a sheet «Chốt kết quả» officers can print.
import { resolve } from 'node:path';
import { blocksClosing, keepsFlags, openAtClosingSentence, openLines, openSummary, unvotedPlace } from '../../core/run/open-at-closing.js';
import { CONFLICT_REMEDY } from '../../core/workbook/council-conflicts.js';
import { changesSinceClosing, closeRound, copiesUnlikeRecord, CLOSED_ROUNDS_KEY, describeRound, roundsToStore, type FileDigest } from '../../core/run/closing.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { sealCode } from '../../core/run/seal.js';
import { keyFingerprint, signRound } from '../../core/run/signature.js';
import { readKeyFile } from '../key-file.js';
import { formatNumberVi, officerMinute } from '../../core/values.js';
import { folderCopies, readFolderSummary, stopOnCut } from '../closed-rounds.js';
import { shown } from '../files.js';
import { isFolder, lockFolder, saveWorkbook } from '../outputs.js';
import { notesAfterClosing, papersWaitFor } from '../../core/papers/index.js';
import { councilSheetNamesOf } from '../../core/run/plan-copy.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command, type Io } from '../command.js';

const HELP = `thidua close <thư mục kết quả> --by "<người chốt>" [--reason "<lý do chốt lại>"] [--accept-open] [--key <tệp khoá bí mật>]

Chốt kết quả của lần chấm trong thư mục kết quả (nơi «thidua score --out» đã ghi tong-hop.xlsx): ghi vào
tong-hop.xlsx người chốt, thời điểm, mã SHA-256 của từng tệp đã chấm và mã niêm phong của bản ghi chốt, thêm trang
«Chốt kết quả». Thư mục có tệp đã sửa tay, thiếu hay thừa so với lần chấm thì không chốt. Sau khi
chốt, «thidua verify» kiểm tra thư mục, «thidua papers» lập hồ sơ khen thưởng, và «thidua score» không ghi đè
kết quả đã chốt nếu không được yêu cầu. Kết quả đã chốt mà nay khác đi chỉ được chốt lại (lần 2, 3…) khi có
--reason.

Kết quả biểu quyết của Hội đồng (tổng số thành viên, có mặt, đồng ý) đọc từ trang «Biểu quyết» của tong-hop.xlsx,
với điều kiện đạt ghi ở đầu trang, và được niêm phong cùng lần chốt. Còn mục mở — cảnh báo Hội đồng chưa quyết định
ở trang «Rà soát», lỗi chưa rà soát, đơn vị chờ giải trình, tệp không chấm được, trường hợp chưa biểu quyết — thì
không chốt: lệnh liệt kê từng mục (mã thoát 1). --accept-open: Hội đồng vẫn chốt khi còn mục
mở; các mục ấy được ghi trong trang «Chốt kết quả» và nêu trong biên bản.

--key: Hội đồng ký lần chốt bằng khoá bí mật do thư ký giữ («thidua key» tạo); vân tay khoá công khai được in trên
biên bản bên cạnh mã niêm phong, và «thidua verify --public-key» kiểm tra chữ ký. Mã niêm phong ai cũng tính lại
được; chữ ký thì không, nếu không có tệp khoá bí mật.

English: closes the run's result in an output folder: who, when and a SHA-256 of every scored file, kept in
tong-hop.xlsx, with the council's vote read from its «Biểu quyết» sheet. A changed result is closed again only with --reason. While anything is open (flags the council has
not decided, errors not reviewed, units awaiting their explanation, files not scored, nominees without a vote) nothing is closed and each is
listed (exit code 1); --accept-open closes anyway, recording what was open on «Chốt kết quả» and in the minutes.
--key signs the closing with the council's private key (made by «thidua key»): anyone can recompute a seal, no one
can make the signature without that file.`;

/** The longest closer's name and reason kept whole in a cell and on the papers. */
const BY_MOST = 200;
const REASON_MOST = 2000;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { by: { type: 'string' }, reason: { type: 'string' }, 'accept-open': { type: 'boolean' }, key: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    const by = values.by;
    if (!by?.trim()) throw new UsageError('Thiếu --by "<người chốt>". / --by is required.');
    // Written into «Chốt kết quả» and read back by verify and papers: refused at the door rather than cut in the cell.
    for (const [option, text, most] of [['--by', by, BY_MOST], ['--reason', values.reason ?? '', REASON_MOST]] as const) {
      const length = [...text.trim()].length;
      if (length > most) throw new UsageError(`${option} dài ${formatNumberVi(length)} ký tự, quá ${formatNumberVi(most)}: hãy ghi ngắn gọn (họ tên, chức vụ; lý do trong một vài câu).`);
    }
    // The key read first: a closing is not sealed only to find the key cannot sign it.
    const key = values.key === undefined ? undefined : await readKeyFile(values.key, 'private', io.cwd);
    const folder = resolve(io.cwd, positionals[0]!);
    // No run writes the folder while it is checked and closed; one a stopped run left half moved is settled first.
    // (A folder that is not there takes no lock: reading it says it is no result folder.)
    const lock = isFolder(folder) ? await lockFolder(folder, 'close', shown(folder, io.cwd)) : undefined;
    try {
      if (lock?.recovered) io.err(lock.recovered);
      return await closeFolder(folder, { ...values, by }, key, io);
    } finally {
      await lock?.release();
    }
  },
};

async function closeFolder(folder: string, values: { by: string; reason?: string | undefined; 'accept-open'?: boolean | undefined }, key: { key: CryptoKey; publicKey: string } | undefined, io: Io): Promise<number> {
  const { summaryPath, workbook, summary } = await readFolderSummary(folder, io.cwd, 'Không chốt.');
  stopOnCut(summaryPath, summary, io.cwd, 'Không chốt.');
  const { record, rounds } = summary;
  // The council's sheets by the names they have in this tong-hop.xlsx.
  const sheets = councilSheetNamesOf(summary);
  if (!record) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa có kết quả chấm để chốt: hãy chấm lại bằng «thidua score» phiên bản này.`);
  // What is closed is what the folder holds as the run wrote it: a sheet edited by hand, a copy gone, added or
  // unreadable — or, in a folder as it was closed, a copy changed since — is said, and nothing closed (a round sealed
  // over it would vouch for it).
  const found = folderCopies(folder);
  const last = rounds.at(-1);
  const unlike = [
    ...summary.edited,
    ...(last && last.record.seal === record.seal
      ? changesSinceClosing(last, record, found)
      : (copiesUnlikeRecord(record, found) ?? [`${shown(summaryPath, io.cwd)} do phiên bản trước ghi, không giữ nội dung từng tệp đã chấm nên không biết các tệp có đúng là của lần chấm không.`])),
  ];
  if (unlike.length > 0) throw new UnusableFile([`Không chốt được: ${shown(folder, io.cwd)} không còn như lần chấm đã ghi:`, ...unlike.map((l) => `  - ${l}`), 'Hãy chấm lại bằng «thidua score» rồi chốt.'].join('\n'));
  const files = found.filter((f): f is FileDigest => 'sha256' in f);
  const outcome = closeRound(rounds, record, files, { closedBy: values.by, closedAt: officerMinute(), ...(values.reason ? { reason: values.reason } : {}) }, 'files', {
    review: summary.review,
    sheets,
    acceptOpen: values['accept-open'] === true,
    votes: summary.votes,
    conflicts: summary.conflicts,
    unsettled: summary.unsettled,
  });
  if (outcome.kind === 'unchanged') {
    io.out(`Kết quả đã chốt (${describeRound(outcome.last)}), không có gì thay đổi: không chốt thêm.`);
    // A round closed before the council took a key is signed as it stands: the signature is beside the seal, which stays.
    const signed = outcome.last.signature;
    if (key && !signed) {
      await workbook.writeStore(CLOSED_ROUNDS_KEY, roundsToStore([...rounds.slice(0, -1), await signRound(outcome.last, key)], record));
      await saveWorkbook(workbook, summaryPath);
      io.err(`Đã ký lần chốt ấy bằng khoá của Hội đồng, vân tay khoá công khai ${keyFingerprint(key.publicKey)}: hãy in lại biên bản và dự thảo quyết định («thidua papers») để có vân tay này.`);
    } else if (key && signed && signed.publicKey !== key.publicKey) {
      io.err(`Lần chốt ấy đã được ký bằng khoá khác (${keyFingerprint(signed.publicKey)}): không ký lại.`);
    }
    return EXIT.ok;
  }
  if (outcome.kind === 'needs-reason') {
    io.err([`Kết quả đã chốt (${describeRound(outcome.last)}) nay khác:`, ...outcome.changes.map((c) => `  - ${c.text}`), `Chỉ chốt lại khi có lý do: thêm --reason "<lý do>".`].join('\n'));
    return EXIT.inputsFailed;
  }
  // A record written before flags were kept cannot say what is open: never closed as «nothing open».
  if (!keepsFlags(record)) throw new UnusableFile(`${shown(summaryPath, io.cwd)} do phiên bản trước ghi, không giữ cảnh báo của lần chấm nên không biết còn gì mở: hãy chấm lại bằng «thidua score» phiên bản này rồi chốt.`);
  if (outcome.kind === 'open') {
    io.err(
      [
        `Chưa chốt: còn ${openSummary(outcome.open)}:`,
        ...openLines(outcome.open, sheets).map((l) => `  - ${l.text}`),
        ...(papersWaitFor(outcome.open, sheets) && !blocksClosing(outcome.open) ? [papersWaitFor(outcome.open, sheets)!.text] : []),
        blocksClosing(outcome.open)
          ? `Không chốt khi còn mâu thuẫn, kể cả với --accept-open. ${CONFLICT_REMEDY}`
          : `Hãy ghi quyết định ở trang «${sheets.review}» của ${shown(summaryPath, io.cwd)} rồi chấm lại bằng «thidua score»${outcome.open.unvoted?.length ? `, ghi kết quả biểu quyết ở ${unvotedPlace(outcome.open, sheets)} rồi chốt lại` : ''}; hoặc, nếu Hội đồng vẫn chốt khi còn các mục này, thêm --accept-open (các mục được ghi trong «Chốt kết quả» và biên bản).`,
      ].join('\n'),
    );
    return EXIT.inputsFailed;
  }
  // Signed after sealing: the signature is over the seal, beside it, not under it.
  const round = key ? await signRound(outcome.round, key) : outcome.round;
  const all = [...outcome.rounds.slice(0, -1), round];
  await workbook.writeStore(CLOSED_ROUNDS_KEY, roundsToStore(all, record));
  await workbook.apply({ sheets: [planClosing(all)] });
  await saveWorkbook(workbook, summaryPath);
  io.out(`Đã chốt kết quả ${describeRound(round)}: ${files.length} tệp, ghi trong ${shown(summaryPath, io.cwd)}. ${openAtClosingSentence(round.open!)}`);
  io.err(`Mã niêm phong: ${sealCode(round.seal)} — in trên biên bản và dự thảo quyết định («thidua papers»); sau này kiểm tra thư mục với mã trên giấy đã ký: thidua verify --seal <mã>.`);
  // Sealed with nominees not voted on, or dated after the closing day: said now, not when the papers are refused.
  for (const line of notesAfterClosing(round, { ...sheets, file: shown(summaryPath, io.cwd) })) io.err(`Lưu ý: ${line.text}`);
  if (key) io.err(`Đã ký bằng khoá của Hội đồng, vân tay khoá công khai ${keyFingerprint(key.publicKey)} (in trên biên bản); kiểm tra: thidua verify --public-key <tệp khoá công khai>.`);
  return EXIT.ok;
}

/* Made for: `thidua close` (issue 26): the council's «Chốt kết quả» — who, when, a SHA-256 of every scored file — kept in tong-hop.xlsx on a sheet officers print. */
