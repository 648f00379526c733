// A strict XML well-formedness check (the online manifest validator cannot be reached here, and
// linkedom's XML parser forgives mistakes): one declaration, balanced tags, quoted and unique
// attributes, only the five predefined entities or character references, one root element.
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const name = '[A-Za-z_][\\w.:-]*';
  const token = new RegExp(`<\\?xml[^?]*\\?>|<!--[\\s\\S]*?-->|<(/?)(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)`, 'g');
  const line = (i: number) => xml.slice(0, i).split('\n').length;
  for (const m of xml.matchAll(token)) {
    const [all, close, tag, attrs, selfClose] = m;
    const at = m.index;
    if (all.startsWith('<?xml')) {
      if (at !== 0) problems.push(`line ${line(at)}: XML declaration not at the start`);
      continue;
    }
    if (all.startsWith('<!--')) continue;
    if (all === '<') {
      problems.push(`line ${line(at)}: stray "<" or malformed tag`);
      continue;
    }
    if (all === '&') {
      problems.push(`line ${line(at)}: bare "&"`);
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open !== tag) problems.push(`line ${line(at)}: </${tag}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    const names = [...(attrs ?? '').matchAll(new RegExp(`(${name})\\s*=`, 'g'))].map((a) => a[1]);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) problems.push(`line ${line(at)}: attribute ${dup} twice on <${tag}>`);
    if (stack.length === 0) roots++;
    if (!selfClose) stack.push(tag!);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
