// The unit's hand on a template `thidua template` wrote: each value typed in its criterion's row, in the column the
// header names (found by its title, as an officer finds it), the rest left as written.
import ExcelJS from 'exceljs';

export async function typeInTemplate(template: string, out: string, column: string, values: Record<string, number | string>): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const ws = book.worksheets[0]!;
  let codeCol = 0;
  let valueCol = 0;
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.value === 'Mã tiêu chí') codeCol = col;
      if (cell.value === column) valueCol = col;
    });
  });
  ws.eachRow((row) => {
    const value = values[String(row.getCell(codeCol).value)];
    if (value !== undefined) row.getCell(valueCol).value = value;
  });
  await book.xlsx.writeFile(out);
}

// Made for issue 55: the tests that fill a real table's template as a unit would (an item's own line, a level worth 0).
