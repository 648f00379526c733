// Loading a criteria set (bộ tiêu chí) from a built-in id, JSON text or an already-read object:
// parse with the schema, then check what the schema cannot (references between fields, dates, ambiguous names).
// Every problem comes back as a Vietnamese sentence naming the field, e.g.
// "tiêu chí thứ 4 (mã «CQS2»), trường «Điểm tối đa»: phải ≥ 0 (đang là -1)".
import type { z } from 'zod';
import { normalizeLabel } from '../text.js';
import { builtinSets, findBuiltin } from './builtin/index.js';
import { CriteriaSet } from './schema.js';

export type CriteriaSource =
  | { kind: 'builtin'; id: string }
  | { kind: 'json'; text: string; name: string }
  | { kind: 'object'; value: unknown; name: string };

export type LoadResult = { ok: true; set: CriteriaSet } | { ok: false; errors: string[] };

/** How to name the fields of a document in messages. */
export interface FieldLabels {
  /** Object key → the field's name as officers know it ("maxPoints" → "Điểm tối đa"). */
  fields: Readonly<Record<string, string>>;
  /** Array key → the noun for one of its items ("criteria" → "tiêu chí", read "tiêu chí thứ 4"). */
  items: Readonly<Record<string, string>>;
}

export const CRITERIA_SET_LABELS: FieldLabels = {
  fields: {
    id: 'Mã',
    version: 'Phiên bản',
    title: 'Tên',
    commune: 'Xã',
    district: 'Huyện',
    province: 'Tỉnh',
    legalBasis: 'Căn cứ',
    document: 'Số văn bản',
    date: 'Ngày',
    period: 'Kỳ',
    from: 'Từ ngày',
    to: 'Đến ngày',
    label: 'Tên gọi',
    deadline: 'Hạn nộp',
    subjectKinds: 'Loại đối tượng',
    collective: 'Tập thể',
    aliases: 'Tên gọi khác',
    groups: 'Nhóm tiêu chí',
    criteria: 'Tiêu chí',
    code: 'Mã',
    group: 'Nhóm',
    unit: 'Đơn vị tính',
    measure: 'Đại lượng đo',
    target: 'Chỉ tiêu',
    comparator: 'So sánh',
    value: 'Giá trị',
    maxPoints: 'Điểm tối đa',
    rule: 'Cách tính',
    kind: 'Loại',
    tiers: 'Bậc',
    min: 'Từ mức',
    points: 'Điểm',
    pointsEach: 'Điểm mỗi lần',
    appliesTo: 'Áp dụng cho',
    evidenceRequired: 'Minh chứng',
    source: 'Căn cứ',
    note: 'Ghi chú',
    portal: 'Chỉ số cổng',
    indicator: 'Mã chỉ số',
    tolerance: 'Sai lệch cho phép',
    classification: 'Xếp loại',
    minPercent: 'Tỷ lệ tối thiểu',
    awards: 'Khen thưởng',
    forms: 'Hình thức khen thưởng',
    level: 'Cấp khen',
    minClassification: 'Xếp loại tối thiểu',
    gateCriteria: 'Tiêu chí bắt buộc',
    quotas: 'Số lượng khen thưởng',
    subject: 'Đối tượng',
    max: 'Số lượng tối đa',
    tieBreaks: 'Thứ tự ưu tiên khi bằng điểm',
    tolerances: 'Dung sai',
    ratioMismatch: 'Sai lệch tỷ lệ cho phép',
    selfScoreGap: 'Chênh lệch điểm tự chấm cho phép',
    council: 'Hội đồng',
    onRejectedFigure: 'Xử lý số liệu bị bác',
    notes: 'Ghi chú',
  },
  items: {
    subjectKinds: 'loại đối tượng',
    groups: 'nhóm',
    criteria: 'tiêu chí',
    tiers: 'bậc',
    classification: 'mức xếp loại',
    forms: 'hình thức khen thưởng',
    quotas: 'số lượng khen thưởng',
  },
};

type Path = readonly PropertyKey[];

function child(node: unknown, key: PropertyKey): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
}

