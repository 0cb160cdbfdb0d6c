/**
 * How an ES-module-only package (harfbuzzjs: top-level await) is imported.
 *
 * The CLI runs as one CommonJS bundle through V8's code cache (src/cli/launch.ts),
 * and Node 20 drops the dynamic-import callback of functions deserialised from a
 * code cache ("A dynamic import callback was not specified"). The launcher
 * therefore hands in an importer from a real ES module; everywhere else (tests,
 * library use) the plain dynamic import below serves.
 */
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function setEsmImporter(f: Importer): void {
  importer = f;
}

export function importEsm<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
