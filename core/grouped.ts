// Lists gathered by key in one pass (a unit's proposals, the units proposed for a form, an input's cards): the one
// way the core groups items, where asking every item of every key would cost the run's size squared.

/** Adds `item` to the list under `key`, the list made with its first item. */
export function addTo<K, V>(lists: Map<K, V[]>, key: K, item: V): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

// Made for issue 27 item 4: runs of 1,125 units grouped in one pass, written once.
