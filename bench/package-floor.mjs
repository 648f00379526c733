// The package floor a scoring run is measured against (bench/batch.ts): what any tool that rewrites a workbook's
// package must at least do — unzip every part, decode each XML part to text, encode it back and zip the parts
// again with fflate (its default level), one workbook at a time on one thread. No cell is read or changed.
// Plain JavaScript run by Node, so it starts as the built command line does.
// node bench/package-floor.mjs <input folder> <output folder>
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: node bench/package-floor.mjs <input folder> <output folder>');
await mkdir(output, { recursive: true });
const decoder = new TextDecoder();
const encoder = new TextEncoder();
let chars = 0;
// Recursive, as `thidua score` reads a folder of commune folders.
for (const name of (await readdir(input, { recursive: true })).filter((f) => f.endsWith('.xlsx')).sort()) {
  const parts = unzipSync(await readFile(join(input, name)));
  for (const [part, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(part)) continue;
    const text = decoder.decode(bytes);
    chars += text.length;
    parts[part] = encoder.encode(text);
  }
  await writeFile(join(output, name.replaceAll('/', '-')), zipSync(parts));
}
// The count is printed so no engine can skip decoding the parts.
console.log(`${chars} characters of XML`);
