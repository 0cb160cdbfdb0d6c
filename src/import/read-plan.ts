import { readAssignment } from './assignment.js';
import { agencySplitter } from './agency-names.js';
import { slugify } from '../text/slug.js';
import { closest } from '../validate/rules/agencies.js';
import { AUTHORITY, readClosing, readHeader } from './frame.js';
import { markOf } from './markers.js';
import { readTargets } from './targets.js';
import { idMaker, nest, type Nested } from './nest.js';
import { headingConfidence, type HeadingRead } from './confidence.js';
import type { Paragraph } from './paragraphs.js';

/**
 * A plan read from the paragraphs of an existing document: the header fields,
 * the basis, the numbered body as sections, items and tasks with the agencies
 * of their closing phrase, the recipients and the signature. Nothing is
 * dropped: a paragraph that fits nowhere stays where it stood as plain text
 * and is listed in `unrecognised`.
 */
export interface ImportedPlan {
  /** The plan as YAML data (plan.schema.json), the registry path to be filled in by the caller. */
  readonly plan: Record<string, unknown>;
  /** Agencies named in the plan, by the id the plan uses. */
  readonly agencies: ReadonlyArray<{ readonly id: string; readonly name: string; readonly group: boolean }>;
  readonly unrecognised: ReadonlyArray<{ readonly line: number; readonly text: string; readonly why: string }>;
  /** Agency names written near a registry name (did-you-mean), each with the name and id it was taken for. */
  readonly near: ReadonlyArray<{ readonly written: string; readonly name: string; readonly id: string }>;
  /** Every paragraph taken as a heading, with how sure the import is of it. */
  readonly headings: readonly HeadingRead[];
  /** How sure each recognised heading is: the share of the document's headings read as such. */
  readonly counts: { readonly sections: number; readonly items: number; readonly tasks: number; readonly assignments: number; readonly recipients: number; readonly targets: number };
  /** What follows the signature (a đề cương, a phụ lục): for the caller to read as what it is. */
  readonly attached?: readonly Paragraph[];
}

export interface ImportOptions {
  /** The header fields of the decision a plan is attached to (the plan itself has none). */
  readonly inherit?: Record<string, unknown>;
  /** Names of a registry to match agencies against: name and short form by id. */
  readonly known?: ReadonlyArray<{ readonly id: string; readonly names: readonly string[]; readonly group: boolean }>;
}

const TYPES: Record<string, string> = { 'KẾ HOẠCH': 'KH', 'CHƯƠNG TRÌNH': 'CTr', 'ĐỀ ÁN': 'ĐA', 'PHƯƠNG ÁN': 'PA' };
/** How the name of a provincial body begins. */
const AGENCY_HEAD = /^(?:Sở|Công an|UBND|Ủy ban|Bộ Chỉ huy|Viện|Tòa án|Hội|Đài|Báo|Ban|Đoàn|Tỉnh đoàn|Liên đoàn|Mặt trận|Phòng|Cục|Chi cục|Trung tâm|Các sở|Bảo hiểm|Ngân hàng|Kho bạc)(?=\s|$)/u;

