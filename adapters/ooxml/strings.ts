// The shared-string table (`xl/sharedStrings.xml`): every text cell's `<v>` is an index into it.
import type { OoxmlPackage } from './package.js';
import { RunText } from './text.js';

export function readSharedStrings(pkg: OoxmlPackage, part: string | undefined): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  const run = new RunText();
  let inSi = false;
  // Read once: the strings are kept, not the part (the reader reads it again only if it let them go).
  pkg.parse(
    part,
    {
      open: (name) => {
        if (name === 'si') inSi = true;
        else if (inSi) run.open(name);
      },
      text: (text) => inSi && run.text(text),
      close: (name) => {
        if (name === 'si') {
          strings.push(run.take());
          inSi = false;
        } else if (inSi) run.close(name);
      },
    },
    true,
  );
  return strings;
}

// Made for issue 27 item 1: reading shared strings in one streaming pass.
