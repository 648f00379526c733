// Pass 4 of reading an office's scoring table: the tree settled into criteria. A leaf is a criterion scored by hand;
// an item with levels one criterion of tiers (choose one); a part of bonus or deductions its rows, each up to the
// part's maximum; points in words a rule of their own (per occurrence, levels in one cell); a leaf whose scoring-method
// words state one rule unambiguously (rubric.ts: «Tỷ lệ = a/b; Điểm = Tỷ lệ% x Điểm tối đa») scored by it; a leaf
// whose content cell closes with its levels («- Thực hiện tốt: 2,5 điểm» …, cell-levels.ts) chosen by them, as an
// item over level rows is. A parent's stated maximum is held against its children's sum.
import type { Criterion, Tier } from '../../../schema.js';
import { parseAddress } from '../../../../text.js';
import { cellText, formatPoints } from '../../../../values.js';
import { readCellLevels } from '../../cell-levels.js';
import { caseRule, casesNote, rateCases } from '../../rate-cases.js';
import { readRubric } from '../../rubric.js';
import { deriveMeasure } from '../../rule.js';
import type { SheetReader } from '../../sheet-reader.js';
import { isGuide, isLevels, levelsMax, worth, type Node } from './node.js';

/**
 * `rowOf`: the row each criterion is read from (its node's number cell), by code, for the reconciliation; `byWords`:
 * the codes of criteria scored by the rule their scoring-method words state, for the column's notice.
 */
export type Settling = { sheet: SheetReader; out: Criterion[]; rowOf: Map<string, number>; byWords: string[] };

/**
 * The criteria a node gives: itself (a leaf, or an item with levels), else its children's; its bonus and deductions
 * beside. `named`: its parent's name where it is the parent's only item, for a cell of only levels (cell-levels.ts).
 */
