/**
 * Results that arrive in any order (from worker threads), handed to `tell` in the
 * order of `keys`: each as soon as all those before it have come. What makes a
 * batch's messages the same whatever --jobs is.
 */
export function inOrder<T>(keys: readonly string[], tell: (item: T) => void): (key: string, item: T) => void {
  const pending = new Map<string, T>();
  let next = 0;
  return (key, item) => {
    pending.set(key, item);
    while (next < keys.length && pending.has(keys[next]!)) {
      const k = keys[next++]!;
      const ready = pending.get(k)!;
      pending.delete(k);
      tell(ready);
    }
  };
}
