// Loaded into a child `thidua` with `node --import` (runChildAt, test/cli/helpers.ts): the process's clock starts at
// THIDUA_TEST_NOW and runs on from there, so a test holds the built command to one instant under any TZ — no option
// of the product's, nothing of it changed. `new Date()` and `Date.now()` read it; a Date of a given time is as ever.
const shift = Date.parse(process.env.THIDUA_TEST_NOW ?? '') - Date.now();
if (Number.isNaN(shift)) throw new Error(`THIDUA_TEST_NOW «${process.env.THIDUA_TEST_NOW}»: not an instant`);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...args);
  }
  static now() {
    return RealDate.now() + shift;
  }
}
globalThis.Date = FixedDate;

// Made for: the officer's day on a machine whose clock is UTC (test/cli/score.test.ts, «the officer's day»).
