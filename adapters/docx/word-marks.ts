// The changes Word still tracks in a document's tables (w:ins, w:del, w:moveTo/moveFrom; a row's w:trPr/w:ins or
// w:del) and its hidden text (w:vanish on the run, or in the character or paragraph style it is written in, as
// word/styles.xml defines them), read from word/document.xml in the bounded pass (bounds.ts), as plain data for
// core/criteria/sheet/word-marks.ts to say. mammoth reads such a document as Word's final view (drops what is deleted
// and a deleted row, keeps what is inserted) and reads hidden text as any other, without a word of either.
import type { XmlHandlers } from '../ooxml/xml.js';
import type { WordMark } from '../../core/criteria/sheet/sheet-reader.js';

/** A table being walked: its rows read so far (a deleted row is not one), the row and cell under way. */
type Walk = {
  marks: WordMark[] | undefined;
  rows: number;
  row: { deleted: boolean; inserted: boolean; texts: string[]; marks: WordMark[] };
  col: number;
  next: number;
};

/** <w:vanish w:val="0"/>: hiding turned off (by a run against its style, or a style against the one it is based on). */
const shown = (a: Record<string, string>) => ['0', 'false', 'off'].includes(a['w:val'] ?? '');

/**
 * The styles of word/styles.xml that hide their text: each style's own w:vanish (undefined when it says nothing), else
 * the style it is based on's. Walked before the document (bounds.ts), so a run is known hidden as its text is met.
 */
function hidingStyles(): { handlers: XmlHandlers; hides: (id: string | undefined) => boolean | undefined } {
  const styles = new Map<string, { hides?: boolean; basedOn?: string }>();
  const path: string[] = [];
  let style: { hides?: boolean; basedOn?: string } | undefined;
  const handlers: XmlHandlers = {
    open(name, a, selfClosing) {
      const parent = path.at(-1);
      if (!selfClosing) path.push(name);
      if (name === 'style') styles.set(a['w:styleId'] ?? '', (style = {}));
      else if (style && name === 'basedOn' && parent === 'style') style.basedOn = a['w:val'];
      else if (style && name === 'vanish' && parent === 'rPr' && path.at(selfClosing ? -2 : -3) === 'style') style.hides = !shown(a);
    },
    close(name, selfClosing) {
      if (!selfClosing) path.pop();
      if (name === 'style') style = undefined;
    },
  };
  const hides = (id: string | undefined, seen = new Set<string>()): boolean | undefined => {
    const s = id === undefined || seen.has(id) ? undefined : styles.get(id);
    return s && (s.hides ?? hides(s.basedOn, seen.add(id!)));
  };
  return { handlers, hides };
}

/**
 * The marks of each table of the document, in the order mammoth meets them (a table nested in a deleted row has none);
 * `handlers`: by part, the styles first.
 */
