// What reaches a terminal (stderr lines, the printed ranking) when it carries text taken from files: a
// unit, sheet or file name may hold an escape sequence (ESC[31m recolours, ESC[2J clears), a line break
// (which fakes a line of its own) or a bidirectional override (U+202E writes what follows backwards). Each
// such character is shown as its code, «\u202E», so a line on the screen says what the file holds.

/** C0 and C1 controls, DEL, and the characters that reorder or break a line (bidi marks, embeddings, overrides, isolates; U+2028/9). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, but a line break and a tab kept: the printer's own layout in a block of lines. */
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function code(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A value from a file (a name, a message quoting one) as one line: every control and bidi character escaped, line breaks too. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, code);
}

/** A block the command prints (its own line breaks kept): what reaches the terminal through Io, whatever a printer forgot. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, code);
}

// Made for issue 25 (honest terminal text): one place where every cli/ printer makes file text safe to show.
