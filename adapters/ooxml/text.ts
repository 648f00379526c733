// Text runs as SpreadsheetML stores them: `<t>` pieces of a shared or inline string (rich runs joined,
// phonetic guides `<rPh>` left out), with Excel's `_xHHHH_` escapes for characters XML cannot carry.

/** Collects the text of one `<si>` or `<is>`: call open/close/text with the parser's events inside it. */
export class RunText {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inT = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inT = false;
  }

  text(text: string): void {
    if (this.inT) this.parts.push(text);
  }

  /** The text so far, unescaped; starts the next string. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    return unescapeExcel(text);
  }
}

export function unescapeExcel(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

// Made for issue 27 item 1: a cell's text read as Excel and ExcelJS read it.
