// The changes Word still tracks in a document's tables (w:ins, w:del, w:moveTo/moveFrom; a row's w:trPr/w:ins or
// w:del) and its hidden text, read from word/document.xml in the bounded pass (bounds.ts), as plain data for
// core/criteria/sheet/word-marks.ts to say. mammoth reads such a document as Word's final view (drops what is deleted
// and a deleted row, keeps what is inserted) and reads hidden text as any other, without a word of either.
// Hidden is what Word hides (ECMA-376 Part 1 §17.7.2, §17.7.3): w:vanish written on the run says it outright; else the
// document defaults (w:rPrDefault) hiding hide it; else the table's, the paragraph's and the run's styles (word/styles.xml,
// each through its w:basedOn chain, a style unnamed being its kind's default) each toggle it, so two that hide show it.
// w:specVanish hides a run always; w:webHidden only in Web Layout, so Word's print view shows it (not a mark).
import type { XmlHandlers } from '../ooxml/xml.js';
import type { WordMark } from '../../core/criteria/sheet/sheet-reader.js';

/** A table being walked: its rows read so far (a deleted row is not one), the row and cell under way. */
type Walk = {
  marks: WordMark[] | undefined;
  rows: number;
  row: { deleted: boolean; inserted: boolean; texts: string[]; marks: WordMark[] };
  col: number;
  next: number;
  /** Its style, the parts of it that style formats apart (w:tblLook), its rows met (deleted ones too), its cell's hiding. */
  style: string | undefined;
  look: { firstRow: boolean; firstColumn: boolean };
  index: number;
  hides: boolean;
};

/** An on/off value (ST_OnOff) that is on: absent is on, as a bare <w:vanish/> is; <w:vanish w:val="0"/> turns it off. */
const on = (value: string | undefined) => !['0', 'false', 'off'].includes(value ?? '');

/** A style's own hiding (undefined when it says nothing), the style it is based on, a table style's by part (w:tblStylePr). */
type Style = { hides?: boolean; basedOn?: string; parts?: Map<string, boolean> };

/**
 * The hiding of word/styles.xml: its document defaults', each kind's default style, and `level`: a style's hiding for
 * text in the given parts of a table (most specific first), the first said up its w:basedOn chain. Walked before the
 * document (bounds.ts), so a run is known hidden as its text is met.
 */
function hidingStyles() {
  const styles = new Map<string, Style>();
  const defaults = new Map<string, string>();
  const path: string[] = [];
  let documentHides = false;
  let style: Style | undefined;
  let part: string | undefined;
  const handlers: XmlHandlers = {
    open(name, a, selfClosing) {
      const [parent, grand] = [path.at(-1), path.at(-2)];
      if (!selfClosing) path.push(name);
      if (name === 'style') {
        const id = a['w:styleId'] ?? '';
        styles.set(id, (style = {}));
        // Of two defaults of a kind, the last is (§17.7.4.17).
        if (a['w:default'] !== undefined && on(a['w:default'])) defaults.set(a['w:type'] ?? 'paragraph', id);
      } else if (style && name === 'basedOn' && parent === 'style') style.basedOn = a['w:val'];
      else if (style && name === 'tblStylePr') part = a['w:type'];
      else if (name === 'vanish' && parent === 'rPr') {
        if (grand === 'rPrDefault') documentHides = on(a['w:val']);
        else if (style && grand === 'style') style.hides = on(a['w:val']);
        else if (style && grand === 'tblStylePr' && part) (style.parts ??= new Map()).set(part, on(a['w:val']));
      }
    },
    close(name, selfClosing) {
      if (!selfClosing) path.pop();
      if (name === 'style') style = undefined;
      else if (name === 'tblStylePr') part = undefined;
    },
  };
  const level = (id: string | undefined, parts: readonly string[] = [], seen = new Set<string>()): boolean => {
    const s = id === undefined || seen.has(id) ? undefined : styles.get(id);
    if (!s) return false;
    for (const p of parts) {
      const hides = s.parts?.get(p);
      if (hides !== undefined) return hides;
    }
    return s.hides ?? level(s.basedOn, parts, seen.add(id!));
  };
  return { handlers, level, defaultOf: (kind: string) => defaults.get(kind), documentHides: () => documentHides };
}