export function readPlan(paragraphs: readonly Paragraph[], options: ImportOptions = {}): ImportedPlan {
  const unrecognised: Array<{ line: number; text: string; why: string }> = [];
  const at = () => paragraphs[i];

  const header = readHeader(paragraphs, (t) => t.toLocaleUpperCase('vi') in TYPES && t === t.toLocaleUpperCase('vi'), unrecognised, options.inherit);
  if (!header) return fail(paragraphs, 'Không thấy tên loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH …)');
  const document = header.document;
  // A plan's ký hiệu carries no year (only a legal document's does).
  delete document.legal;
  let i = header.next;

  // Subject: the lines after the type until the body begins.
  // The line under the type is the subject, whatever its first word ("Thực hiện công tác …" is a
  // subject, not a basis); a subject in capitals may go on over the next capital lines.
  const subject: string[] = [];
  if (i < paragraphs.length && !markOf(at()!.text) && at()!.text.length < 400) subject.push(paragraphs[i++]!.text);
  const capital = (t: string) => t === t.toLocaleUpperCase('vi');
  while (i < paragraphs.length && subject.length > 0 && subject.length < 4 && capital(subject[0]!) && capital(at()!.text) && !markOf(at()!.text)) subject.push(paragraphs[i++]!.text);
  document.subject = subject.join(' ') || '(trích yếu)';

  // Basis: paragraphs before the first numbered heading.
  const basis: string[] = [];
  while (i < paragraphs.length && !markOf(at()!.text)) {
    // "(Kèm theo Quyết định số …)": printed from the decision the plan is attached to.
    if (!(options.inherit && /^\(Kèm theo/u.test(at()!.text))) basis.push(at()!.text);
    i++;
  }

  // Closing: from "Nơi nhận" (or the first authority line) on.
  let end = paragraphs.findIndex((p, k) => k >= i && (/^Nơi nhận:?$/u.test(p.text) || AUTHORITY.test(p.text)));
  if (end < 0) end = paragraphs.length;
  const body = paragraphs.slice(i, end);
  const closing = paragraphs.slice(end);

  const { roots, levels } = nest(body);

  const registryNames = (options.known ?? []).flatMap((a) => a.names);
  const split = agencySplitter(registryNames);
  const agencies = new Map<string, { id: string; name: string; group: boolean }>();
  const nearNames: Array<{ written: string; name: string; id: string }> = [];
  const idOf = (name: string): string => {
    const k = name.toLocaleLowerCase('vi');
    let known = options.known?.find((a) => a.names.some((n) => n.toLocaleLowerCase('vi') === k));
    if (!known && options.known) {
      // Did-you-mean, as validation offers it: a near spelling of a registry name, said in the report.
      const names = options.known.flatMap((a) => a.names.map((n) => n.toLocaleLowerCase('vi')));
      const near = closest(k, names);
      known = near === undefined ? undefined : options.known.find((a) => a.names.some((n) => n.toLocaleLowerCase('vi') === near));
      if (known && !agencies.has(known.id)) unrecognised.push({ line: 0, text: name, why: `Khớp gần đúng với "${known.names[0]}" (${known.id}) trong danh mục: kiểm tra lại` });
      if (known && near !== undefined) {
        const registryName = known.names.find((n) => n.toLocaleLowerCase('vi') === near)!;
        if (!nearNames.some((x) => x.written === name)) nearNames.push({ written: name, name: registryName, id: known.id });
      }
    }
    if (known) {
      agencies.set(known.id, { id: known.id, name, group: known.group });
      return known.id;
    }
    const id = slugify(name) || 'co-quan';
    if (!agencies.has(id)) agencies.set(id, { id, name, group: /^(?:các|UBND các|Ủy ban nhân dân các)\s/iu.test(name) });
    return id;
  };
  const uniqueId = idMaker();

  const counts = { sections: 0, items: 0, tasks: 0, assignments: 0, recipients: 0, targets: 0 };
  const objectives = /MỤC TIÊU|MỤC ĐÍCH|YÊU CẦU|TỔ CHỨC THỰC HIỆN/u;
  const LIST: ReadonlySet<string> = new Set(['dash', 'plus', 'letter', 'paren-arabic', 'arabic-paren']);
  /** A numbered heading with content under it, not a list item followed by paragraphs of its own. */
  const isHead = (c: Nested) => c.children.length > 0 && !(LIST.has(c.style) && c.children.every((g) => g.style === 'plain'));
  /** "(Công an tỉnh, … thực hiện)." standing alone: the agencies of the whole section. */
  const sectionAssignment = (c: Nested) => (c.style === 'plain' && /^\(.*\)\.?$/u.test(c.text) ? readAssignment(`x ${c.text}`, split) : undefined);
  const agencyFields = (a: NonNullable<ReturnType<typeof readAssignment>>): Record<string, unknown> => ({
    ...(a.lead.length ? { lead: a.lead.map(idOf) } : {}), ...(a.performers.length ? { performers: a.performers.map(idOf) } : {}),
    ...(a.support.length ? { support: a.support.map(idOf) } : {}),
    ...(a.form ? { form: a.form } : {}), ...(a.conjunction ? { conjunction: a.conjunction } : {}), ...(a.suffix ? { suffix: a.suffix } : {}),
    ...(a.deadline ? { deadline: a.deadline } : {}),
  });
  /** Every paragraph under a node, in order, however deep: a leaf keeps them all as its own words. */
  const under = (x: Nested): Nested[] => x.children.flatMap((c) => [c, ...under(c)]);
  /** A leaf; a bare agency phrase under it goes to `owner`'s assignment when there is an owner, else stays as words. */
  const leaf = (n: Nested, asItems: boolean, owner?: Record<string, unknown>): Record<string, unknown> => {
    const more: string[] = [];
    for (const c of under(n)) {
      const shared = owner ? sectionAssignment(c) : undefined;
      if (shared && owner && !owner.assignment) owner.assignment = agencyFields(shared);
      else more.push(c.text);
    }
    if (asItems) {
      counts.items++;
      const whole = [n.text, ...more].join(' ');
      const id = uniqueId(whole, n.ids);
      const read = readTargets(whole, (clause) => uniqueId(clause, n.ids?.slice(1)));
      counts.targets += read.targets.length;
      return read.targets.length ? { id, text: read.text, targets: read.targets.map((t) => ({ ...t })) } : { id, text: whole };
    }
    counts.tasks++;
    const a = readAssignment(n.text, split);
    const extra = more.length ? { more } : {};
    if (a?.deadline && [...a.lead, ...a.support, ...a.performers].length === 0) return { id: uniqueId(a.text, n.ids), text: a.text, deadline: a.deadline, ...extra };
    if (!a || [...a.lead, ...a.support, ...a.performers].length === 0) return { id: uniqueId(n.text, n.ids), text: n.text, ...extra };
    counts.assignments++;
    return { id: uniqueId(a.text, n.ids), text: a.text, ...agencyFields(a), ...extra };
  };
  /** The section's sub-headings each name an agency (its whole title, or before ":"), under a "Phân công" heading. */
  const byAgency = (n: Nested) => {
    if (!/PHÂN CÔNG/iu.test(n.text) || n.children.length === 0 || n.children.some((c) => c.style === 'plain')) return undefined;
    const out: Array<{ node: Nested; name: string; printed: { prefix: string; rest: string } }> = [];
    for (const c of n.children) {
      const m = /^(Đề nghị|Giao)?\s*([^:]+?)\s*(?::\s*(.*))?$/u.exec(c.text);
      const name = m?.[2]?.trim() ?? '';
      if (!m || !AGENCY_HEAD.test(name) || name.length > 90 || (c.children.length === 0 && !m[3])) return undefined;
      out.push({ node: c, name, printed: { prefix: m[1] ?? '', rest: m[3] ?? '' } });
    }
    return out;
  };
  const headings: HeadingRead[] = [];
  const section = (n: Nested, asItems: boolean, depth: number, promoted = false): Record<string, unknown> => {
    counts.sections++;
    headings.push({ line: n.line, title: n.text, style: n.style, ...headingConfidence(n, depth, promoted) });
    const items = asItems || objectives.test(n.text);
    const heads = n.children.filter(isHead);
    const out: Record<string, unknown> = { id: uniqueId(n.text, n.ids), title: n.text.replace(/[.:]$/, '') };
    // "V. PHÂN CÔNG TRÁCH NHIỆM / 1. Sở Lao động - …: a) … b) …": a block of tasks an agency leads.
    const blocks = byAgency(n);
    if (blocks) {
      out.by_agency = blocks.map(({ node, name, printed }) => {
        // A block's tasks all belong to its agency: a phrase under one stays in its words.
        const tasks = node.children.length ? node.children.map((c) => leaf(c, false)) : [leaf({ line: node.line, style: 'plain', text: printed.rest, children: [] }, false)];
        return { agency: printed.prefix ? { id: idOf(name), as: `${printed.prefix} ${name}` } : idOf(name), tasks };
      });
      return out;
    }
    if (heads.length > 0) {
      // Paragraphs before the first sub-heading lead into it; the rest close the section.
      const firstHead = n.children.indexOf(heads[0]!);
      const intro = n.children.slice(0, firstHead);
      const subs = n.children.slice(firstHead);
      if (intro.length) out.intro = intro.map((c) => c.text);
      out.sections = subs.map((c) => (isHead(c) ? section(c, items, depth + 1) : section({ ...c, children: [{ line: c.line, style: 'plain', text: c.text, children: c.children }] }, items, depth + 1, true)));
      return out;
    }
    const list: Array<Record<string, unknown>> = [];
    for (const c of n.children) {
      const shared = sectionAssignment(c);
      if (shared && list.length > 0 && !out.assignment) out.assignment = agencyFields(shared);
      else list.push(leaf(c, items, out));
    }
    if (list.length === 0) {
      unrecognised.push({ line: n.line, text: n.text, why: 'Đề mục không có nội dung bên dưới' });
      list.push(leaf({ line: n.line, style: 'plain', text: n.text, children: [] }, items, out));
    }
    out[items ? 'items' : 'tasks'] = list;
    // The schema lists the assignment before the tasks; fmt puts it there.
    return out;
  };
  const sections = roots.map((c) => (isHead(c) ? section(c, false, 0) : section({ ...c, children: [{ ...c, children: c.children }] }, false, 0, true)));

  // A plan a decision issues has no closing of its own: the decision's is used, nothing to report.
  const { recipients, archive, drafter, signature: sig, attached } = readClosing(closing, options.inherit && closing.length === 0 ? [] : unrecognised);
  counts.recipients = recipients.length;

  if (sections.length === 0) unrecognised.push({ line: paragraphs[0]?.line ?? 0, text: '', why: 'Không thấy đề mục nào (I., II., …): ghi tạm một mục "NỘI DUNG", cần sửa' });
  const plan: Record<string, unknown> = {
    kind: 'plan', version: 1, agencies: '',
    document,
    numbering: { levels: levels.filter((l) => l !== 'dash' && l !== 'plus').length ? levels.filter((l) => l !== 'plus') : ['roman'], tasks: levels.includes('dash') ? 'dash' : 'depth' },
    ...(basis.length ? { basis: { layout: 'lines', documents: basis.map((b) => ({ text: b })) } } : {}),
    sections: sections.length ? sections : [{ id: 'noi-dung', title: 'NỘI DUNG', items: [{ id: 'noi-dung-1', text: '(trống)' }] }],
    recipients: recipients.length ? recipients : ['(nơi nhận)'],
    archive,
    ...(drafter ? { drafter_code: drafter } : {}),
    signature: sig,
  };
  return { plan, agencies: [...agencies.values()], unrecognised, near: nearNames, headings, counts, ...(attached ? { attached } : {}) };
}

function fail(paragraphs: readonly Paragraph[], why: string): ImportedPlan {
  return { plan: {}, agencies: [], unrecognised: [{ line: paragraphs[0]?.line ?? 0, text: '', why }], near: [], headings: [], counts: { sections: 0, items: 0, tasks: 0, assignments: 0, recipients: 0, targets: 0 } };
}