/** The code or id of an array item, to name it beside its position. */
function itemName(item: unknown): string | undefined {
  const name = child(item, 'code') ?? child(item, 'id');
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** ["criteria", 3, "target", "value"] → "tiêu chí thứ 4 (mã «CQS2»), trường «Chỉ tiêu › Giá trị»". */
export function describePath(path: Path, labels: FieldLabels, input?: unknown): string {
  const parts: string[] = [];
  let fields: string[] = [];
  const flush = () => {
    if (fields.length) parts.push(`trường «${fields.join(' › ')}»`);
    fields = [];
  };
  let node = input;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = path[i + 1];
    if (typeof seg === 'number') {
      // Only reached for an index not preceded by a key (a top-level array).
      flush();
      parts.push(`mục thứ ${seg + 1}`);
      node = child(node, seg);
      continue;
    }
    const key = String(seg);
    node = child(node, seg);
    if (typeof next !== 'number') {
      fields.push(labels.fields[key] ?? key);
      continue;
    }
    flush();
    const item = child(node, next);
    const name = itemName(item);
    const noun = labels.items[key];
    parts.push(
      noun
        ? `${noun} thứ ${next + 1}${name ? ` (mã «${name}»)` : ''}`
        : `trường «${labels.fields[key] ?? key}», mục thứ ${next + 1}`,
    );
    node = item;
    i++;
  }
  flush();
  return parts.join(', ');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'một đối tượng { … }',
  array: 'một danh sách [ … ]',
};

function showValue(value: unknown): string {
  if (typeof value === 'string') return `«${value}»`;
  if (Array.isArray(value)) return 'một danh sách';
  if (value !== null && typeof value === 'object') return 'một đối tượng';
  return String(value);
}

function list(values: Iterable<unknown>): string {
  return [...values].map((v) => `«${String(v)}»`).join(', ');
}

function showBound(n: number | bigint): string {
  return String(n).replace('.', ',');
}

