// What is made from a text, remembered within bounds: a run's workbooks of one set hold the same headers, labels and
// criteria titles, so what a reader or a layout makes of each (its folded label, its measured words) is made once, not
// once a workbook — and a run of texts that never come again costs a few megabytes at most, then is forgotten.

/**
 * `make` of a text, remembered by the text: forgotten all at once past `most` texts or `chars` characters kept; a
 * text longer than `longest` is made each time, never kept.
 */
export function rememberedByText<T>(make: (text: string) => T, most: number, chars: number, longest = Infinity): (text: string) => T {
  const known = new Map<string, T>();
  let held = 0;
  return (text) => {
    if (text.length > longest) return make(text);
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= most || held + text.length > chars) {
        known.clear();
        held = 0;
      }
      // The text kept as its own string: one sliced out of a part's XML would keep that whole part alive.
      known.set(own(text), (value = make(text)));
      held += text.length;
    }
    return value;
  };
}

/**
 * A string of its own, for one kept past its part's parse: V8 slices strings of 13 characters or more out of their
 * source rather than copying them, and a sheet's name so sliced keeps the whole text of workbook.xml alive.
 */
export function own(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

// Made for issue 59 item 2: the scoring worker's per-workbook work that is the same for every workbook of a set, done once.
