// Văn bản (a paper): a plain model of an administrative document — paragraphs, tables and two-column blocks — that
// the papers are planned in (pure) and a Word writer at the edge turns into .docx (adapters/docx/write-document.ts).
export type TextRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** A line break the planner chose, before this run: the heading's lines are the planner's, never the page's. */
  breakBefore?: boolean;
};

export type Paragraph = {
  kind: 'paragraph';
  runs: TextRun[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, as body paragraphs of Decree 30/2020 have. */
  indent?: boolean;
  /** Font size in points; the body's size when left out. */
  size?: number;
  /**
   * A short solid rule under the paragraph, centred, this share of its widest line long (Decree 30/2020: as long as
   * the motto, 1; a third to a half of the issuer's name, 0.4).
   */
  rule?: number;
  /** Kept on the page of the block after it: a lead-in («1. Bằng khen …:», «I. Tập thể») never ends a page alone. */
  keepNext?: boolean;
};

export type Table = {
  kind: 'table';
  /** Header row, repeated on every page. */
  header: string[];
  rows: string[][];
  /** Column widths, in percent of the text width. */
  widths: number[];
};

/**
 * Two blocks side by side without borders: the heading (issuer | national motto) and the signatures. A Columns block
 * is never split across pages and keeps the paragraph before it on its page: a signer's block never stands alone.
 */
export type Columns = { kind: 'columns'; left: Paragraph[]; right: Paragraph[]; widths: [number, number] };

export type Block = Paragraph | Table | Columns;

export type Paper = {
  /** File name, without extension: «to-trinh», «bien-ban», «du-thao-quyet-dinh». */
  name: string;
  /** What officers call it. */
  title: string;
  blocks: Block[];
};

export const p = (text: string, opts: Omit<Paragraph, 'kind' | 'runs'> & Omit<TextRun, 'text' | 'breakBefore'> = {}): Paragraph => lines([text], opts);

/** A paragraph of lines the planner breaks itself (the issuer's name: «ỦY BAN NHÂN DÂN» / «XÃ TA MA»). */
export const lines = (texts: readonly string[], opts: Omit<Paragraph, 'kind' | 'runs'> & Omit<TextRun, 'text' | 'breakBefore'> = {}): Paragraph => {
  const { align, indent, size, rule, keepNext, ...run } = opts;
  return {
    kind: 'paragraph',
    runs: texts.map((text, i) => ({ text, ...run, ...(i > 0 ? { breakBefore: true } : {}) })),
    ...(align ? { align } : {}),
    ...(indent ? { indent } : {}),
    ...(size ? { size } : {}),
    ...(rule ? { rule } : {}),
    ...(keepNext ? { keepNext } : {}),
  };
};

// Made for issue 26 item 4: the proposal letter, the council's minutes and the draft decision, planned as data so
// the same papers could be written to another format, and tested without Word.