export function settle(ctx: Settling, node: Node, group: string, cap: number | undefined, named?: string): void {
  const { sheet } = ctx;
  const items = node.children.filter((k) => k.kind === 'item');
  const start = ctx.out.length;
  let parts = false;
  // A row read as several criteria (rate-cases.ts) gives each its code and title.
  const push = (c: Omit<Criterion, 'code' | 'title' | 'group' | 'appliesTo' | 'evidenceRequired' | 'source' | 'unit' | 'measure'> & Partial<Pick<Criterion, 'code' | 'title' | 'unit' | 'measure' | 'target'>>) => {
    const notes = [c.note, ...node.notes].filter(Boolean).join(' ');
    ctx.rowOf.set(c.code ?? node.code, Number(/\d+$/.exec(node.codeCell.address)![0]));
    ctx.out.push({
      code: node.code, title: node.title || node.code, group, unit: 'điểm', measure: 'points', appliesTo: [], evidenceRequired: false, source: '',
      ...c, ...(notes !== '' && { note: notes }), ...(node.own && { own: node.own }),
    });
  };
  if (node.kind !== 'item' && node.children.length > 0) {
    // A part of deductions or bonus («1.2 Điểm trừ: - 20 điểm (tối đa)»): its rows, each at most the part's maximum.
    const part = node.points ?? (node.words?.kind === 'each' ? node.words.cap : undefined);
    if (part !== undefined) {
      sheet.note(node.codeCell.address, `Mục ${node.code} (${node.title || node.code}) là phần ${node.kind === 'deduction' ? 'điểm trừ' : 'điểm thưởng'} tối đa ${formatPoints(part)} điểm: mỗi dòng dưới nó ${node.kind === 'deduction' ? 'trừ' : 'cộng'} tối đa như dòng ghi và không quá ${formatPoints(part)}; tổng các dòng không tự giới hạn ở ${formatPoints(part)}.`);
    }
    for (const k of node.children) settle(ctx, k, group, part ?? cap);
    return;
  }
  if (node.words) {
    for (const read of wordsRules(sheet, node, cap)) push(read);
  } else if (node.kind !== 'item' && node.points === undefined && !node.worded) {
    sheet.note(node.codeCell.address, `Mục ${node.code} (${node.title || node.code}) là phần ${node.kind === 'deduction' ? 'điểm trừ' : 'điểm thưởng'} nhưng không ghi điểm và không có dòng nào có điểm dưới nó: giữ làm dòng tiêu đề, không chấm.`);
  } else if (node.kind !== 'item') {
    const points = node.worded ? 0 : node.points!;
    push({ maxPoints: cap === undefined ? points : Math.min(points, cap), rule: node.kind === 'bonus' && node.withinPart ? { kind: 'bonus', withinPart: true } : { kind: node.kind } });
  } else if (items.length === 0) {
    const read = node.method && node.max !== undefined ? readRubric(node.method.text, node.max) : undefined;
    // Levels closing its cell (cell-levels.ts), or written on the row of words right under it, read or said there;
    // only where the item is scored by hand.
    const line = node.levelLine;
    const below = line && (line.through ? `ô ${line.cell}–${line.through} (các dòng chữ ngay dưới mục)` : `ô ${line.cell} (dòng chữ ngay dưới mục)`);
    const inCell = read === undefined && (node.max !== undefined || node.worded) ? readCellLevels(sheet, line?.cell ?? node.codeCell.address, node.code, line ? `${node.title}\n${line.text}` : node.title, node.max, named, below, owned(node)) : undefined;
    // Levels read, their lines are the rule's, not notes beside it.
    if (inCell && line) node.notes = node.notes.filter((n) => !line.text.split('\n').includes(n));
    if (read) {
      ctx.byWords.push(node.code);
      push({ maxPoints: node.max!, rule: read.rule, unit: read.unit, measure: deriveMeasure(read.unit, read.rule), ...(read.target && { target: read.target }), ...(read.note && { note: read.note }) });
    } else if (inCell) push(inCell);
    else if (node.max !== undefined || node.worded) push({ maxPoints: node.max ?? 0, rule: { kind: 'manual' } });
    else if (node.children.length === 0) sheet.note(node.codeCell.address, `Mục ${node.code} (${node.title || node.code}) không ghi điểm và không có mục con nào có điểm: giữ làm dòng tiêu đề, không chấm.`);
  } else if (isLevels(node)) {
    const levels = [...items].sort((a, b) => b.max! - a.max!);
    // Bulleted levels have no number in the table (their codes «.a», «.b» are the tree's): named by their sheet rows,
    // as the criteria-sheet layout names unnumbered level rows (sectioned.ts levelsItem).
    const unnumbered = items.every((k) => k.dash);
    const row = (k: Node) => String(parseAddress(k.codeCell.address)?.row);
    const name = (k: Node) => (unnumbered ? `dòng ${row(k)}` : k.code);
    const { max, tiers } = levelled(sheet, node, levels.map((k) => ({ name: name(k), points: k.max!, ...levelName(k) })));
    const said = levels.map((k) => `${unnumbered ? '' : `${k.code} `}${k.title} (${formatPoints(k.max!)} điểm)`).join('; ');
    push({ maxPoints: max, rule: { kind: 'tiers', tiers }, note: `Chọn một mức, không cộng: ${said}. Điểm tự chấm ghi ở dòng ${node.code} hoặc ở dòng mức đạt; điểm giữa hai mức tính mức thấp hơn.` });
    const which = unnumbered ? `${items.map(row).join(', ')} (không số thứ tự)` : levels.map((k) => k.code).join(', ');
    sheet.note(node.codeCell.address, `Mục ${node.code}: các dòng ${which} là các mức của một tiêu chí (chọn một, không cộng), tối đa ${formatPoints(max)} điểm.`);
  } else if (isGuide(node)) {
    // Dashed rows that are not alternatives («- Có văn bản 0,5 | - Không có 0 | - Có kế hoạch 0,5 | - Không có 0» under
    // 1 điểm): the item is the criterion, scored by hand; its rows guide the scoring, none is a criterion worth 0.
    const said = items.map((k) => `${k.title.replace(/^[-–—•*+]\s*/, '')} (${formatPoints(k.max!)} điểm)`).join('; ');
    push({ maxPoints: node.max!, rule: { kind: 'manual' }, note: `Hướng dẫn chấm: ${said}.` });
    sheet.note(node.codeCell.address, `Mục ${node.code}: các dòng gạch đầu dòng dưới nó (${items.length} dòng) là hướng dẫn chấm của mục, không phải tiêu chí riêng: chấm mục ${node.code} thủ công, tối đa ${formatPoints(node.max!)} điểm.`);
  } else {
    for (const child of items) settle(ctx, child, group, node.max ?? cap, items.length === 1 ? node.title : undefined);
    // The item is no criterion of its own: what its row and the rows under it write («Ghi chú», «Cách chấm», a line of
    // text) goes with each criterion its parts made, never dropped with its row.
    const said = node.notes.filter(Boolean).join(' ');
    if (said !== '') for (const c of ctx.out.slice(start)) c.note = [c.note, `Mục ${node.code}: ${said}`].filter(Boolean).join(' ');
    checkSum(sheet, node, cap);
    parts = isItemOfParts(node, items) || node.ofParts !== undefined;
  }
  for (const extra of node.children.filter((k) => k.kind !== 'item')) settle(ctx, extra, group, node.max ?? cap);
  if (parts) itemOfParts(ctx, node, start);
}

