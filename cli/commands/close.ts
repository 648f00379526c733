// thidua close: the council closes a run's result («Chốt kết quả») — who, when, a SHA-256 of every scored file —
// kept in tong-hop.xlsx with a sheet «Chốt kết quả» officers can print.
import { resolve } from 'node:path';
import { closeRound, CLOSED_ROUNDS_KEY, describeRound, localMinute } from '../../core/run/closing.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { digests, readFolderRounds } from '../closed-rounds.js';
import { shown } from '../files.js';
import { saveWorkbook } from '../outputs.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua close <thư mục kết quả> --by "<người chốt>" [--reason "<lý do chốt lại>"]

Chốt kết quả của lần chấm trong thư mục kết quả (nơi «thidua score --out» đã ghi tong-hop.xlsx): ghi vào
tong-hop.xlsx người chốt, thời điểm và mã SHA-256 của từng tệp đã chấm, thêm trang «Chốt kết quả». Sau khi
chốt, «thidua verify» kiểm tra thư mục, «thidua papers» lập hồ sơ khen thưởng, và «thidua score» không ghi đè
kết quả đã chốt nếu không được yêu cầu. Kết quả đã chốt mà nay khác đi chỉ được chốt lại (lần 2, 3…) khi có
--reason.

English: closes the run's result in an output folder: who, when and a SHA-256 of every scored file, kept in
tong-hop.xlsx. A changed result is closed again only with --reason.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { by: { type: 'string' }, reason: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    if (!values.by?.trim()) throw new UsageError('Thiếu --by "<người chốt>". / --by is required.');
    const folder = resolve(io.cwd, positionals[0]!);
    const { summaryPath, workbook, record, rounds } = await readFolderRounds(folder, io.cwd);
    if (!record) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa có kết quả chấm để chốt: hãy chấm lại bằng «thidua score» phiên bản này.`);
    const files = digests(folder, record.files);
    const gone = record.files.filter((name) => !files.some((f) => f.name === name));
    if (gone.length > 0) throw new UnusableFile(`Không chốt được: thiếu ${gone.join(', ')} trong ${shown(folder, io.cwd)}; hãy chấm lại.`);
    const outcome = closeRound(rounds, record, files, { closedBy: values.by, closedAt: localMinute(), ...(values.reason ? { reason: values.reason } : {}) });
    if (outcome.kind === 'unchanged') {
      io.out(`Kết quả đã chốt (${describeRound(outcome.last)}), không có gì thay đổi: không chốt thêm.`);
      return EXIT.ok;
    }
    if (outcome.kind === 'needs-reason') {
      io.err([`Kết quả đã chốt (${describeRound(outcome.last)}) nay khác:`, ...outcome.changes.map((c) => `  - ${c}`), `Chỉ chốt lại khi có lý do: thêm --reason "<lý do>".`].join('\n'));
      return EXIT.inputsFailed;
    }
    const { round, rounds: all } = outcome;
    await workbook.writeStore(CLOSED_ROUNDS_KEY, all);
    await workbook.apply({ sheets: [planClosing(all)] });
    await saveWorkbook(workbook, summaryPath);
    io.out(`Đã chốt kết quả ${describeRound(round)}: ${files.length} tệp, ghi trong ${shown(summaryPath, io.cwd)}.`);
    return EXIT.ok;
  },
};
