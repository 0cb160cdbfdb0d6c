/** A fix a lint rule offers: replace the source's characters start..end by `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