/**
 * The words a leaf keeps as its criterion's (its title, its notes as push joins them: «Cách chấm: …» first where it has
 * a scoring-method cell, tree.ts), for what they give each thing counted (cell-levels.ts).
 */
const owned = (node: Node) => ({ title: node.title, note: node.notes.filter(Boolean).join(' '), ...(node.method && { method: node.method.cell.address }) });

/** A level of an item, rows under it or lines of its cell: how it is named in what is said, its points, the name a unit may type. */
type Level = { name: string; points: number; label?: string };

/**
 * An item's levels (highest first) as tiers and what the item gives at most (node.ts levelsMax), a disagreement said.
 * A level worth 0 is a level of the table («e», «- Chưa triển khai thực hiện»): a unit at it is at a level, not below
 * the lowest. Named ones are all kept (a unit may type a name); of unnamed ones one, as tiers' figures differ. A level
 * is reached by its points as written; it gives at most the item's maximum.
 */
function levelled(sheet: SheetReader, node: Node, levels: readonly Level[]): { max: number; tiers: Tier[] } {
  const sorted = [...levels].sort((a, b) => b.points - a.points);
  const max = levelsMax(node, sorted[0]!.points);
  noteLevelsMax(sheet, node, sorted, max);
  const zero = sorted.filter((k) => k.points === 0).length;
  const kept = sorted.filter((k) => k.points > 0 || (k.points === 0 && (k.label !== undefined || zero === 1)));
  return { max, tiers: kept.map((k) => ({ min: k.points, points: Math.min(k.points, max), ...(k.label !== undefined && { label: k.label }) })) };
}

/**
 * What an item over its levels is read as worth when its own figure and its levels' disagree (node.ts levelsMax), said
 * at the item's figure: a maximum above its highest level, a 0 over levels that give points, levels above its maximum.
 */
function noteLevelsMax(sheet: SheetReader, node: Node, levels: readonly Level[], max: number): void {
  if (node.max === undefined) return;
  const at = (node.maxCell ?? node.codeCell).address;
  const top = levels[0]!;
  const n = formatPoints;
  if (node.max > max) sheet.note(at, `Mục ${node.code} ghi ${n(node.max)} điểm, nhưng mức cao nhất của nó là ${n(max)}: tính tối đa ${n(max)} điểm.`);
  else if (node.max === 0 && max > 0) {
    sheet.note(at, `Mục ${node.code} ghi 0 điểm, nhưng các mức dưới nó cho điểm, cao nhất mức ${top.name} ${n(top.points)} điểm: một mục 0 điểm không có mức nào hơn 0, nên đọc số 0 là mục chưa ghi điểm tối đa — tính tối đa ${n(max)} điểm (mức cao nhất), mỗi mức như dòng ghi. Nếu mục thật sự không chấm điểm, sửa các mức trên trang «Tiêu chí» của tệp .xlsx xuất ra.`);
  }
  const above = levels.filter((k) => k.points > max);
  if (above.length === 0) return;
  const which = above.map((k) => `${k.name} (${n(k.points)} điểm)`).join(', ');
  sheet.note(at, `Mục ${node.code} ghi ${n(max)} điểm, nhưng ${above.length > 1 ? 'các mức' : 'mức'} ${which} ghi nhiều hơn: đơn vị đạt ${above.length > 1 ? 'các mức ấy' : 'mức ấy'} được ${n(max)} điểm, không quá điểm của mục.`);
}