export function wordMarkWalker(): { handlers: Record<string, XmlHandlers>; tables: WordMark[][] } {
  const tables: WordMark[][] = [];
  const open: Walk[] = [];
  const path: string[] = [];
  const styles = hidingStyles();
  // Inside deleted / inserted runs, a text element; a run's hiding as written on it and by its character style, and
  // each open paragraph's by its style (a paragraph in a text box in a run is one of its own): the run's own wins.
  let deleted = 0;
  let inserted = 0;
  let direct: boolean | undefined;
  let runStyle: boolean | undefined;
  const paragraphs: (boolean | undefined)[] = [];
  let inText = false;
  // mammoth reads an mc:AlternateContent by its Fallback: what its Choice holds (a text box's table) is not met twice.
  let choice = 0;
  const inDeletedRow = () => open.some((t) => t.row.deleted);
  const handlers: XmlHandlers = {
    open(name, a, selfClosing) {
      if (name === 'Choice' && !selfClosing) choice++;
      if (choice > 0) return;
      const parent = path.at(-1);
      if (!selfClosing) path.push(name);
      const t = open.at(-1);
      switch (name) {
        case 'tbl': {
          const marks = inDeletedRow() ? undefined : [];
          if (marks) tables.push(marks);
          open.push({ marks, rows: 0, row: { deleted: false, inserted: false, texts: [], marks: [] }, col: 0, next: 1 });
          return;
        }
        case 'tr':
          if (t) [t.row, t.next] = [{ deleted: false, inserted: false, texts: [], marks: [] }, 1];
          return;
        case 'tc':
          if (t) t.col = t.next++;
          return;
        case 'gridSpan': {
          const span = Number(a['w:val']);
          if (t && Number.isFinite(span) && span > 1) t.next += span - 1;
          return;
        }
        case 'p':
          if (!selfClosing) paragraphs.push(undefined);
          return;
        case 'pStyle':
          if (parent === 'pPr' && paragraphs.length > 0) paragraphs[paragraphs.length - 1] = styles.hides(a['w:val']);
          return;
        case 'r':
          direct = runStyle = undefined;
          return;
        case 'rStyle':
        case 'vanish':
          // A paragraph mark's own (pPr/rPr) hides no words.
          if (parent !== 'rPr' || path.at(selfClosing ? -2 : -3) !== 'r') return;
          if (name === 'vanish') direct = !shown(a);
          else runStyle = styles.hides(a['w:val']);
          return;
        case 't':
        case 'delText':
          inText = true;
          return;
        case 'del':
        case 'moveFrom':
        case 'ins':
        case 'moveTo':
          if (parent === 'trPr' && t) {
            if (name === 'del') t.row.deleted = true;
            else if (name === 'ins') t.row.inserted = true;
          } else if (parent !== 'rPr' && !selfClosing) {
            if (name === 'del' || name === 'moveFrom') deleted++;
            else inserted++;
          }
          return;
      }
    },
    text(text) {
      const t = open.at(-1);
      if (choice > 0 || !inText || !t || text === '') return;
      t.row.texts[t.col] = (t.row.texts[t.col] ?? '') + text;
      const kind = deleted > 0 ? 'deleted' : inserted > 0 ? 'inserted' : (direct ?? runStyle ?? paragraphs.at(-1)) ? 'hidden' : undefined;
      if (!kind) return;
      const last = t.row.marks.at(-1);
      // A change written in several runs is one mark.
      if (last && last.kind === kind && last.col === t.col) last.text += text;
      else t.row.marks.push({ kind, row: 0, col: t.col, text });
    },
    close(name, selfClosing) {
      if (choice > 0) {
        if (name === 'Choice' && !selfClosing) choice--;
        return;
      }
      if (!selfClosing) path.pop();
      const t = open.at(-1);
      switch (name) {
        case 't':
        case 'delText':
          inText = false;
          return;
        case 'del':
        case 'moveFrom':
          if (path.at(-1) !== 'rPr' && path.at(-1) !== 'trPr' && !selfClosing) deleted--;
          return;
        case 'ins':
        case 'moveTo':
          if (path.at(-1) !== 'rPr' && path.at(-1) !== 'trPr' && !selfClosing) inserted--;
          return;
        case 'tbl':
          open.pop();
          return;
        case 'p':
          if (!selfClosing) paragraphs.pop();
          return;
        case 'tr': {
          if (!t?.marks) return;
          const words = t.row.texts.filter((w) => w !== undefined && w.trim() !== '').map((w) => w.trim()).join(' · ');
          if (t.row.deleted) {
            if (words !== '') t.marks.push({ kind: 'deleted', row: t.rows + 1, col: 1, text: words, wholeRow: true });
            return;
          }
          t.rows++;
          if (t.row.inserted) t.marks.push({ kind: 'inserted', row: t.rows, col: 1, text: words, wholeRow: true });
          // A row inserted whole is one change, not one per cell; its hidden words are said all the same.
          for (const m of t.row.marks) if (!t.row.inserted || m.kind === 'hidden') t.marks.push({ ...m, row: t.rows });
          return;
        }
      }
    },
  };
  return { handlers: { 'word/styles.xml': styles.handlers, 'word/document.xml': handlers }, tables };
}

// Made for drafts (dự thảo) whose tables keep unaccepted changes (Theo dõi thay đổi) or hidden text: each said where
// the officer imports them, not read silently as Word's final view; and for text hidden by its style, not on its run
// (test/criteria/docx-tracked-changes.test.ts (e)): read with ✔ and never said.
