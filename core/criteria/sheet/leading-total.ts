// A table's total written as its first row, above its parts, without the word «Tổng» — known by what it states: the
// parts under it add up to it. Every layout and the reconciliation ask it alike.
/**
 * A row number's shape, its level in the table as offices number them: each part of it a number («n»), a small letter
 * with or without a number («a», «a1»), a roman numeral («R») or a capital letter («L») — «I.2» and «II.1» alike, «1.1»
 * and «2.3» alike. A single «I», «C» is roman where the table's first number is «I», a letter where it is «A». The
 * suffix a place gives a number met twice («1-2») aside.
 */
function shapeOf(code: string, roman: boolean): string {
  return code
    .replace(/-\d+$/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? 'n' : /^\p{Ll}\d*$/u.test(part) ? 'l' : /^[IVXLC]+$/.test(part) && (roman || part.length > 1) ? 'R' : /^(?:TC|LV)\d+$/.test(part) ? 'n' : 'L'))
    .join('.');
}

/**
 * Whether the table's first row — unnumbered, with a figure, above every part — is its total, written at the top
 * without the word «Tổng» («CHẤT LƯỢNG CHĂM SÓC KHÁCH HÀNG | 100» over «I … 60» and «II … 40»): the rows of the
 * table's highest level that writes every one of its figures add up to it (its parts', else its sections', else its
 * items' — a level whose headings write no figure passed over). Read as an item, it would be counted beside them (a
 * table of 100 scored on 200).
 */
export function leadsAsTotal(first: { code: string; value: number | undefined }, rest: readonly { code: string; value: number | undefined }[]): boolean {
  if (first.code !== '' || first.value === undefined) return false;
  // A numbered row without a figure over unnumbered rows with theirs (its levels: «Hoàn thành tốt 10», «Hoàn thành 5»)
  // is worth its highest level.
  const worth = (i: number): number | undefined => {
    if (rest[i]!.value !== undefined) return rest[i]!.value;
    const levels: number[] = [];
    for (let j = i + 1; j < rest.length && rest[j]!.code === '' && rest[j]!.value !== undefined; j++) levels.push(rest[j]!.value!);
    return levels.length > 0 ? Math.max(...levels) : undefined;
  };
  const coded = rest.flatMap((x, i) => (x.code === '' ? [] : [{ code: x.code, value: worth(i) }]));
  const roman = /^I(?:\.|$)/.test(coded[0]?.code ?? '');
  const shaped = coded.map((x) => ({ ...x, shape: shapeOf(x.code, roman) }));
  for (const shape of new Set(shaped.map((x) => x.shape))) {
    const level = shaped.filter((x) => x.shape === shape);
    if (level.some((x) => x.value === undefined)) continue;
    return Math.abs(level.reduce((sum, x) => sum + x.value!, 0) - first.value) < 1e-9;
  }
  return false;
}

// Made for issue 59's session 73: a call centre's KPI table opening with «CHẤT LƯỢNG CHĂM SÓC KHÁCH HÀNG | 100» over
// «I … 60», «II … 40» was read as a criterion of 100 beside them (scored on 200) and said to agree.