/**
 * The document's item made of parts each scored on its own rows (Tiền Giang's C3 «5» over C3.1 «2» and C3.2 «3», each
 * choosing a level on its own rows): one item of the table, its parts the criteria the unit scores. Told from a
 * parent whose numbered parts are items of their own (a PAR index's «tiêu chí thành phần», Sơn Trà's 1.a–1.ê, all
 * scored by hand on their one row) by what its parts are: it writes its maximum, its base parts add up to it exactly
 * (so their sum never passes it), at least one is chosen by level, and every one is scored by rows of its own —
 * levels, a guide («Hướng dẫn chấm») or a measure row.
 */
function isItemOfParts(node: Node, items: readonly Node[]): boolean {
  if (node.max === undefined || !items.some(isLevels)) return false;
  if (Math.abs(items.reduce((s, k) => s + worth(k), 0) - node.max) > 1e-9) return false;
  return items.every((k) => isLevels(k) || isGuide(k) || k.measured === true);
}

/** The criteria the item's parts made (from `start`), a bonus or deduction part among them, marked as its parts; said at the item's cell. */
function itemOfParts(ctx: Settling, node: Node, start: number): void {
  const made = ctx.out.slice(start);
  if (node.max === undefined) {
    // An item writing no points over parts that write theirs (markItemsOfParts, tree.ts): worth what they add up to, as it says.
    const base = made.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction');
    const sum = base.reduce((s, c) => s + c.maxPoints, 0);
    const partOf = { code: node.code, title: node.title || node.code, maxPoints: sum, summed: true as const };
    for (let i = start; i < ctx.out.length; i++) ctx.out[i] = { ...ctx.out[i]!, partOf };
    ctx.sheet.note(
      node.codeCell.address,
      node.ofParts === 'numbered'
        ? `Mục ${node.code} không ghi điểm; các phần ${made.map((c) => c.code).join(', ')} dưới nó ghi điểm, cộng lại ${formatPoints(sum)}: đọc là một mục gồm các phần, mỗi phần chấm riêng ở dòng của nó; điểm mục = tổng các phần (${formatPoints(sum)} điểm).`
        : `Mục ${node.code} không ghi điểm; các dòng ${base.map((c) => `${c.code} (${formatPoints(c.maxPoints)})`).join(', ')} dưới nó mỗi dòng ghi điểm riêng, không giảm dần về 0 như các mức chọn một: đọc là các phần của mục ${node.code}, mỗi phần chấm ở dòng của nó; điểm mục = tổng các phần (tối đa ${formatPoints(sum)} điểm).`,
    );
    return;
  }
  const max = node.max;
  const partOf = { code: node.code, title: node.title || node.code, maxPoints: max };
  for (let i = start; i < ctx.out.length; i++) ctx.out[i] = { ...ctx.out[i]!, partOf };
  const base = made.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction');
  const byHand = base.filter((c) => c.rule.kind !== 'tiers').map((c) => c.code);
  const codes = (cs: readonly string[]) => cs.join(', ');
  const how = [`${codes(base.filter((c) => c.rule.kind === 'tiers').map((c) => c.code))} chọn mức`, ...(byHand.length > 0 ? [`${codes(byHand)} chấm thủ công theo các dòng dưới nó`] : [])];
  const outside = (kind: 'bonus' | 'deduction') => made.filter((c) => c.rule.kind === kind).map((c) => c.code);
  const beside = [
    ...(outside('bonus').length > 0 ? [`${codes(outside('bonus'))} là điểm thưởng của mục, cộng ngoài ${formatPoints(max)} điểm`] : []),
    ...(outside('deduction').length > 0 ? [`${codes(outside('deduction'))} là điểm trừ của mục`] : []),
  ];
  ctx.sheet.note(
    node.codeCell.address,
    `Mục ${node.code} (${formatPoints(max)} điểm) gồm các phần ${codes(base.map((c) => c.code))} chấm riêng, mỗi phần ở dòng của nó (${how.join('; ')}); điểm mục = tổng các phần (không quá ${formatPoints(max)} điểm)${beside.map((b) => `; ${b}`).join('')}.`,
  );
}

