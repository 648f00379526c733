// thidua verify: checks an output folder against its last closed round, file by file (SHA-256).
import { resolve } from 'node:path';
import { changesSinceClosing, describeRound } from '../../core/run/closing.js';
import { digests, readFolderRounds } from '../closed-rounds.js';
import { shown } from '../files.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua verify <thư mục kết quả>

Kiểm tra các tệp đã chấm trong thư mục kết quả có đúng như lần chốt gần nhất (mã SHA-256 ghi trong
tong-hop.xlsx) không. Mã thoát 0: khớp; 1: có tệp đã khác, đã mất, hoặc chưa chốt.

English: checks the scored files of an output folder against its last closed round (SHA-256). Exit 0 when
every file matches, 1 otherwise.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    const folder = resolve(io.cwd, positionals[0]!);
    const { summaryPath, rounds } = await readFolderRounds(folder, io.cwd);
    const last = rounds.at(-1);
    if (!last) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa được chốt: hãy chạy «thidua close ${shown(folder, io.cwd)} --by "<người chốt>"».`);
    const files = digests(folder, last.files.map((f) => f.name));
    const changed = changesSinceClosing(last, last.record, files);
    if (changed.length > 0) {
      io.err([`Không khớp với kết quả đã chốt (${describeRound(last)}):`, ...changed.map((c) => `  - ${c}`)].join('\n'));
      return EXIT.inputsFailed;
    }
    io.out(`Khớp với kết quả đã chốt (${describeRound(last)}): ${files.length} tệp.`);
    return EXIT.ok;
  },
};
