// thidua criteria: the built-in criteria sets — list them, read one, export one to edit (.json or a
// criteria sheet in .xlsx that --criteria takes back) — and import an officer's own criteria sheet,
// saying what was inferred.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import { readBackDifferences } from '../../core/criteria/read-back.js';
import type { CriteriaSet, Criterion } from '../../core/criteria/schema.js';
import { describeNotices, formatRule, itemCount, ownLinesMax, partOfText, planCriteriaSheet, reconciliationLines, totalText, understoodLines, understoodSet } from '../../core/criteria/sheet/index.js';
import { formatTarget } from '../../core/criteria/target.js';
import { subjectWord } from '../../core/criteria/kinds.js';
import { carriedLines } from '../../core/criteria/lines-under-total.js';
import { carriedCap } from '../../core/criteria/total-cap.js';
import { formatDateVi, formatNumberVi, periodText } from '../../core/values.js';
import { loadCriteriaArg, readCriteriaFile, shown } from '../files.js';
import { saveWorkbook, writeOutput } from '../outputs.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua criteria list
thidua criteria show <mã | tệp .json | tệp .xlsx | tệp .docx | tệp .doc>
thidua criteria export <mã | tệp> --out <tệp.json | tệp.xlsx> [--force]
thidua criteria import <tệp.xlsx | tệp.docx | tệp.doc> [--sheet <tên trang>] --out <tệp.json | tệp.xlsx> [--force] [--json]

  list    các bộ tiêu chí có sẵn (mã, phiên bản, số tiêu chí, tên)
  show    toàn bộ một bộ tiêu chí: căn cứ, kỳ, loại đơn vị, nhóm, tiêu chí (cách tính đầy đủ như cột «Cách tính»:
          công thức, các bậc…; các dòng cộng, trừ của mục), điểm thưởng và điểm trừ tối đa như import in, xếp loại, khen thưởng
  export  xuất ra .json, hoặc ra .xlsx có trang «Tiêu chí» đầy đủ các mục để sửa trong Excel rồi dùng lại với --criteria;
          không ghi đè tệp đã có trừ khi thêm --force
  import  đọc bảng tiêu chí của cán bộ (chỉ bảng cũng được; --sheet chọn trang), hoặc bảng điểm trong văn bản Word
          (.docx: xét mọi bảng, dùng bảng là bảng tiêu chí và nói rõ bảng nào; .doc cũ: chuyển một bản sao sang .docx
          bằng LibreOffice nếu máy có, không có thì báo mở trong Word và lưu lại dạng .docx), ghi ra .json hoặc trang «Tiêu chí»
          đầy đủ; in trước hết phần đối chiếu: mỗi số bảng tự ghi (tổng điểm, điểm tối đa của từng phần…) bên số phần mềm
          đọc được, ✔ hay chỗ khác nhau với các dòng liên quan; rồi bảng đã hiểu và những gì đã tự bổ sung (tên, nhóm,
          loại đơn vị, xếp loại, khen thưởng mặc định…); --json in tất cả dạng JSON. Trước khi ghi, nạp lại bộ như
          score, template, export nạp (ghi thử ra .json và .xlsx): bộ không dùng được thì nói tiêu chí nào, vì sao, không ghi

