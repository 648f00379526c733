// thidua verify: checks an output folder against its last closed round: the seal of the closed record, the sheets
// that show it, the set of scored copies and each copy (SHA-256).
import { join, resolve } from 'node:path';
import { describeRound, paperSealProblem } from '../../core/run/closing.js';
import { copyChanges, typedSinceSealed, unverified } from '../../core/run/previous-summary.js';
import { councilSheetNamesOf } from '../../core/run/plan-copy.js';
import { sealCode, sealMistyped } from '../../core/run/seal.js';
import { keyFingerprint, signatureProblem } from '../../core/run/signature.js';
import { readKeyFile } from '../key-file.js';
import { folderCopies, readFolderSummary } from '../closed-rounds.js';
import { openWorkbookFile, shown } from '../files.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua verify <thư mục kết quả> [--seal <mã niêm phong trên biên bản>] [--public-key <tệp khoá công khai>]

Kiểm tra thư mục kết quả có đúng như lần chốt gần nhất không: bản ghi chốt còn nguyên (mã niêm phong), trang
«Tổng hợp», «Xét khen thưởng», «Chốt kết quả» không bị sửa tay, không thiếu, không thừa tệp đã chấm, và từng tệp
đúng mã SHA-256 ghi trong tong-hop.xlsx. Mã thoát 0: khớp; 1: có gì đã khác (nêu từng điều), hỏng, hoặc chưa chốt.

  --seal   mã niêm phong in trên biên bản hoặc dự thảo quyết định Hội đồng đã ký (16 chữ và số, ví dụ
           7K3M-Q9TX-2B8R-WZ4D, hoặc mã SHA-256 đầy đủ): thư mục phải mang đúng mã ấy. Thư mục bị sửa rồi tính lại
           niêm phong thì tự nó vẫn «khớp», nhưng không khớp mã trên giấy.
  --public-key  tệp khoá công khai của Hội đồng («thidua key» tạo): lần chốt phải được ký bằng khoá bí mật đi
           cặp với nó. Thư mục bị sửa rồi niêm phong lại mà không có khoá bí mật thì không còn chữ ký đúng. Vân tay
           khoá in ra để đối chiếu với biên bản.

English: checks an output folder against its last closed round: the closed record's seal, the sheets showing it,
the set of scored copies and each one's SHA-256. Exit 0 when everything matches, 1 otherwise (each change named).
--seal: the seal code printed on the signed minutes or draft decision; a folder whose seal was recomputed no longer matches it.
--public-key: the council's public key file; the closing must be signed with its private key.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { seal: { type: 'string' }, 'public-key': { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    const typed = values.seal;
    const mistyped = typed === undefined ? undefined : sealMistyped(typed);
    if (mistyped) throw new UsageError(mistyped);
    const key = values['public-key'] === undefined ? undefined : await readKeyFile(values['public-key'], 'public', io.cwd);
    const folder = resolve(io.cwd, positionals[0]!);
    const { summaryPath, summary } = await readFolderSummary(folder, io.cwd, 'Không kiểm tra được.');
    const last = summary.rounds.at(-1);
    if (!last) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa được chốt: hãy chạy «thidua close ${shown(folder, io.cwd)} --by "<người chốt>"».`);
    const closed = new Map(last.files.map((f) => [f.name, f.sha256]));
    // Against the result as closed, not a run scored again since.
    const record = last.record;
    // A copy whose bytes changed is opened and told by content: saved again with no cell changed, or which cells changed.
    const found = await Promise.all(
      folderCopies(folder).map(async (d) => {
        if (!('sha256' in d) || !closed.has(d.name) || closed.get(d.name) === d.sha256) return d;
        const opened = await openWorkbookFile(join(folder, d.name), io.cwd);
        if (!opened.ok) return d;
        return { ...d, differs: copyChanges(d.name, record, await opened.workbook.readSheets(await opened.workbook.listSheets())) };
      }),
    );
    const changed = [...unverified(summary, found), ...typedSinceSealed(summary, councilSheetNamesOf(summary)).map((c) => c.text)];
    if (changed.length > 0) {
      io.err([`Không khớp với kết quả đã chốt (${describeRound(last)}):`, ...changed.map((c) => `  - ${c}`)].join('\n'));
      return EXIT.inputsFailed;
    }
    // The paper the council signed, not the folder, says which result it is: a seal recomputed after an edit is not the printed one.
    const paper = typed === undefined ? undefined : paperSealProblem(typed, summary.rounds);
    if (paper) {
      io.err(paper);
      return EXIT.inputsFailed;
    }
    // Who could reprint the paper can also seal again; only the private key's holder can sign.
    const signed = key === undefined ? undefined : await signatureProblem(last, key);
    if (signed) {
      io.err(signed);
      return EXIT.inputsFailed;
    }
    io.out(`Khớp với kết quả đã chốt (${describeRound(last)}): ${last.files.length} tệp.`);
    if (key) io.out(`Chữ ký của Hội đồng đúng: khoá công khai ${keyFingerprint(key.publicKey)} — đối chiếu với vân tay in trên biên bản.`);
    io.out(typed !== undefined ? `Khớp mã niêm phong trên giấy: ${sealCode(last.seal)}.` : `Mã niêm phong: ${sealCode(last.seal)} — đối chiếu với mã in trên biên bản đã ký: thidua verify --seal <mã>.`);
    return EXIT.ok;
  },
};

/* Made for: `thidua verify` (issue 26): an output folder checked against its last closed round — the record's seal, the sheets that show it, every scored copy's SHA-256. */
