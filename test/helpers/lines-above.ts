// The lines under a sheet's title as the officer reads them in tong-hop.xlsx: column A's texts above the table's header
// row, a line longer than the table is wide going on in the rows under it (core/workbook/table-sheet.ts), joined again.

/** Column A's texts between the title (row 1) and the first row holding `header`, joined by a space. */
export function linesAbove(values: readonly (readonly unknown[])[], header: string): string {
  const at = values.findIndex((r) => r.includes(header));
  return values
    .slice(1, at < 0 ? values.length : at)
    .map((r) => r[0])
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
}

// Made for the sentences thidua writes above a table («Xếp loại theo chế tài của bảng: …», the «not listed» sentence
// of «Đề xuất khen thưởng»), read back whole by the tests that hold them (test/cli/meeting-pack, score-sanction,
// walk-ca-nhan-son-tra).
