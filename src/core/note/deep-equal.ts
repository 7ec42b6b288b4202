/** Structural equality for YAML-shaped values (plain objects, arrays, scalars). */
export function isDeepStrictEqualish(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => isDeepStrictEqualish(v, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => isDeepStrictEqualish((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
