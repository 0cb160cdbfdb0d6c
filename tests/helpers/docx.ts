import { strFromU8, unzipSync } from 'fflate';

/** Reading a DOCX back for assertions: parts as text, paragraphs with their run properties. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Half-points, when set on the run. */
  readonly size?: number;
}

export interface Para {
  readonly style?: string;
  /** The paragraph's words; with the numbering part given, its list number first ("2.1. …"), as Word shows it. */
  readonly text: string;
  /** The list number Word shows before the words, when the numbering part was given. */
  readonly listNumber?: string;
  readonly runs: readonly Run[];
  readonly xml: string;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The paragraphs of a part (or a piece of one). Given word/numbering.xml, each
 * list paragraph's number is counted as Word counts it (a level goes up by one,
 * deeper levels start again, a num's start overrides at its first paragraph) and
 * put before its words; written here again, apart from vanban's reader, so a test
 * checks the writer's lists against a second reading.
 */
export function paragraphs(xml: string, numberingXml?: string): Para[] {
  const out: Para[] = [];
  const count = numberingXml === undefined ? undefined : listCounter(numberingXml);
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1];
    const runs: Run[] = [];
    for (const r of p.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)) {
      const body = r[1] ?? r[2] ?? '';
      // The words as a reader reads them: a no-break hyphen is "-", a no-break space a space
      // (a test of where lines may break looks at the XML).
      const text = decode([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => t[1] ?? '-').join('')).replaceAll('\u00A0', ' ');
      const size = /<w:sz w:val="(\d+)"/.exec(body)?.[1];
      runs.push({
        text,
        bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(body),
        italic: /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(body),
        ...(size ? { size: Number(size) } : {}),
      });
    }
    const pr = /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(p);
    const listNumber = pr && count ? count(pr[2]!, Number(pr[1])) : undefined;
    const words = runs.map((r) => r.text).join('');
    out.push({ ...(style ? { style } : {}), text: listNumber ? `${listNumber} ${words}` : words, ...(listNumber ? { listNumber } : {}), runs, xml: p });
  }
  return out;
}

function listCounter(numberingXml: string): (numId: string, ilvl: number) => string | undefined {
  const levels = new Map<string, Map<number, { format: string; text: string; start: number }>>();
  for (const a of numberingXml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)) {
    const byLevel = new Map<number, { format: string; text: string; start: number }>();
    for (const l of a[0].matchAll(/<w:lvl w:ilvl="(\d)"[\s\S]*?<\/w:lvl>/g)) {
      byLevel.set(Number(l[1]), {
        format: /<w:numFmt w:val="(\w+)"/.exec(l[0])?.[1] ?? 'decimal',
        text: decode(/<w:lvlText w:val="([^"]*)"/.exec(l[0])?.[1] ?? ''),
        start: Number(/<w:start w:val="(\d+)"/.exec(l[0])?.[1] ?? 1),
      });
    }
    levels.set(a[1]!, byLevel);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const n of numberingXml.matchAll(/<w:num w:numId="(\d+)">([\s\S]*?)<\/w:num>/g)) {
    nums.set(n[1]!, {
      abstract: /<w:abstractNumId w:val="(\d+)"/.exec(n[2]!)?.[1] ?? '',
      starts: new Map([...n[2]!.matchAll(/<w:lvlOverride w:ilvl="(\d)"><w:startOverride w:val="(\d+)"\/>/g)].map((o) => [Number(o[1]), Number(o[2])])),
    });
  }
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const roman = (n: number) => [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
    .reduce<[string, number]>(([s, x], [v, r]) => [s + (r as string).repeat(Math.floor(x / (v as number))), x % (v as number)], ['', n])[0];
  return (numId, ilvl) => {
    const num = nums.get(numId);
    const defs = num ? levels.get(num.abstract) : undefined;
    if (!num || !defs) return undefined;
    const c = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, c);
    const startOf = (l: number) => num.starts.get(l) ?? defs.get(l)?.start ?? 1;
    // A num starts its levels again only where it overrides their start; else it carries on its list.
    if (!started.has(numId)) {
      started.add(numId);
      if (num.starts.size > 0) c.length = Math.min(c.length, ...num.starts.keys());
    }
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    c.length = ilvl + 1;
    const def = defs.get(ilvl)!;
    if (def.format === 'bullet') return def.text;
    return def.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const v = c[l] ?? startOf(l);
      return defs.get(l)?.format === 'upperRoman' ? roman(v) : String(v);
    });
  };
}

/** The XML of one named paragraph style in styles.xml. */
export function styleXml(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

export function attr(xml: string, element: string, attribute: string): string | undefined {
  return new RegExp(`<${element} [^>]*${attribute}="([^"]*)"`).exec(xml)?.[1];
}

/** The i-th table (w:tbl) of the body. */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** The body's paragraphs with their list numbers, as Word shows them. */
export function documentParagraphs(parts: Record<string, string>): Para[] {
  return paragraphs(parts['word/document.xml']!, parts['word/numbering.xml'] ?? '');
}
