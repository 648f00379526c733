// A table's total written as its first row, above its parts, without the word «Tổng» — known by what it states: the
// parts under it add up to it. Every layout and the reconciliation ask it alike.
/**
 * Whether the table's first row — unnumbered, with a figure, above every part — is its total, written at the top
 * without the word «Tổng» («CHẤT LƯỢNG CHĂM SÓC KHÁCH HÀNG | 100» over «I … 60» and «II … 40»): the parts of the
 * kind the table opens with (roman numerals, or capital letters) are two or more, each writes its figure, and they add
 * up to it. Read as an item, it would be counted beside them (a table of 100 scored on 200).
 */
export function leadsAsTotal(first: { code: string; value: number | undefined }, rest: readonly { code: string; value: number | undefined }[]): boolean {
  if (first.code !== '' || first.value === undefined) return false;
  const kind = rest.map((x) => (/^[IVXLC]+$/.test(x.code) ? /^[IVXLC]+$/ : /^[A-ZĐ]$/.test(x.code) ? /^[A-ZĐ]$/ : undefined)).find((k) => k !== undefined);
  const parts = kind ? rest.filter((x) => kind.test(x.code)) : [];
  if (parts.length < 2 || parts.some((x) => x.value === undefined)) return false;
  return Math.abs(parts.reduce((s, x) => s + x.value!, 0) - first.value) < 1e-9;
}

// Made for issue 59's session 73: a call centre's KPI table opening with «CHẤT LƯỢNG CHĂM SÓC KHÁCH HÀNG | 100» over
// «I … 60», «II … 40» was read as a criterion of 100 beside them (scored on 200) and said to agree.
