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
  readonly text: string;
  readonly runs: readonly Run[];
  readonly xml: string;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function paragraphs(xml: string): Para[] {
  const out: Para[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1];
    const runs: Run[] = [];
    for (const r of p.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)) {
      const body = r[1] ?? r[2] ?? '';
      const text = decode([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
      const size = /<w:sz w:val="(\d+)"/.exec(body)?.[1];
      runs.push({
        text,
        bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(body),
        italic: /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(body),
        ...(size ? { size: Number(size) } : {}),
      });
    }
    out.push({ ...(style ? { style } : {}), text: runs.map((r) => r.text).join(''), runs, xml: p });
  }
  return out;
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
