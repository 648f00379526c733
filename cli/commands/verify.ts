// thidua verify: checks an output folder against its last closed round: the seal of the closed record, the sheets
// that show it, the set of scored copies and each copy (SHA-256).
import { resolve } from 'node:path';
import { describeRound } from '../../core/run/closing.js';
import { unverified } from '../../core/run/previous-summary.js';
import { folderCopies, readFolderSummary } from '../closed-rounds.js';
import { shown } from '../files.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua verify <thư mục kết quả>

Kiểm tra thư mục kết quả có đúng như lần chốt gần nhất không: bản ghi chốt còn nguyên (mã niêm phong), trang
«Tổng hợp», «Xét khen thưởng», «Chốt kết quả» không bị sửa tay, không thiếu, không thừa tệp đã chấm, và từng tệp
đúng mã SHA-256 ghi trong tong-hop.xlsx. Mã thoát 0: khớp; 1: có gì đã khác (nêu từng điều), hỏng, hoặc chưa chốt.

English: checks an output folder against its last closed round: the closed record's seal, the sheets showing it,
the set of scored copies and each one's SHA-256. Exit 0 when everything matches, 1 otherwise (each change named).`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    const folder = resolve(io.cwd, positionals[0]!);
    const { summaryPath, summary } = await readFolderSummary(folder, io.cwd, 'Không kiểm tra được.');
    const last = summary.rounds.at(-1);
    if (!last) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa được chốt: hãy chạy «thidua close ${shown(folder, io.cwd)} --by "<người chốt>"».`);
    const changed = unverified(summary, folderCopies(folder));
    if (changed.length > 0) {
      io.err([`Không khớp với kết quả đã chốt (${describeRound(last)}):`, ...changed.map((c) => `  - ${c}`)].join('\n'));
      return EXIT.inputsFailed;
    }
    io.out(`Khớp với kết quả đã chốt (${describeRound(last)}): ${last.files.length} tệp.`);
    return EXIT.ok;
  },
};

/* Made for: `thidua verify` (issue 26): an output folder checked against its last closed round — the record's seal, the sheets that show it, every scored copy's SHA-256. */