English: list the built-in criteria sets; show one in full; export one (or convert a criteria file)
to .json or to an .xlsx criteria sheet that --criteria reads back; import an officer's own criteria
sheet (the table alone will do) or the scoring table of a Word document, printing first how the figures the table
states compare with what was read, then what was understood and inferred (--json: all of it as JSON); a set the other commands would refuse or read
back otherwise (written as .json and .xlsx and loaded again) is said, and nothing written. Refuses to overwrite without --force.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' }, sheet: { type: 'string' }, json: { type: 'boolean' } });
    const [sub, source, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`Tham số thừa: ${extra.join(' ')}.`);
    switch (sub) {
      case 'list': {
        const rows = builtinSets().map((s) => [s.id, s.version, `${s.criteria.length} tiêu chí`, s.title]);
        const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
        io.out(rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n'));
        return EXIT.ok;
      }
      case 'show': {
        if (!source) throw new UsageError('Thiếu mã bộ tiêu chí: thidua criteria show <mã>.');
        io.out(describe(await loadCriteriaArg(source, io.cwd, (t) => io.err(t))));
        return EXIT.ok;
      }
      case 'export': {
        if (!source) throw new UsageError('Thiếu mã bộ tiêu chí: thidua criteria export <mã> --out <tệp>.');
        const out = outPath(values.out, io.cwd);
        const set = await loadCriteriaArg(source, io.cwd, (t) => io.err(t));
        const written = await writeSet(set, out, values.force ?? false, io.cwd);
        const count = itemCount(set);
        io.out(`Đã xuất bộ tiêu chí ${set.id}@${set.version} (${count.items} tiêu chí${count.parts}): ${written}`);
        return EXIT.ok;
      }
      case 'import': {
        if (!source || !['.xlsx', '.docx', '.doc'].includes(extname(source).toLowerCase())) {
          throw new UsageError('Thiếu tệp .xlsx, .docx hoặc .doc có bảng tiêu chí: thidua criteria import <tệp.xlsx | tệp.docx | tệp.doc> [--sheet <tên trang>] --out <tệp.json>.');
        }
        const out = outPath(values.out, io.cwd);
        const read = await readCriteriaFile(resolve(io.cwd, source), io.cwd, values.sheet);
        const { set, reconciliation } = read;
        // Checked before anything is written: a set the other commands would refuse or change is never left at --out.
        const unusable = await unusableWhenWritten(set, out);
        if (unusable.length > 0) {
          throw new UnusableFile(
            [
              `${read.where}: bộ tiêu chí đọc được nhưng chưa dùng được — ghi ra rồi nạp lại như các lệnh score, template, criteria export nạp thì:`,
              ...unusable.map((l) => `  ${l}`),
              `Chưa ghi ${shown(out, io.cwd)}. Sửa các dòng của tiêu chí nêu trên trong bảng rồi nhập lại.`,
            ].join('\n'),
          );
        }
        const written = await writeSet(set, out, values.force ?? false, io.cwd);
        if (values.json) {
          const understood = understoodSet(set);
          io.out(JSON.stringify({ format: 'thidua-criteria-import', version: 1, set: { id: set.id, version: set.version, title: set.title }, from: read.where, written, ...(read.choice && { choice: read.choice }), reconciliation, understood, notices: read.notices }, null, 2));
          return EXIT.ok;
        }
        if (read.choice) io.out(read.choice);
        // Counted as the document counts its items: an item scored by its parts is one («mục C3 gồm 3 phần chấm riêng»).
        const count = itemCount(set);
        io.out(`Đã nhập bộ tiêu chí ${set.id}@${set.version} «${set.title}» (${count.items} tiêu chí, ${set.groups.length} nhóm${count.parts}) từ ${read.where}: ${written}`);
        // The figures the table states against what was read, first: a difference is said before the tree it explains.
        io.out(reconciliationLines(reconciliation).map((l, i) => (i === 0 ? l : `  ${l}`)).join('\n'));
        // What was understood, before it is used: the officer checks it here and corrects it on the written sheet.
        io.out(['Bảng đã hiểu như sau (sửa trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu chưa đúng):', ...understoodLines(understoodSet(set)).map((l) => `  ${l}`)].join('\n'));
        io.out(read.notices.length > 0 ? describeNotices(read.where, read.notices) : 'Trang có đủ các mục, không phải bổ sung gì.');
        return EXIT.ok;
      }
      default:
        throw new UsageError(sub ? `Không có lệnh con «${sub}»: dùng list, show, export hoặc import.` : 'Thiếu lệnh con: list, show, export hoặc import.');
    }
  },
};

/** `--out`: a .json or .xlsx path. */
function outPath(out: string | undefined, cwd: string): string {
  if (!out) throw new UsageError('Thiếu --out <tệp.json | tệp.xlsx>.');
  const path = resolve(cwd, out);
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.xlsx') throw new UsageError(`Tệp --out phải có đuôi .json hoặc .xlsx: ${out}.`);
  return path;
}

