// Preloaded into a bench's child run (node --import) beside test/fixtures/peak-memory.mjs: prints the processor time
// the process used on exit, all its threads (the worker, V8's compiler and collector) together. On a machine loaded by
// other work the wall time says as much about the others as about the run; the processor time is the run's own.
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`THIDUA_CPU_MS=${Math.round((userCPUTime + systemCPUTime) / 1000)}\n`);
});