/**
 * A level's name as the table writes it, which a unit may type for it: its letter («a» of «B.1.a»), or, where a dash
 * stands for it, the name its words give («+ Có kết quả học tập đạt loại Giỏi» → «Giỏi»).
 */
function levelName(level: Node): { label?: string } {
  const letter = level.dash ? undefined : /^\p{Ll}$/u.exec(level.code.split('.').at(-1) ?? '')?.[0];
  const named = /(?:^|\s)(?:loại|mức)\s+((?:\p{L}+\s?){1,3})$/iu.exec(level.title.replace(/[.:;,\s]+$/, ''))?.[1]?.trim();
  const label = letter ?? named;
  return label === undefined ? {} : { label };
}

type WordsRule = Pick<Criterion, 'maxPoints' | 'rule'> & Partial<Pick<Criterion, 'code' | 'title' | 'unit' | 'note'>>;

/**
 * Rates per occurrence in one points cell beside a row naming as many cases («+3 điểm/hs; +5 điểm/hs» beside «… cấp
 * huyện; cấp tỉnh»): a criterion a case, each its rate up to the part's maximum (rate-cases.ts); else, or read from the
 * row's own words, the row's one criterion.
 */
function wordsRules(sheet: SheetReader, node: Node, cap: number | undefined): WordsRule[] {
  const words = node.words!;
  const written = cellText(node.wordsCell!.raw).trim();
  const cases = words.kind === 'levels' && words.unit !== undefined && !node.wordsInTitle ? rateCases(node.code, node.title, written, words.points) : undefined;
  if (!cases) return [wordsRule(sheet, node, cap)];
  const unit = words.unit!;
  sheet.note(node.wordsCell!.address, casesNote(node.code, written, cases, unit, cap === undefined ? undefined : { points: cap, from: 'bằng điểm tối đa của phần chứa nó' }));
  return cases.map(({ code, title, points }) => ({
    code, title, unit, maxPoints: cap ?? Math.abs(points), rule: caseRule(node.kind, points), note: `Một trường hợp của dòng ${node.code} «${node.title}» («${written}»).`,
  }));
}

/**
 * A criterion whose points are written in words: per occurrence («2 điểm/lần»: the count is entered; «-10 điểm/lần»
 * a deduction), capped as written or by the part above it; levels in one cell («2 điểm 4 điểm»: choose one; negative,
 * a deduction up to the largest); levels per occurrence («8 điểm/giải 6 điểm/giải»: entered by hand, up to the part's
 * maximum). Each said once at its cell.
 */