/** Writes the set as JSON, or as the full `Tiêu chí` sheet (every section); refuses to overwrite without `force`. */
async function writeSet(set: CriteriaSet, out: string, force: boolean, cwd: string): Promise<string> {
  let done: boolean;
  if (extname(out).toLowerCase() === '.json') {
    done = await writeOutput(out, `${JSON.stringify(set, null, 2)}\n`, force);
  } else {
    const { OoxmlWorkbook } = await import('../../adapters/ooxml/workbook.js');
    const workbook = OoxmlWorkbook.create();
    await workbook.apply({ sheets: [planCriteriaSheet(set)] });
    done = await saveWorkbook(workbook, out, force);
  }
  if (!done) throw new UsageError(`Tệp ${shown(out, cwd)} đã có; thêm --force để ghi đè.`);
  return shown(out, cwd);
}

/**
 * What goes wrong when the set is written and loaded again: written as .json and as the «Tiêu chí» workbook (under
 * --out's name, in a scratch folder), each loaded back by the loader score, template and criteria export use
 * (loadCriteriaArg) and compared with the set field for field. One line a problem; none when both come back as written.
 */
async function unusableWhenWritten(set: CriteriaSet, out: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-doc-lai-'));
  const stem = basename(out, extname(out));
  try {
    const lines: string[] = [];
    for (const [form, file] of [['tệp .json', `${stem}.json`], ['trang «Tiêu chí» (.xlsx)', `${stem}.xlsx`]] as const) {
      const path = join(dir, file);
      await writeSet(set, path, true, dir);
      try {
        lines.push(...readBackDifferences(set, await loadCriteriaArg(path, dir)).map((d) => `ghi ra ${form} rồi đọc lại thì khác: ${d}`));
      } catch (e) {
        if (!(e instanceof UsageError || e instanceof UnusableFile)) throw e;
        lines.push(...e.message.split('\n').map((l) => `ghi ra ${form} thì bị từ chối: ${l.trim()}`));
      }
    }
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The total the set scores against and what bonus and deductions add and take at most, in the words and figures
 * `import` prints (understood.ts: one computation), then which criteria and items' lines give them.
 */
function outsideLines(set: CriteriaSet): string[] {
  const n = formatNumberVi;
  const parts = (kind: 'bonus' | 'deduction', recorded: boolean) => {
    const criteria = set.criteria.filter((c) => c.rule.kind === kind && (c.rule.kind === 'bonus' && c.rule.recorded === true) === recorded);
    const items = recorded ? [] : set.criteria.filter((c) => ownLinesMax(c, kind) > 0);
    return [
      ...criteria.map((c) => `${c.code} (tối đa ${n(c.maxPoints)})`),
      ...(items.length > 0 ? [`dòng ${kind === 'bonus' ? 'thưởng' : 'trừ'} của các mục ${items.map((c) => `${c.code} (tối đa ${n(ownLinesMax(c, kind))})`).join(', ')}`] : []),
    ];
  };
  const u = understoodSet(set);
  // Neither: the line would say only a sum over every kind of unit, which a set of per-kind criteria never scores on (ta-ma-2025's 405).
  if (u.bonusMax + u.deductionMax + u.recordedMax === 0) return [];
  return [
    totalText(u),
    ...([['Điểm thưởng', parts('bonus', false)], ['Điểm cộng ghi nhận, không cộng vào tổng', parts('bonus', true)], ['Điểm trừ', parts('deduction', false)]] as const)
      .filter(([, list]) => list.length > 0)
      .map(([label, list]) => `${label}: ${list.join('; ')}.`),
  ];
}

/** An item's own bonus and deduction lines, one a line, with the caps and the «one of» its document gives them. */
function ownLines(c: Criterion): string[] {
  if (!c.own) return [];
  const n = formatNumberVi;
  const caps = ([['bonus', 'thưởng', c.own.bonusCap], ['deduction', 'trừ', c.own.deductionCap]] as const)
    .filter(([kind, , cap]) => cap !== undefined && c.own!.lines.some((l) => l.kind === kind))
    .map(([, word, cap]) => `      điểm ${word} của mục ${c.code} không quá ${n(cap!)}`);
  return [
    ...c.own.lines.map((l) => `      dòng ${l.kind === 'bonus' ? 'thưởng' : 'trừ'} ${l.code}: ${l.title} — ${l.kind === 'bonus' ? 'cộng' : 'trừ'} ${n(l.maxPoints)} điểm`),
    ...caps,
    ...(c.own.oneOf ?? []).map((codes) => `      chỉ tính một trong các dòng ${codes.join(', ')}`),
  ];
}

/** A criteria set in plain lines, the way an officer reads a plan. */
function describe(set: CriteriaSet): string {
  const kind = (id: string) => set.subjectKinds.find((k) => k.id === id)?.label ?? id;
  const place = [set.commune, set.district, set.province].filter(Boolean).join(', ');
  const basis = [set.legalBasis.document, set.legalBasis.date && `ngày ${formatDateVi(set.legalBasis.date)}`, set.legalBasis.title]
    .filter(Boolean)
    .join(' — ');
  const lines = [
    set.title,
    `Mã: ${set.id} · phiên bản ${set.version}${place ? ` · ${place}` : ''}`,
    ...(basis ? [`Căn cứ: ${basis}`] : []),
    `Kỳ: ${periodText(set.period)}${set.deadline ? ` · hạn nộp báo cáo ${formatDateVi(set.deadline)}${set.deadlineWording ? ` (kế hoạch: «${set.deadlineWording}»)` : ''}` : ''}`,
    `Loại đơn vị: ${set.subjectKinds.map((k) => `${k.label} (${k.id}, ${subjectWord(k)})`).join('; ')}`,
  ];
  for (const group of set.groups) {
    const max = group.maxPoints === undefined ? '' : group.granted ? ` — ${formatNumberVi(group.maxPoints)} điểm có sẵn, các dòng trừ vào đó, không dưới 0` : ` — tối đa ${formatNumberVi(group.maxPoints)} điểm`;
    lines.push('', `${group.title}${max}`);
    for (const c of set.criteria.filter((x) => x.group === group.id)) {
      const parts = [
        c.partOf ? partOfText(c.partOf) : undefined,
        c.target ? `chỉ tiêu ${formatTarget(c.target, c.measure)}` : undefined,
        `tối đa ${formatNumberVi(c.maxPoints)} điểm`,
        // The whole «Cách tính» as the criteria sheet words it: which formula, which tiers, not the kind alone.
        formatRule(c.rule),
        c.appliesTo.length > 0 ? `áp dụng: ${c.appliesTo.map(kind).join(', ')}` : undefined,
        c.evidenceRequired ? 'minh chứng bắt buộc' : undefined,
      ].filter(Boolean);
      lines.push(`  ${c.code}  ${c.title}${c.unit ? ` (${c.unit})` : ''}`, `      ${parts.join(' · ')}`);
      lines.push(...ownLines(c));
      if (c.source) lines.push(`      căn cứ: ${c.source}`);
      if (c.note) lines.push(`      ghi chú: ${c.note}`);
    }
  }
  const outside = outsideLines(set);
  if (outside.length > 0) lines.push('', ...outside);
  // The lines the table wrote under its total, in scoring's words: a bonus promised that no criterion scores is seen here
  // too; and the cap it states on its total.
  const carried = [...carriedLines(set), ...carriedCap(set)];
  if (carried.length > 0) lines.push('', ...carried);
  lines.push('', `Xếp loại: ${set.classification.map((b) => `${b.label} ≥ ${formatNumberVi(b.minPercent)}%`).join('; ')}`);
  for (const form of set.awards.forms) {
    const band = set.classification.find((b) => b.id === form.minClassification)?.label ?? form.minClassification;
    const quotas = form.quotas.map((q) => `${q.subject === 'all' ? 'tất cả' : q.subject === 'collective' ? 'tập thể' : q.subject === 'individual' ? 'cá nhân' : kind(q.subject)} ≤ ${'max' in q ? q.max : `${formatNumberVi(q.percent)}% số được chấm điểm, xếp hạng (${q.rounding === 'up' ? 'làm tròn lên' : 'làm tròn xuống'})`}`);
    lines.push(
      `Khen thưởng: ${form.label} — từ xếp loại ${band}${form.gateCriteria.length > 0 ? `, đạt ${form.gateCriteria.join(', ')}` : ''}${quotas.length > 0 ? `, chỉ tiêu ${quotas.join(', ')}` : ''}${form.source ? ` (${form.source})` : ''}`,
    );
  }
  if (set.notes) lines.push('', `Ghi chú: ${set.notes}`);
  return lines.join('\n');
}

/* Made for: `thidua criteria`: the built-in sets listed, shown and exported to edit (.json or a criteria sheet), and an officer's own criteria sheet or Word file imported, saying what was inferred. */
