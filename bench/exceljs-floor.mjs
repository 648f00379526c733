// The floor a scoring run is measured against (bench/batch.ts): what ExcelJS alone costs to open each
// workbook of a folder, touch every cell and save a copy — in order, one at a time, as `thidua score` does.
// Plain JavaScript run by Node, so it starts as the built command line does.
// node bench/exceljs-floor.mjs <input folder> <output folder>
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: node bench/exceljs-floor.mjs <input folder> <output folder>');
await mkdir(output, { recursive: true });
let cells = 0;
// Recursive, as `thidua score` reads a folder of commune folders.
for (const name of (await readdir(input, { recursive: true })).filter((f) => f.endsWith('.xlsx')).sort()) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(join(input, name)));
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null) cells++;
      }),
    );
  }
  await writeFile(join(output, name.replaceAll('/', '-')), new Uint8Array(await workbook.xlsx.writeBuffer()));
}
// The count is printed so no engine can skip reading the cells.
console.log(`${cells} cells`);
