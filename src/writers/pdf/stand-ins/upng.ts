/**
 * Stands in for `@pdf-lib/upng` in the CLI bundle (the build's --alias): pdf-lib
 * decodes PNG images with it, and vanban's documents carry none. Its set-up was
 * ~3 ms of every run measured. Tests and `dist/` use the real package.
 */
const absent = (): never => {
  throw new Error("vanban does not carry pdf-lib's PNG decoder");
};

export default { decode: absent, toRGBA8: absent };
