// What a self-describing file ends with: the comment after its last line of code, which says what it was made
// for (the house rule for checks, rule kinds, sheet layouts and portal pages).
import { readFileSync } from 'node:fs';

/** The file's closing comment — its trailing `//` lines, or its trailing block comment — without the comment marks; '' when it ends in code. */
export function closingComment(path: string): string {
  const text = readFileSync(path, 'utf8').trimEnd();
  if (text.endsWith('*/')) return text.slice(text.lastIndexOf('/*') + 2, -2).trim();
  const lines = text.split('\n');
  const trailing: string[] = [];
  for (let i = lines.length - 1; i >= 0 && lines[i]!.trimStart().startsWith('//'); i--) trailing.unshift(lines[i]!.trim().replace(/^\/\/\s?/, ''));
  return trailing.join('\n');
}

// Made for issue 24 item 5: the registry tests of checks, rule kinds and criteria sheet layouts, which fail when a
// new file of one of them does not say what it was made for.
