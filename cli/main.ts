// `thidua` command line: picks the command and hands it its arguments. Exit codes: 0 ok, 1 some
// inputs failed, 2 wrong usage. Commands live in cli/commands/<name>.ts; adding one is one line below.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };

/** Where a command writes: stdout for results, stderr for progress and errors. */
export type Io = { out(text: string): void; err(text: string): void; cwd: string };

export type Command = {
  /** Vietnamese first, English after. */
  help: string;
  run(args: string[], io: Io): Promise<number>;
};

/** Wrong usage: printed with a pointer to the command's help, exit code 2. */
export class UsageError extends Error {}

/** A file named on the command line that cannot be used (unreadable, no criteria table, errors in it): exit code 1. */
export class UnusableFile extends Error {}

export const EXIT = { ok: 0, inputsFailed: 1, usage: 2 } as const;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  score: { summary: 'Chấm điểm các báo cáo của đơn vị / score unit report workbooks', load: () => import('./commands/score.js') },
  template: { summary: 'Tạo mẫu báo cáo trống cho một đơn vị / make a blank report sheet', load: () => import('./commands/template.js') },
  criteria: { summary: 'Xem, xuất các bộ tiêu chí / list, show, export criteria sets', load: () => import('./commands/criteria.js') },
  capture: { summary: 'Đọc chỉ số từ trang cổng DVC đã lưu / capture portal indicators from a saved page', load: () => import('./commands/capture.js') },
};

function generalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'thidua — chấm điểm phong trào thi đua chuyển đổi số cấp xã',
    '(scores the commune digital-transformation emulation movement)',
    '',
    'Cách dùng / usage: thidua <lệnh> [tham số] [--help]   ·   thidua --version',
    '',
    'Lệnh / commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Ví dụ / example:',
    '  thidua score examples/bao-cao --criteria ta-ma-2025 --out thidua-out',
    '',
    'Mã thoát / exit codes: 0 xong / ok · 1 có tệp lỗi / some inputs failed · 2 sai cách dùng / usage error',
  ].join('\n');
}

/** Runs one command line (without "node" and the script); returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(generalHelp());
    return EXIT.usage;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`thidua ${packageJson.version}`);
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(generalHelp());
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.err(`Không có lệnh «${name}». / Unknown command "${name}".\n\n${generalHelp()}`);
    return EXIT.usage;
  }
  const { command } = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\nXem / see: thidua ${name} --help`);
      return EXIT.usage;
    }
    if (e instanceof UnusableFile) {
      io.err(e.message);
      return EXIT.inputsFailed;
    }
    // Officers get the message, never a stack trace; THIDUA_DEBUG=1 shows the trace to whoever fixes it.
    const detail = e instanceof Error ? (process.env.THIDUA_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    io.err(`Lỗi không lường trước / unexpected error: ${detail}`);
    return EXIT.inputsFailed;
  }
}

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

/**
 * Control characters (escape sequences in a unit name typed as `_x001B_`, say) never reach the terminal:
 * C0 except tab and newline, DEL and C1 become «?».
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

function processIo(): Io {
  return {
    out: (text) => process.stdout.write(`${printable(text)}\n`),
    err: (text) => process.stderr.write(`${printable(text)}\n`),
    cwd: process.cwd(),
  };
}
