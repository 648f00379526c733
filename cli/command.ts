// The command contract every `thidua` command keeps: its help, its run, where it writes, its exit
// codes and how wrong usage is told. Commands and cli/files.ts import this file, never cli/main.ts.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes: stdout for results, stderr for progress and errors. */
export type Io = { out(text: string): void; err(text: string): void; cwd: string };

export type Command = {
  /** Vietnamese first, English after. */
  help: string;
  run(args: string[], io: Io): Promise<number>;
};

/** Wrong usage: printed with a pointer to the command's help, exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, inputsFailed: 1, usage: 2 } as const;

/** node:util parseArgs with its (English) complaints turned into Vietnamese usage errors. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Không có tuỳ chọn ${option}. / Unknown option ${option}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`Tuỳ chọn ${option} dùng sai: cần (hoặc không nhận) một giá trị. / ${message}`);
    throw new UsageError(message);
  }
}

// Made for: one contract between cli/main.ts and the commands, so no command imports the dispatcher.
