// `thidua` command line: picks the command and hands it its arguments. Exit codes: 0 ok, 1 some
// inputs failed, 2 wrong usage. Commands live in cli/commands/<name>.ts; adding one is one line below.
import { EXIT, UnusableFile, UsageError, type Command, type Io } from './command.js';
import packageJson from '../package.json' with { type: 'json' };
import { terminalText } from './terminal-text.js';

/**
 * The registry: one line per file of cli/commands/ (test/cli/command-registry.test.ts compares them). `start`: work
 * begun as the command is picked, beside the loading of its code (score: its worker threads load theirs).
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }>; start?: (cwd: string, args: string[]) => Promise<void> }> = {
  score: {
    summary: 'Chấm điểm các báo cáo của đơn vị / score unit report workbooks',
    load: () => import('./commands/score.js'),
    start: (cwd, args) => import('./score-start.js').then((start) => start.startScoring(cwd, args)),
  },
  template: { summary: 'Tạo mẫu báo cáo trống cho một đơn vị / make a blank report sheet', load: () => import('./commands/template.js') },
  criteria: { summary: 'Xem, xuất các bộ tiêu chí / list, show, export criteria sets', load: () => import('./commands/criteria.js') },
  capture: { summary: 'Đọc chỉ số từ trang cổng DVC đã lưu / capture portal indicators from a saved page', load: () => import('./commands/capture.js') },
  close: { summary: 'Hội đồng chốt kết quả một lần chấm / close a run\'s result for the council', load: () => import('./commands/close.js') },
  key: { summary: 'Tạo cặp khoá để Hội đồng ký khi chốt / make the council\'s signing key pair', load: () => import('./commands/key.js') },
  verify: { summary: 'Kiểm tra thư mục kết quả với lần chốt / verify a folder against its closed result', load: () => import('./commands/verify.js') },
  papers: { summary: 'Lập hồ sơ khen thưởng (.docx) từ kết quả đã chốt / write the award papers', load: () => import('./commands/papers.js') },
  watch: { summary: 'Bản tin, báo cáo một trang chỉ số 766 từ các lần chụp / the 766 digest and one-page brief', load: () => import('./commands/watch.js') },
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
  const wantsHelp = args.includes('--help') || args.includes('-h');
  // zod is made jitless before a command's schemas are built, and loaded only then: help and version start without it.
  const [{ command }] = await Promise.all([import('../core/zod-jitless.js').then(entry.load), wantsHelp ? undefined : entry.start?.(io.cwd, args)]);
  if (wantsHelp) {
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

/** What one write of a command reaches its stdout or stderr as: safe for a terminal, ended by a line break. */
export const printed = (text: string): string => `${terminalText(text)}\n`;

/**
 * The terminal: whatever a command prints passes terminalText, so no control or bidi character from a file reaches it.
 * A reader that goes away (`thidua verify … | head -1`) ends what is printed there, quietly: the command finishes its work
 * and exits with its own status, with no stack of Node's (EPIPE) and nothing more written to the closed pipe.
 */
function processIo(): Io {
  const stream = (s: NodeJS.WriteStream) => {
    let open = true;
    s.on('error', () => {
      open = false;
    });
    return (text: string) => {
      if (open) s.write(printed(text));
    };
  };
  return { out: stream(process.stdout), err: stream(process.stderr), cwd: process.cwd() };
}

/* Made for: the command line's one entry for the program and the tests: the command picked and handed its arguments, exit codes 0, 1 and 2. */
