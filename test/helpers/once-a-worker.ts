// Test inputs that cost seconds of processor time to make in the worker itself (a month's or a season's captures read
// by core's reader), made by the first test file of a worker that asks and handed to the next ones: the `shared`
// project keeps modules from file to file (vitest.config.ts, isolate:false), so a module's cache lives as long as
// its worker. Frozen all the way down: a test that changed what it was given would throw, not change the next file's
// input.

/** `value` frozen all the way down. */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

/** What `make` returns for `key`, made once a worker and frozen; `make` must give the same for the same key. */
export function onceAWorker<T>(made: Map<string, T>, key: string, make: () => T): T {
  let value = made.get(key);
  if (value === undefined) made.set(key, (value = frozen(make())));
  return value;
}

// Made for issue 59 item 4: the test command under ten minutes on two cores — inputs several files read made once a worker.