/** A w:tblLook's parts formatted apart: its attributes (Word 2010 on), else its hex mask (Word 2007). */
function lookOf(a: Record<string, string>): Walk['look'] {
  const mask = Number.parseInt(a['w:val'] ?? '0', 16) || 0;
  const says = (attribute: string, bit: number) => (a[attribute] === undefined ? (mask & bit) !== 0 : on(a[attribute]));
  return { firstRow: says('w:firstRow', 0x20), firstColumn: says('w:firstColumn', 0x80) };
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
  // Inside deleted / inserted runs, a text element; a run's hiding as written on it (w:specVanish: always), by its
  // character style, and each open paragraph's by its style (a paragraph in a text box in a run is one of its own).
  let deleted = 0;
  let inserted = 0;
  let direct: boolean | undefined;
  let always = false;
  let runStyle = false;
  const paragraphs: boolean[] = [];
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
          const row = { deleted: false, inserted: false, texts: [], marks: [] };
          const look = { firstRow: false, firstColumn: false };
          open.push({ marks, rows: 0, row, col: 0, next: 1, style: styles.defaultOf('table'), look, index: 0, hides: false });
          return;
        }
        case 'tblStyle':
          if (t && parent === 'tblPr') t.style = a['w:val'];
          return;
        case 'tblLook':
          if (t && parent === 'tblPr') t.look = lookOf(a);
          return;
        case 'tr':
          if (t) [t.row, t.next, t.index] = [{ deleted: false, inserted: false, texts: [], marks: [] }, 1, t.index + 1];
          return;
        case 'tc':
          if (!t) return;
          t.col = t.next++;
          // The first row's formatting over the first column's over the whole table's, as Word lays them.
          t.hides = styles.level(t.style, [...(t.look.firstRow && t.index === 1 ? ['firstRow'] : []), ...(t.look.firstColumn && t.col === 1 ? ['firstCol'] : []), 'wholeTable']);
          return;
        case 'gridSpan': {
          const span = Number(a['w:val']);
          if (t && Number.isFinite(span) && span > 1) t.next += span - 1;
          return;
        }
        case 'p':
          if (!selfClosing) paragraphs.push(styles.level(styles.defaultOf('paragraph')));
          return;
        case 'pStyle':
          if (parent === 'pPr' && paragraphs.length > 0) paragraphs[paragraphs.length - 1] = styles.level(a['w:val']);
          return;
        case 'r':
          [direct, always, runStyle] = [undefined, false, styles.level(styles.defaultOf('character'))];
          return;
        case 'rStyle':
        case 'vanish':
        case 'specVanish':
          // A paragraph mark's own (pPr/rPr) hides no words.
          if (parent !== 'rPr' || path.at(selfClosing ? -2 : -3) !== 'r') return;
          if (name === 'vanish') direct = on(a['w:val']);
          else if (name === 'specVanish') always = on(a['w:val']);
          else runStyle = styles.level(a['w:val']);
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
      // §17.7.3: what the run says outright; else the defaults' hiding; else the three styles' toggled (XOR).
      const hidden = always || (direct ?? (styles.documentHides() || (t.hides !== (paragraphs.at(-1) ?? false)) !== runStyle));
      const kind = deleted > 0 ? 'deleted' : inserted > 0 ? 'inserted' : hidden ? 'hidden' : undefined;
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
// (test/criteria/docx-tracked-changes.test.ts (e)): read with ✔ and never said; by the document defaults or a table
// style's first row, or w:specVanish ((f), (g)): read with ✔ and never said; and for styles that both hide, which Word
// shows ((h)): the nearest style won, so shown words were said hidden and hidden ones read as shown.
