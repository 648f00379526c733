// Text thidua writes into a document (a workbook's XML parts, a .docx paper): one character XML 1.0 forbids — a
// U+FFFF in a unit's name, a Word line break (U+000B) pasted into it — makes the whole file unopenable, and formats
// set limits of their own (Excel's page header and footer hold 255 characters). Every writer passes what it writes
// through here, and what was changed is said, never silent.

/** What XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const ANY_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** Breaks a person typed (Word's line break U+000B, a form feed): they stand for a space, not for nothing. */
const TYPED_BREAK = /[\u000B\u000C]/;

/** Excel keeps at most 255 characters in each page header and footer (formatting codes included). */
export const EXCEL_HEADER_FOOTER_MAX = 255;
/** Excel's limit for the text of one cell. */
export const EXCEL_CELL_MAX = 32_767;
/** Excel's limit for a sheet's name. */
export const EXCEL_SHEET_NAME_MAX = 31;
/** What stands for the part of a text cut to fit. */
export const CUT_MARK = '…';

export type SafeText = {
  text: string;
  /** Characters XML cannot carry that were replaced (typed breaks → a space) or removed. */
  replaced: number;
  /** Whether the text was cut to fit its limit. */
  cut: boolean;
};

/** `text` with every character XML 1.0 forbids replaced or removed (unchanged, and fast, when it has none). */
export function xmlSafe(text: string): string {
  // Every attribute and text a writer makes passes here: most hold nothing to replace, and need no SafeText made.
  return ANY_FORBIDDEN.test(text) ? safeText(text).text : text;
}

/**
 * `text` as a document can hold it: forbidden characters replaced by a space (typed breaks) or removed, then, with
 * `max`, cut to at most `max` characters ending in «…» (never inside a surrogate pair).
 */
export function safeText(text: string, max?: number): SafeText {
  let replaced = 0;
  let out = text;
  if (ANY_FORBIDDEN.test(text)) {
    out = text.replace(FORBIDDEN, (ch) => {
      replaced++;
      return TYPED_BREAK.test(ch) ? ' ' : '';
    });
  }
  if (max === undefined || out.length <= max) return { text: out, replaced, cut: false };
  let end = Math.max(0, max - CUT_MARK.length);
  if (end > 0 && /[\uD800-\uDBFF]/.test(out[end - 1]!)) end--;
  return { text: out.slice(0, end) + CUT_MARK, replaced, cut: true };
}

/** «U+000B, U+FFFF»: the forbidden characters a text holds, for the line that says they were replaced. */
export function forbiddenIn(text: string): string[] {
  // Every report's name and period are asked: most hold none, and matchAll's iterator is the cost.
  if (!ANY_FORBIDDEN.test(text)) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(FORBIDDEN)) found.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

// Made for issue 35 item 4: one sanitiser for every text thidua writes into OOXML and .docx — copies, templates,
// the summary, its chart and the papers — so a unit's name can never make a shared document unopenable.
