// Lỗi cú pháp JSON (a JSON syntax error) of a criteria set file an officer edited by hand, said in Vietnamese
// with its line and column: JSON.parse's own messages are English and, in some engines, carry no position.

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const JSON_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where JSON text first breaks the grammar and why, in Vietnamese. Called only after JSON.parse failed:
 * the engine's own messages are English and, in some forms, carry no position.
 */
function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? 'tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ] hoặc ")' : reason);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (text[i] !== '"') {
      if (i >= text.length) fail('chuỗi chưa có dấu " đóng');
      if (text.charCodeAt(i) < 0x20) fail('chuỗi bị xuống dòng giữa chừng (thiếu dấu " đóng?)');
      if (text[i] === '\\') {
        JSON_ESCAPE.lastIndex = i;
        if (!JSON_ESCAPE.test(text)) fail('dấu gạch ngược «\\» không hợp lệ trong chuỗi (viết «\\\\» nếu muốn giữ dấu này)');
        i = JSON_ESCAPE.lastIndex;
      } else i++;
    }
    i++;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (ch === '{') {
          space();
          if (text[i] !== '"') fail('cần tên trường trong ngoặc kép "…" (có thể thừa dấu phẩy ở trước)');
          string();
          space();
          if (text[i] !== ':') fail('thiếu dấu hai chấm sau tên trường');
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail(`thiếu dấu phẩy hoặc dấu đóng ${close}`);
      }
    }
    JSON_LITERAL.lastIndex = i;
    if (JSON_LITERAL.test(text)) {
      i = JSON_LITERAL.lastIndex;
      return;
    }
    fail(`giá trị không hợp lệ bắt đầu bằng «${ch}» (chữ phải trong ngoặc kép "…", số dùng dấu chấm thập phân)`);
  };
  try {
    value();
    space();
    if (i < text.length) fail('thừa nội dung sau khi bộ tiêu chí đã kết thúc');
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  return undefined;
}

/** Why `text` is not JSON, with line and column, in Vietnamese. */
export function describeJsonSyntaxError(text: string): string {
  const found = locateJsonError(text);
  if (!found) return 'không phải JSON hợp lệ';
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - before.lastIndexOf('\n');
  return `không phải JSON hợp lệ: dòng ${line}, cột ${column} — ${found.reason}`;
}

// Made for issue 24 item 7 (criteria/load.ts split by idea): a hand-edited set file that does not parse, told
// to the officer where it breaks.
