// `npm run package:extension`: zips the built extension (dist-extension/, after `npm run build:extension`)
// into dist-extension.zip with manifest.json at the root, as Chrome, Edge and the stores expect.
import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes the zip and returns its size and the files it holds (paths with `/`). */
export async function packageExtension(builtDir: string, zipPath: string): Promise<{ files: string[]; bytes: number }> {
  if (!existsSync(join(builtDir, 'manifest.json'))) {
    throw new Error(`Không thấy ${join(builtDir, 'manifest.json')}: hãy chạy "npm run build:extension" trước.`);
  }
  const zip = new JSZip();
  const files = filesUnder(builtDir)
    .map((path) => relative(builtDir, path).split('\\').join('/'))
    .sort();
  // A fixed date keeps the archive identical for identical builds.
  for (const file of files) zip.file(file, readFileSync(join(builtDir, file)), { date: new Date('2020-01-01T00:00:00Z'), createFolders: false });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  writeFileSync(zipPath, bytes);
  return { files, bytes: bytes.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, bytes } = await packageExtension('dist-extension', 'dist-extension.zip');
  console.log(`dist-extension.zip: ${files.length} tệp, ${(bytes / 1024).toFixed(1)} KB`);
}
