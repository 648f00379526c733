// Nạp bộ tiêu chí (loading a criteria set): choose among the built-in sets by id, or read a set from JSON text or
// an already-read object — parse with the schema (core/schema-messages.ts words its errors), then check what the
// schema cannot (check-set.ts). Every problem comes back as a Vietnamese sentence naming the file and the field,
// e.g. "«bo.json»: tiêu chí thứ 4 (mã «CQS2»), trường «Điểm tối đa»: phải ≥ 0 (đang là -1)".
import { parseWithMessages } from '../schema-messages.js';
import { normalizeLabel } from '../text.js';
import { builtinIds, findBuiltin } from './builtin/index.js';
import { checkCriteriaSet, describeSetProblems } from './check-set.js';
import { describeJsonSyntaxError } from './json-syntax.js';
import { CRITERIA_SET_LABELS } from './labels.js';
import { CriteriaSet } from './schema.js';

export type CriteriaSource =
  | { kind: 'builtin'; id: string }
  | { kind: 'json'; text: string; name: string }
  | { kind: 'object'; value: unknown; name: string };

export type LoadResult = { ok: true; set: CriteriaSet } | { ok: false; errors: string[] };

function fromObject(value: unknown, name: string): LoadResult {
  if (value !== null && typeof value === 'object' && (value as { format?: unknown }).format === 'thidua-indicators') {
    return { ok: false, errors: [`«${name}»: đây là tệp chỉ số cổng dịch vụ công, không phải bộ tiêu chí`] };
  }
  const parsed = parseWithMessages(CriteriaSet, value, CRITERIA_SET_LABELS);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((m) => `«${name}»: ${m}`) };
  const problems = checkCriteriaSet(parsed.data);
  if (problems.length) return { ok: false, errors: describeSetProblems(problems, parsed.data).map((m) => `«${name}»: ${m}`) };
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
          `Không có bộ tiêu chí có sẵn «${source.id}». Các bộ có sẵn: ${builtinIds.join(', ')}.`,
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
        return { ok: false, errors: [`«${source.name}»: ${describeJsonSyntaxError(text)}`] };
      }
      return fromObject(value, source.name);
    }
    case 'object':
      return fromObject(source.value, source.name);
  }
}

// Made for: every face loading the set it scores with (a built-in id, a set file, the criteria sheet's parts) through
// one door, so a wrong set is refused with the same Vietnamese sentences on the command line, in Excel and on the page.
