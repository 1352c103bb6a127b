import fc from 'fast-check';
import type { z } from 'zod';

/** What a zod schema's definition looks like from outside: enough to walk it. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly items?: readonly z.ZodType[];
  readonly options?: readonly z.ZodType[];
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly entries?: Record<string, string | number>;
  readonly values?: readonly unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like a schema's input, built from the schema itself, so every channel of
 * the contract (and any added later) gets payloads that reach past its first check.
 * Strings come from `strings` (real ids, plausible text) or are random.
 */
export function shapedLike(schema: z.ZodType, strings: readonly string[]): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType | undefined) => (s ? shapedLike(s, strings) : fc.anything());
  switch (def.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, s]) => [k, inner(s)])));
    case 'string':
      return strings.length > 0
        ? fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...strings) },
            { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
          )
        : fc.string({ maxLength: 40 });
    case 'number':
      return fc.oneof(fc.integer({ min: -3, max: 250 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(inner));
    case 'union':
      return fc.oneof(...(def.options ?? []).map(inner));
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    default:
      return fc.anything();
  }
}

/** Values no input of Common Ground accepts, wherever they stand. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.constantFrom(new Uint8Array([1, 2, 3]), new Float64Array([1.5]), new ArrayBuffer(8)),
  fc.constantFrom(new Map([['a', 1]]), new Set([1]), new Date(0), /x/, 10n),
  fc.string({ maxLength: 10 }).map((s) => `${s}\u0000${s}`),
  fc.string({ maxLength: 10 }).map((s) => `${s}\u001b[31m`),
  fc.string({ maxLength: 10 }).map((s) => `${s}\ud800${s}`),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.integer({ min: 40, max: 200 }).map((depth) => {
    let value: unknown = 'deep';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  }),
);

/** Every place in a value where another value could stand: the root, each key and each index. */
function places(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  }
  return out;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: replaceAt(record[head!], rest, replacement) };
}

/** A value shaped like the schema with one place (any place) holding a hostile value. */
export function poisoned(schema: z.ZodType, strings: readonly string[]): fc.Arbitrary<unknown> {
  return fc.tuple(shapedLike(schema, strings), hostileValue, fc.nat()).map(([value, hostile, pick]) => {
    const all = places(value);
    return replaceAt(value, all[pick % all.length]!, hostile);
  });
}

/** Anything at all, typed arrays, boxed values, null prototypes and sparse arrays included. */
export const anyPayload: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