/** What is wrong, in Vietnamese, for one zod issue (without where). */
function describeProblem(issue: z.core.$ZodIssue): string {
  const given = issue.input === undefined ? '' : ` (đang là ${showValue(issue.input)})`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'bắt buộc nhưng đang thiếu'
        : `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}${given}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'không được để trống' : `phải có ít nhất ${showBound(issue.minimum)} ký tự${given}`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `phải có ít nhất ${showBound(issue.minimum)} mục`;
      return `phải ${issue.inclusive ? '≥' : '>'} ${showBound(issue.minimum)}${given}`;
    case 'too_big':
      if (issue.origin === 'string') return `không được quá ${showBound(issue.maximum)} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `không được quá ${showBound(issue.maximum)} mục`;
      return `phải ${issue.inclusive ? '≤' : '<'} ${showBound(issue.maximum)}${given}`;
    case 'invalid_value':
      return `phải là một trong: ${list(issue.values)}${given}`;
    case 'invalid_union': {
      // A discriminated union lists its options, and the path already ends at the discriminator.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (!options) return `không đúng với dạng nào được chấp nhận${given}`;
      const value = discriminator ? child(issue.input, discriminator) : issue.input;
      return `phải là một trong: ${list(options)}${value === undefined ? '' : ` (đang là ${showValue(value)})`}`;
    }
    case 'invalid_format':
      // Our schemas give Vietnamese messages for their patterns; zod's own start with "Invalid".
      return `sai định dạng${issue.message.startsWith('Invalid') ? '' : ` — ${issue.message}`}${given}`;
    case 'not_multiple_of':
      return `phải là bội số của ${showBound(issue.divisor)}${given}`;
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${list(issue.keys)}`;
    default:
      return issue.message;
  }
}

/**
 * Vietnamese messages for a zod error, one per issue, naming the field with `labels`.
 * Pass the input that was parsed to name array items by their code ("tiêu chí thứ 4 (mã «CQS2»)");
 * parse with `{ reportInput: true }` to quote the wrong values.
 */
export function describeZodIssues(error: z.ZodError, labels: FieldLabels, input?: unknown): string[] {
  const messages = error.issues.map((issue) => {
    const where = describePath(issue.path, labels, input);
    return where ? `${where}: ${describeProblem(issue)}` : describeProblem(issue);
  });
  return [...new Set(messages)];
}

/** A problem the schema cannot see, at a path into the set. */
export interface SetProblem {
  path: (string | number)[];
  message: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const QUOTA_SUBJECTS = ['collective', 'individual', 'all'];

/** Ids that repeat an earlier item's: "«X» trùng với <noun> thứ N". */
function duplicates(ids: readonly string[], at: (string | number)[], field: string, noun: string): SetProblem[] {
  const first = new Map<string, number>();
  return ids.flatMap((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return [];
    }
    return [{ path: [...at, i, field], message: `«${id}» trùng với ${noun} thứ ${seen + 1}` }];
  });
}

/** What the schema cannot check: references between fields, dates, ordering, names that read alike. */
export function checkCriteriaSet(set: CriteriaSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const kindIds = new Set(set.subjectKinds.map((k) => k.id));
  const groupIds = new Set(set.groups.map((g) => g.id));
  const bandIds = new Set(set.classification.map((b) => b.id));
  // Reversed so that a repeated code resolves to its first criterion, the one the duplicate check keeps.
  const byCode = new Map(set.criteria.map((c) => [c.code, c] as const).reverse());

  problems.push(
    ...duplicates(set.subjectKinds.map((k) => k.id), ['subjectKinds'], 'id', 'loại đối tượng'),
    ...duplicates(set.groups.map((g) => g.id), ['groups'], 'id', 'nhóm'),
    ...duplicates(set.criteria.map((c) => c.code), ['criteria'], 'code', 'tiêu chí'),
    ...duplicates(set.classification.map((b) => b.id), ['classification'], 'id', 'mức xếp loại'),
    ...duplicates(set.awards.forms.map((f) => f.id), ['awards', 'forms'], 'id', 'hình thức khen thưởng'),
  );

  // One name must point at one kind, or a `Loại đơn vị` cell could mean two.
  const kindByName = new Map<string, string>();
  set.subjectKinds.forEach((kind, i) => {
    for (const name of [kind.id, kind.label, ...kind.aliases]) {
      const key = normalizeLabel(name);
      const other = kindByName.get(key);
      if (other === undefined) kindByName.set(key, kind.id);
      else if (other !== kind.id) {
        problems.push({
          path: ['subjectKinds', i, 'aliases'],
          message: `tên gọi «${name}» đã dùng cho loại đối tượng «${other}», một tên chỉ được chỉ một loại`,
        });
      }
    }
  });

  set.criteria.forEach((c, i) => {
    if (!groupIds.has(c.group)) {
      problems.push({ path: ['criteria', i, 'group'], message: `không có nhóm «${c.group}» (các nhóm: ${list(groupIds)})` });
    }
    c.appliesTo.forEach((kind, j) => {
      if (!kindIds.has(kind)) {
        problems.push({
          path: ['criteria', i, 'appliesTo', j],
          message: `không có loại đối tượng «${kind}» (các loại: ${list(kindIds)})`,
        });
      }
    });
    if ((c.rule.kind === 'threshold' || c.rule.kind === 'ratio') && !c.target) {
      const rule = c.rule.kind === 'ratio' ? 'Tỷ lệ' : 'Đạt chỉ tiêu';
      problems.push({ path: ['criteria', i, 'target'], message: `cách tính «${rule}» cần có chỉ tiêu` });
    }
    if (c.rule.kind === 'ratio' && c.target && c.target.value <= 0) {
      problems.push({ path: ['criteria', i, 'target', 'value'], message: 'cách tính «Tỷ lệ» cần chỉ tiêu lớn hơn 0' });
    }
    if (c.measure === 'yes_no' && c.target && c.target.value !== 0 && c.target.value !== 1) {
      problems.push({ path: ['criteria', i, 'target', 'value'], message: 'chỉ tiêu Có/Không phải là 1 (Có) hoặc 0 (Không)' });
    }
    if (c.rule.kind === 'tiers') {
      c.rule.tiers.forEach((tier, j) => {
        if (tier.points > c.maxPoints) {
          problems.push({
            path: ['criteria', i, 'rule', 'tiers', j, 'points'],
            message: `${tier.points} điểm vượt điểm tối đa ${c.maxPoints} của tiêu chí`,
          });
        }
      });
    }
  });

  set.classification.forEach((band, i) => {
    const previous = set.classification[i - 1];
    if (previous && band.minPercent >= previous.minPercent) {
      problems.push({
        path: ['classification', i, 'minPercent'],
        message: `các mức xếp loại phải xếp từ cao xuống thấp (mức trước «${previous.label}» từ ${previous.minPercent}%)`,
      });
    }
  });

  set.awards.forms.forEach((form, i) => {
    if (!bandIds.has(form.minClassification)) {
      problems.push({
        path: ['awards', 'forms', i, 'minClassification'],
        message: `không có mức xếp loại «${form.minClassification}» (các mức: ${list(bandIds)})`,
      });
    }
    form.gateCriteria.forEach((code, j) => {
      const criterion = byCode.get(code);
      if (!criterion) {
        problems.push({ path: ['awards', 'forms', i, 'gateCriteria', j], message: `không có tiêu chí mã «${code}»` });
      } else if (!criterion.target) {
        problems.push({
          path: ['awards', 'forms', i, 'gateCriteria', j],
          message: `tiêu chí «${code}» không có chỉ tiêu nên không xét «đạt» được để làm tiêu chí bắt buộc`,
        });
      }
    });
    form.quotas.forEach((quota, j) => {
      if (!kindIds.has(quota.subject) && !QUOTA_SUBJECTS.includes(quota.subject)) {
        problems.push({
          path: ['awards', 'forms', i, 'quotas', j, 'subject'],
          message: `«${quota.subject}» không phải loại đối tượng của bộ (${list(kindIds)}) hay «collective», «individual», «all»`,
        });
      }
    });
  });

  const dates: [(string | number)[], string | undefined, boolean][] = [
    [['legalBasis', 'date'], set.legalBasis.date, true],
    // Empty when the plan names no period, as a criteria sheet may leave it.
    [['period', 'from'], set.period.from, true],
    [['period', 'to'], set.period.to, true],
    [['deadline'], set.deadline, true],
  ];
  for (const [path, value, optional] of dates) {
    if (value === undefined || (optional && value === '')) continue;
    if (!isDate(value)) problems.push({ path, message: `«${value}» không phải ngày dạng năm-tháng-ngày (ví dụ 2025-11-04)` });
  }
  if (isDate(set.period.from) && isDate(set.period.to) && set.period.from > set.period.to) {
    problems.push({ path: ['period', 'to'], message: `ngày kết thúc ${set.period.to} trước ngày bắt đầu ${set.period.from}` });
  }
  return problems;
}

function formatProblems(problems: readonly SetProblem[], set: CriteriaSet): string[] {
  return problems.map((p) => `${describePath(p.path, CRITERIA_SET_LABELS, set)}: ${p.message}`);
}

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const JSON_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where JSON text first breaks the grammar and why, in Vietnamese. Called only after JSON.parse failed:
 * the engine's own messages are English and, in some forms, carry no position.
 */
function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? 'tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ] hoặc ")' : reason);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (text[i] !== '"') {
      if (i >= text.length) fail('chuỗi chưa có dấu " đóng');
      if (text.charCodeAt(i) < 0x20) fail('chuỗi bị xuống dòng giữa chừng (thiếu dấu " đóng?)');
      if (text[i] === '\\') {
        JSON_ESCAPE.lastIndex = i;
        if (!JSON_ESCAPE.test(text)) fail('dấu gạch ngược «\\» không hợp lệ trong chuỗi (viết «\\\\» nếu muốn giữ dấu này)');
        i = JSON_ESCAPE.lastIndex;
      } else i++;
    }
    i++;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (ch === '{') {
          space();
          if (text[i] !== '"') fail('cần tên trường trong ngoặc kép "…" (có thể thừa dấu phẩy ở trước)');
          string();
          space();
          if (text[i] !== ':') fail('thiếu dấu hai chấm sau tên trường');
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail(`thiếu dấu phẩy hoặc dấu đóng ${close}`);
      }
    }
    JSON_LITERAL.lastIndex = i;
    if (JSON_LITERAL.test(text)) {
      i = JSON_LITERAL.lastIndex;
      return;
    }
    fail(`giá trị không hợp lệ bắt đầu bằng «${ch}» (chữ phải trong ngoặc kép "…", số dùng dấu chấm thập phân)`);
  };
  try {
    value();
    space();
    if (i < text.length) fail('thừa nội dung sau khi bộ tiêu chí đã kết thúc');
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  return undefined;
}

function jsonError(text: string): string {
  const found = locateJsonError(text);
  if (!found) return 'không phải JSON hợp lệ';
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - before.lastIndexOf('\n');
  return `không phải JSON hợp lệ: dòng ${line}, cột ${column} — ${found.reason}`;
}

function fromObject(value: unknown, name: string): LoadResult {
  if (child(value, 'format') === 'thidua-indicators') {
    return { ok: false, errors: [`«${name}»: đây là tệp chỉ số cổng dịch vụ công, không phải bộ tiêu chí`] };
  }
  const parsed = CriteriaSet.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: describeZodIssues(parsed.error, CRITERIA_SET_LABELS, value).map((m) => `«${name}»: ${m}`),
    };
  }
  const problems = checkCriteriaSet(parsed.data);
  if (problems.length) return { ok: false, errors: formatProblems(problems, parsed.data).map((m) => `«${name}»: ${m}`) };
  return { ok: true, set: parsed.data };
}

/** "Tân Quang 2025" or "TA_MA_2025" still finds tan-quang-2025 / ta-ma-2025. */
function builtinId(text: string): string {
  return normalizeLabel(text).replace(/[\s_]+/g, '-');
}

/** Resolve a criteria set from a built-in id, JSON text or an object; problems come back as Vietnamese messages. */
export function loadCriteriaSet(source: CriteriaSource): LoadResult {
  switch (source.kind) {
    case 'builtin': {
      const set = findBuiltin(source.id) ?? findBuiltin(builtinId(source.id));
      if (set) return { ok: true, set };
      return {
        ok: false,
        errors: [
          `Không có bộ tiêu chí có sẵn «${source.id}». Các bộ có sẵn: ${builtinSets.map((s) => s.id).join(', ')}.`,
        ],
      };
    }
    case 'json': {
      const text = source.text.replace(/^\uFEFF/, '');
      if (text.trim() === '') return { ok: false, errors: [`«${source.name}»: tệp trống, không có bộ tiêu chí`] };
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { ok: false, errors: [`«${source.name}»: ${jsonError(text)}`] };
      }
      return fromObject(value, source.name);
    }
    case 'object':
      return fromObject(source.value, source.name);
  }
}
