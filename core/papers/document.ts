// Văn bản (a paper): a plain model of an administrative document — paragraphs, tables and two-column blocks — that
// the papers are planned in (pure) and a Word writer at the edge turns into .docx (adapters/docx/write-document.ts).
export type TextRun = { text: string; bold?: boolean; italic?: boolean; underline?: boolean };

export type Paragraph = {
  kind: 'paragraph';
  runs: TextRun[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, as body paragraphs of Decree 30/2020 have. */
  indent?: boolean;
  /** Font size in points; the body's size when left out. */
  size?: number;
};

export type Table = {
  kind: 'table';
  /** Header row, repeated on every page. */
  header: string[];
  rows: string[][];
  /** Column widths, in percent of the text width. */
  widths: number[];
};

/** Two blocks side by side without borders: the heading (issuer | national motto) and the signatures. */
export type Columns = { kind: 'columns'; left: Paragraph[]; right: Paragraph[]; widths: [number, number] };

export type Block = Paragraph | Table | Columns;

export type Paper = {
  /** File name, without extension: «to-trinh», «bien-ban», «du-thao-quyet-dinh». */
  name: string;
  /** What officers call it. */
  title: string;
  blocks: Block[];
};

export const p = (text: string, opts: Omit<Paragraph, 'kind' | 'runs'> & Omit<TextRun, 'text'> = {}): Paragraph => {
  const { align, indent, size, ...run } = opts;
  return { kind: 'paragraph', runs: [{ text, ...run }], ...(align ? { align } : {}), ...(indent ? { indent } : {}), ...(size ? { size } : {}) };
};

// Made for issue 26 item 4: the proposal letter, the council's minutes and the draft decision, planned as data so
// the same papers could be written to another format, and tested without Word.
