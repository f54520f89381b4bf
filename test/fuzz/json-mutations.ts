import fc from 'fast-check';

/**
 * Mutations of a valid JSON document, the ways real files go wrong: a field dropped, duplicated
 * under another name or turned into another type, an enum value misspelt, a number far out of
 * range, a value buried in deep nesting, and (for text) truncation and stray characters. Each
 * mutation picks its target among every path of the document, so deep fields get hit as often as
 * top-level ones.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in the document, the root included. */
export function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => here.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) here.push(...pathsOf(item, [...prefix, key]));
  return here;
}

/** The value at `path`, or undefined when an earlier mutation took the path away. */
function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string | number, Json>)[part];
  }
  return node;
}

/**
 * A copy with `edit` applied to the parent of the value at `path`: only the containers on the path
 * are copied (the rest is shared), so a document holding thousands of levels of nesting never goes
 * through a recursive clone.
 */
function editAt(
  root: Json,
  path: Path,
  edit: (parent: Json[] | Record<string, Json>, key: string | number) => void,
): Json {
  if (path.length === 0 || getAt(root, path) === undefined) return root;
  const copyOf = (node: Json): Json[] | Record<string, Json> =>
    Array.isArray(node) ? [...node] : { ...(node as Record<string, Json>) };
  const top = copyOf(root);
  let parent = top;
  for (const part of path.slice(0, -1)) {
    const child = copyOf((parent as Record<string | number, Json>)[part] as Json);
    (parent as Record<string | number, Json>)[part] = child;
    parent = child;
  }
  edit(parent, path[path.length - 1] as string | number);
  return top;
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  return editAt(root, path, (parent, key) => {
    (parent as Record<string | number, Json>)[key] = value;
  });
}

/** Values of every JSON type, with the edge cases validators forget. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 32,
    0.5,
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    '\u0000',
    '\uFEFF',
    '😀',
    'x'.repeat(10_000),
    [],
    {},
    { __proto__: 1 } as unknown as Json,
  ),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** A value nested `depth` arrays or objects deep (kept within what JSON.stringify can write). */
function nested(depth: number, inObjects: boolean, leaf: Json): Json {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = inObjects ? { a: value } : [value];
  return value;
}

/** One mutation: a function from a document to a document, shown by name when a run fails. */
type Mutation = (doc: Json) => Json;

function mutationArb(doc: Json): fc.Arbitrary<Mutation> {
  const paths = pathsOf(doc);
  const pathArb = fc.constantFrom(...paths);
  const deleteField = pathArb.map<Mutation>(
    (path) => (d) =>
      path.length === 0
        ? d
        : editAt(d, path, (parent, key) => {
            if (Array.isArray(parent)) parent.splice(key as number, 1);
            else delete parent[key as string];
          }),
  );
  const duplicateField = fc.tuple(pathArb, fc.constantFrom('copy', 'Copy', '2', '')).map<Mutation>(
    ([path, suffix]) =>
      (d) =>
        path.length === 0
          ? d
          : editAt(d, path, (parent, key) => {
              const value = (parent as Record<string | number, Json>)[key] as Json;
              if (Array.isArray(parent)) parent.splice(key as number, 0, value);
              else parent[`${String(key)}${suffix}`] = value;
            }),
  );
  const retype = fc.tuple(pathArb, oddValue).map<Mutation>(
    ([path, value]) =>
      (d) =>
        setAt(d, path, value),
  );
  const wrongEnum = fc
    .tuple(pathArb, fc.constantFrom('upper', 'typo', 'empty', 'space'))
    .map<Mutation>(([path, how]) => (d) => {
      const value = getAt(d, path);
      if (typeof value !== 'string') return d;
      const wrong =
        how === 'upper' ? value.toUpperCase() : how === 'typo' ? `${value}x` : how === 'empty' ? '' : ` ${value}`;
      return setAt(d, path, wrong);
    });
  const hugeNumber = fc
    .tuple(pathArb, fc.constantFrom(1e308, -1e308, 1e21, 2 ** 53 + 1, -(2 ** 31), 4294967296, 1e-300))
    .map<Mutation>(
      ([path, n]) =>
        (d) =>
          setAt(d, path, n),
    );
  const deepNesting = fc.tuple(pathArb, fc.integer({ min: 50, max: 1_000 }), fc.boolean()).map<Mutation>(
    ([path, depth, inObjects]) =>
      (d) =>
        setAt(d, path, nested(depth, inObjects, getAt(d, path) ?? 1)),
  );
  return fc.oneof(deleteField, duplicateField, retype, wrongEnum, hugeNumber, deepNesting);
}

/** A document with one to four mutations applied in turn. */
export function mutatedJson(doc: Json): fc.Arbitrary<Json> {
  return fc.array(mutationArb(doc), { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce((d, m) => m(d), doc));
}

/** Text a file can hold when it is not the JSON it should be: cut short, stray bytes, other formats. */
export function garbledText(validText: string): fc.Arbitrary<string> {
  const cut = fc.integer({ min: 0, max: validText.length }).map((n) => validText.slice(0, n));
  const insert = fc
    .tuple(fc.integer({ min: 0, max: validText.length }), fc.string({ minLength: 1, maxLength: 8 }))
    .map(([at, junk]) => validText.slice(0, at) + junk + validText.slice(at));
  const duplicateKeyText = fc.constant(validText.replace(/^\{/, '{"id": 1, "id": "again",'));
  // Far deeper than any object built in memory: a parser or validator that recurses would overflow.
  const deepText = fc.tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => {
    const close = open === '[' ? ']' : '}';
    return validText.replace(/^\{/, `{"deep": ${open.repeat(n)}1${close.repeat(n)},`);
  });
  const other = fc.oneof(
    fc.string(),
    fc.constantFrom('', '\uFEFF', 'null', '[]', '{}', '"a string"', '0', 'NaN', '{"a":1,}', '[[[[[[', '\u0000{}'),
    fc.integer({ min: 1, max: 100_000 }).map((n) => '['.repeat(n)),
    fc.integer({ min: 1, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  );
  return fc.oneof(cut, insert, duplicateKeyText, deepText, other);
}

export type { Json };
