// Lỗi dữ liệu bằng tiếng Việt (schema errors in Vietnamese): the one place a zod error becomes the sentences an
// officer reads, for every face — the criteria set, the criteria sheet, the portal indicator file, a saved
// column mapping. zod's own messages are English ("Invalid input: expected number, received string"); here each
// issue names its field as officers know it ("tiêu chí thứ 4 (mã «CQS2»), trường «Điểm tối đa»") and says what is
// wrong and what the file holds ("phải ≥ 0 (đang là -1)").
import type { z } from 'zod';

/** How to name the fields of a document in messages. */
export interface FieldLabels {
  /** Object key → the field's name as officers know it ("maxPoints" → "Điểm tối đa"). */
  fields: Readonly<Record<string, string>>;
  /** Array key → the noun for one of its items ("criteria" → "tiêu chí", read "tiêu chí thứ 4"). */
  items: Readonly<Record<string, string>>;
}

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

/** zod's name of a type ("number") as officers read it ("số"). */
export function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return `«${value}»`;
  if (Array.isArray(value)) return 'một danh sách';
  if (value !== null && typeof value === 'object') return 'một đối tượng';
  return String(value);
}

/** «a», «b», «c»: values quoted as officers read them in a message. */
export function quoted(values: Iterable<unknown>): string {
  return [...values].map((v) => `«${String(v)}»`).join(', ');
}

function showBound(n: number | bigint): string {
  return String(n).replace('.', ',');
}

/** What is wrong, in Vietnamese, for one zod issue (without where). */
export function describeProblem(issue: z.core.$ZodIssue): string {
  const given = issue.input === undefined ? '' : ` (đang là ${showValue(issue.input)})`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'bắt buộc nhưng đang thiếu'
        : `phải là ${typeName(issue.expected)}${given}`;
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
      return `phải là một trong: ${quoted(issue.values)}${given}`;
    case 'invalid_union': {
      // A discriminated union lists its options, and the path already ends at the discriminator.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (!options) return `không đúng với dạng nào được chấp nhận${given}`;
      const value = discriminator ? child(issue.input, discriminator) : issue.input;
      return `phải là một trong: ${quoted(options)}${value === undefined ? '' : ` (đang là ${showValue(value)})`}`;
    }
    case 'invalid_format':
      // Our schemas give Vietnamese messages for their patterns; zod's own start with "Invalid".
      return `sai định dạng${issue.message.startsWith('Invalid') ? '' : ` — ${issue.message}`}${given}`;
    case 'not_multiple_of':
      return `phải là bội số của ${showBound(issue.divisor)}${given}`;
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${quoted(issue.keys)}`;
    case 'invalid_key':
      return `có tên trường không hợp lệ${given}`;
    case 'invalid_element':
      return `có mục không hợp lệ${given}`;
    case 'custom':
      // A refinement of ours, written in Vietnamese where it was defined.
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

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/** Parses `input` with `schema`; a refusal comes back as Vietnamese messages (one per issue) naming fields by `labels`. */
export function parseWithMessages<T>(schema: z.ZodType<T>, input: unknown, labels: FieldLabels): Parsed<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: describeZodIssues(parsed.error, labels, input) };
}

// Made for issue 24 item 7: four faces each turned zod errors into words of their own (criteria/load.ts, the
// add-in's and the command line's indicator file, the extension's backup), some leaving zod's English through.
