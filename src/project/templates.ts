import type { World } from '../env/world.js';
import { loadTemplates, type TemplateSet } from '../template/environment.js';
import type { TemplateError } from '../template/template-error.js';

/** Template sets by document kind, loaded once per project (with a province's overrides). */
export class Templates {
  private readonly sets = new Map<string, TemplateSet>();
  constructor(private readonly world: World, private readonly overrideDir?: string) {}
  get(kind: string): TemplateSet {
    let set = this.sets.get(kind);
    if (!set) {
      set = loadTemplates(kind, this.overrideDir, { world: this.world });
      this.sets.set(kind, set);
    }
    return set;
  }
  /** The province template to blame for malformed markup, if one is in use. */
  culprit(): TemplateError | undefined {
    for (const set of this.sets.values()) {
      const found = set.culprit?.();
      if (found) return found;
    }
    return undefined;
  }
}
