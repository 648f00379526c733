// The options `thidua score` takes (cli/commands/score.ts), apart from the command: what it begins as it is picked
// (cli/score-start.ts) reads the same command line before the command's code is loaded.
export const SCORE_OPTIONS = {
  criteria: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  indicators: { type: 'string' },
  round: { type: 'string' },
  decisions: { type: 'string' },
  units: { type: 'string' },
  reopen: { type: 'string' },
  clusters: { type: 'string' },
} as const;

/** Where a run writes when --out is not given. */
export const DEFAULT_OUT = 'thidua-out';

// Made for issue 59 item 2: one reading of `thidua score`'s command line for the command and for the workers started with it.