function wordsRule(sheet: SheetReader, node: Node, cap: number | undefined): WordsRule {
  const words = node.words!;
  const at = node.wordsCell!.address;
  const deduction = node.kind === 'deduction';
  if (words.kind === 'levels' && words.unit === undefined) {
    const levels = [...new Set(words.points.map(Math.abs).filter((p) => p > 0))].sort((a, b) => b - a);
    const shown = words.points.map((p) => formatPoints(p)).join(' / ');
    if (deduction) {
      sheet.note(at, `Mục ${node.code} ghi các mức trừ ${shown} điểm trong một ô: trừ theo mức đơn vị ghi, tối đa ${formatPoints(levels[0]!)} điểm.`);
      return { maxPoints: levels[0]!, rule: { kind: 'deduction' }, note: `Các mức trừ: ${shown} điểm.` };
    }
    sheet.note(at, `Mục ${node.code} ghi các mức ${shown} điểm trong một ô: chọn một mức, tối đa ${formatPoints(levels[0]!)} điểm.`);
    return { maxPoints: levels[0]!, rule: { kind: 'tiers', tiers: levels.map((p) => ({ min: p, points: p })) }, note: `Chọn một mức: ${shown} điểm.` };
  }
  const once = words.kind === 'each' ? Math.abs(words.points) : Math.max(...words.points.map(Math.abs));
  const limit = (words.kind === 'each' ? words.cap : undefined) ?? cap ?? once;
  const each = words.kind === 'each' ? `${formatPoints(Math.abs(words.points))} điểm mỗi ${words.unit}` : `${words.points.map((p) => formatPoints(Math.abs(p))).join(' / ')} điểm mỗi ${words.unit} tùy mức`;
  const from = words.kind === 'each' && words.cap !== undefined ? 'như bảng ghi'
    : cap !== undefined ? 'bằng điểm tối đa của phần chứa nó'
    : 'bảng không ghi mức tối đa: tạm tính bằng một lần, sửa «Điểm tối đa» trên trang tiêu chí';
  if (words.kind === 'levels') {
    sheet.note(at, `Mục ${node.code}: ${deduction ? 'trừ' : 'được'} ${each}, tối đa ${formatPoints(limit)} điểm (${from}): đơn vị ghi số điểm.`);
    // In a bonus column they add on top of the total, as the column's other rows do.
    return { maxPoints: limit, rule: { kind: deduction ? 'deduction' : node.kind === 'bonus' ? 'bonus' : 'manual' }, note: `${deduction ? 'Trừ' : 'Được'} ${each}.` };
  }
  sheet.note(at, `Mục ${node.code}: ${deduction ? 'trừ' : 'được'} ${each}, tối đa ${formatPoints(limit)} điểm (${from}): đơn vị ghi số ${words.unit}.`);
  const pointsEach = Math.abs(words.points);
  const rule = deduction ? { kind: 'deduction' as const, pointsEach } : node.kind === 'bonus' ? { kind: 'bonus' as const, pointsEach } : { kind: 'per_occurrence' as const, pointsEach };
  return { maxPoints: limit, rule, unit: words.unit };
}

/**
 * A parent's stated maximum against the sum of its children (said, with its cell, when they differ). Above it, the
 * group's cap counts when the parent is the group's whole part (its maximum the group's); else each child its own.
 */
export function checkSum(sheet: SheetReader, node: Node, groupCap: number | undefined): void {
  const items = node.children.filter((k) => k.kind === 'item');
  // Points per occurrence have no sum of their own: the part's maximum is what caps them.
  if (items.some((k) => k.words && (k.words.kind === 'each' || k.words.unit !== undefined))) return;
  const sum = items.reduce((s, k) => s + worth(k), 0);
  if (node.max === undefined || Math.abs(sum - node.max) < 1e-9) return;
  if (sum > node.max && groupCap !== undefined && node.max >= groupCap - 1e-9) return;
  // Its bonus parts written into its maximum beside its items (Cần Thơ's «I | NHÓM XÃ, PHƯỜNG | 115» over criteria of
  // 100 and «5 | Điểm cộng | 15»): the maximum agrees, the items the base it scores on, the bonus added on top.
  const bonus = node.children.filter((k) => k.kind === 'bonus');
  const added = bonus.reduce((s, k) => s + (k.points ?? 0), 0);
  if (added > 0 && Math.abs(sum + added - node.max) < 1e-9) {
    sheet.note(
      node.maxCell!.address,
      `Mục ${node.code} ghi ${formatPoints(node.max)} điểm = ${formatPoints(sum)} điểm của các mục ${items.map((k) => k.code).join(', ')} + ${formatPoints(added)} điểm cộng của mục ${bonus.map((k) => k.code).join(', ')} ✔: chấm trên ${formatPoints(sum)} điểm, điểm thưởng cộng thêm tối đa ${formatPoints(added)}.`,
    );
    return;
  }
  sheet.note(
    node.maxCell!.address,
    `Mục ${node.code} ghi ${formatPoints(node.max)} điểm, nhưng các mục con ${items.map((k) => k.code).join(', ')} cộng được ${formatPoints(sum)}: dùng điểm của từng mục con.`,
  );
}

// Made for issue 55 item 4: the scoring table's reading split into passes; this one turns the tree into criteria
// (tiers C1.1/C1.2/C1.3 of one item, «2 điểm/lần» per occurrence, «1.2 Điểm trừ: - 20 điểm (tối đa)» a part of deductions).
// And for bulleted levels with points in the points column («- Đạt 100% | 10», test/criteria/level-rows.test.ts): said
// as «các dòng II.1.a, II.1.b, II.1.c», codes the table does not have.
