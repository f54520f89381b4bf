/**
 * Where a JSON text stops being JSON, for the "not valid JSON" problem. V8 gives a position for
 * some mistakes ("… in JSON at position 12") but only a quoted snippet for others ("Unexpected
 * token 'x', "…" is not valid JSON"), and the snippet may span lines. So the loader finds the
 * offset itself with this small scanner (iterative: a file of 100,000 "[" must not overflow the
 * stack) and says it as "line L, column C", and keeps V8's message on one line.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset of the first character that makes `text` invalid JSON (text.length when it ends too soon). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i += 1;
  };
  /** Reads one string starting at its quote; returns false at the offending character. */
  const string = (): boolean => {
    i += 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return ((i += 1), true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return ((i += 1), false);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return ((i += 1), false);
      } else i += 1;
    }
    return false;
  };
  const key = (): boolean => {
    skip();
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i += 1;
    return true;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    const literal = LITERALS.find((l) => text.startsWith(l, i));
    if (literal) return ((i += literal.length), true);
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) return ((i += number[0].length), true);
    return false;
  };
  const fail = () => Math.min(i, text.length);

  const stack: string[] = [];
  // Each turn reads one value: an opened container's first member comes next turn; after a
  // finished value, close what can be closed and move past a comma.
  for (;;) {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i += 1;
      skip();
      if (text[i] !== (c === '{' ? '}' : ']')) {
        if (c === '{' && !key()) return fail();
        continue;
      }
      stack.pop();
      i += 1;
    } else if (!scalar()) return fail();
    for (;;) {
      skip();
      const open = stack.at(-1);
      if (open === undefined) return i < text.length ? i : -1;
      if (text[i] === ',') {
        i += 1;
        if (open === '{' && !key()) return fail();
        break;
      }
      if (text[i] !== (open === '{' ? '}' : ']')) return fail();
      stack.pop();
      i += 1;
    }
  }
}

/** "line 3, column 7" (both from 1) of the offset where `text` stops being JSON. */
export function jsonErrorLocation(text: string): string {
  const offset = jsonErrorOffset(text);
  const at = offset < 0 ? text.length : offset;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** V8's message on one line and of a readable length (its quoted snippet may hold newlines). */
export function oneLineJsonMessage(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
