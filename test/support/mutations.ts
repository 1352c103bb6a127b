import fc from 'fast-check';
import { hostileValue } from './arbitraries';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a JSON value, the root included. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function clone(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function parentOf(root: Json, path: readonly (string | number)[]): { parent: Json; key: string | number } | null {
  if (path.length === 0) return null;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  return { parent, key: path.at(-1)! };
}

/** JSON-only values a broken file might hold instead (the hostile ones that survive JSON included). */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  hostileValue.filter((v) => typeof v === 'string' || Array.isArray(v)) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(-1, 0, 0.5, 1e308, -1e308, 12.75, '', ' ', '\u200b', 'x'.repeat(5000), [], {}, null, true),
);

type Mutation = (root: Json, path: (string | number)[], pick: Json) => Json;

/** Small, structured ways a file goes wrong: a value changed, a field dropped or added, an entry doubled or dropped. */
const MUTATIONS: Record<string, Mutation> = {
  replace: (root, path, pick) => {
    const at = parentOf(root, path);
    if (!at) return pick;
    (at.parent as Record<string | number, Json>)[at.key] = pick;
    return root;
  },
  remove: (root, path) => {
    const at = parentOf(root, path);
    if (!at) return root;
    if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
    else delete (at.parent as Record<string, Json>)[at.key as string];
    return root;
  },
  duplicate: (root, path) => {
    const at = parentOf(root, path);
    if (at && Array.isArray(at.parent)) at.parent.push(clone(at.parent[at.key as number]!));
    return root;
  },
  addField: (root, path, pick) => {
    const at = parentOf(root, path);
    const target = at ? (at.parent as Record<string | number, Json>)[at.key] : root;
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, '__proto__', { value: pick, enumerable: true, configurable: true, writable: true });
    }
    return root;
  },
};

/** A good file with one to three structured mutations, then sometimes damaged as text too. */
export function mutatedFile(good: string): fc.Arbitrary<{ text: string; how: string }> {
  const base = JSON.parse(good) as Json;
  const all = paths(base);
  const step = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(all.length - 1), replacement);
  const textDamage = fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.nat().map((n) => ({ kind: 'truncate', n })) },
    { weight: 1, arbitrary: fc.nat().map((n) => ({ kind: 'nul', n })) },
    { weight: 1, arbitrary: fc.nat().map((n) => ({ kind: 'bad-utf8-escape', n })) },
  );
  return fc.tuple(fc.array(step, { minLength: 1, maxLength: 3 }), textDamage).map(([steps, damage]) => {
    let root = clone(base);
    const how: string[] = [];
    for (const [name, index, pick] of steps) {
      const live = paths(root);
      const path = live[index % live.length]!;
      root = MUTATIONS[name]!(root, path, pick);
      how.push(`${name} ${path.join('.')}`);
    }
    let text = JSON.stringify(root, null, 2);
    if (damage) {
      const at = damage.n % Math.max(text.length, 1);
      if (damage.kind === 'truncate') text = text.slice(0, at);
      if (damage.kind === 'nul') text = `${text.slice(0, at)}\u0000${text.slice(at)}`;
      if (damage.kind === 'bad-utf8-escape') text = `${text.slice(0, at)}\\ud800${text.slice(at)}`;
      how.push(`${damage.kind} at ${at}`);
    }
    return { text, how: how.join('; ') };
  });
}
