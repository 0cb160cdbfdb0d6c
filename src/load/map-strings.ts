/**
 * The data with every string passed through `f`, and the keys of objects too when
 * `keys` is set: arrays and objects rebuilt, nothing changed in place. An undefined
 * property is left out: it is not written, so it is not data.
 */
export function mapStrings(value: unknown, f: (s: string) => string, keys = false): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, keys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [keys ? f(k) : k, mapStrings(v, f, keys)]));
  }
  return value;
}
