import { agencyIdsNamed } from '../load/agencies-named.js';
import { parseQuiet } from '../load/quiet-parse.js';
import { citedKyHieu } from '../text/ky-hieu.js';
import type { DecisionInput } from '../load/decision-types.js';
import type { AgencyInput, CitedDocumentInput, FreeBasisInput, PlanInput } from '../load/types.js';
import type { PlanToResolve, ResolvedAgency, ResolvedPlan } from '../plan/types.js';
import { walk } from '../plan/walk.js';

/** The project's way to resolve a plan (project/project.ts), with its phrases. */
export type PlanResolver = (plan: PlanToResolve) => ResolvedPlan;

/**
 * The canonical line view git's textconv shows (`git diff`, `git log -p`, `git
 * blame`, web diffs): one line a field — number, id, kind, text, who leads and
 * supports, deadline — so a reflowed paragraph is one changed line and an
 * insertion shows the numbers it shifts. Git hands textconv a bare temporary copy
 * of an old version, with no registry beside it: agencies are shown by id. Never
 * fails: a file that is no plan, or no longer parses, is shown as it is.
 */
export function textconvView(text: string, resolve: PlanResolver): string {
  let data: unknown;
  try {
    data = parseQuiet(text);
  } catch {
    return text;
  }
  if (!data || typeof data !== 'object') return text;
  const kind = (data as { kind?: unknown }).kind;
  try {
    if (kind === 'agencies') return registryView(data as { agencies?: unknown });
    if (kind === 'plan' || kind === undefined) return planView(data as PlanInput, resolve);
    if (kind === 'decision') return decisionView(data as DecisionInput);
  } catch {
    // A plan mid-edit (a missing field, a wrong type): its text is what git can show.
  }
  return text;
}

function planView(input: PlanInput, resolve: PlanResolver): string {
  const plan = resolveLoosely(input, '', new Map(), resolve);
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const names = (l: readonly ResolvedAgency[]) => l.map((a) => a.id).join(', ');
  const doc = input.document;
  const lines = [
    `document: ${doc.type} số ${citedKyHieu({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: doc.type ?? 'KH', issuerCode: doc.issuer_code ?? '' })} ngày ${doc.date} — ${one(doc.subject)}`,
    ...(input.basis?.documents ?? []).map(basisLine),
  ];
  for (const n of walk(plan)) {
    const head = `${n.number || '·'} [${n.id}] ${n.kind}`;
    switch (n.kind) {
      case 'section':
        lines.push(`${head}: ${one(n.title)}`);
        break;
      case 'agency-block':
        lines.push(`${head}: ${n.agency.id}`);
        break;
      case 'item':
        lines.push(`${head}: ${one(n.text.map((p) => (p.kind === 'text' ? p.text : p.target.text)).join(''))}`);
        break;
      case 'task': {
        const a = n.assignment;
        const who = [a.lead.length ? `chủ trì: ${names(a.lead)}` : '', a.performers.length ? `thực hiện: ${names(a.performers)}` : '', a.support.length ? `phối hợp: ${names(a.support)}` : '']
          .filter(Boolean).join('; ');
        lines.push(`${head}: ${one([n.text, ...n.more].join(' '))}${who ? ` | ${who}` : ''}${n.deadline ? ` | hạn: ${n.deadline.written}` : ''}`);
        break;
      }
      default:
        lines.push(`${head}: ${one(n.text)}`);
    }
  }
  lines.push(...plan.recipients.map((r) => `nơi nhận: ${one(r)}`));
  return lines.join('\n') + '\n';
}

/** A Quyết định: its number line, căn cứ, proposal, and each Điều with its khoản and điểm on lines of their own. */
function decisionView(input: DecisionInput): string {
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const doc = input.document;
  const lines = [
    `document: QĐ số ${citedKyHieu({ ...(doc.number !== undefined ? { number: doc.number } : {}), typeCode: 'QĐ', issuerCode: doc.issuer_code ?? '' })} ngày ${doc.date} — ${one(doc.subject)}`,
    `thẩm quyền: ${one([input.authority].flat().join(' '))}`,
    ...(input.basis?.documents ?? []).map(basisLine),
    ...(input.proposal ? [`đề nghị: ${one([input.proposal.wording === 'xet' ? 'xét' : undefined, input.proposal.by, input.proposal.type, input.proposal.number, input.proposal.date, input.proposal.about].filter(Boolean).join(' '))}`] : []),
  ];
  const ids = (list: ReadonlyArray<string | { readonly id: string }>) => list.map((x) => (typeof x === 'string' ? x : x.id)).join(', ');
  input.articles.forEach((a, i) => {
    if (a.lead) lines.push(`Điều ${i + 1} giao: chủ trì ${ids(a.lead)}${a.support ? `; phối hợp ${ids(a.support)}` : ''}`);
    lines.push(`Điều ${i + 1}: ${one([a.title, a.text].filter(Boolean).join(' — '))}`);
    (a.clauses ?? []).forEach((c, j) => {
      lines.push(`Điều ${i + 1}.${j + 1}: ${one(c.text)}`);
      (c.points ?? []).forEach((p, k) => lines.push(`Điều ${i + 1}.${j + 1}.${String.fromCharCode(97 + k)}: ${one(p)}`));
    });
    for (const e of a.executors ?? []) lines.push(`Điều ${i + 1} thi hành: ${typeof e === 'string' ? e : `${e.title}: ${e.agencies.map((x) => (typeof x === 'string' ? x : x.id)).join(', ')}`}`);
  });
  if (input.after_articles) lines.push(`sau các Điều: ${one(input.after_articles)}`);
  lines.push(...(input.recipients ?? []).map((r) => `nơi nhận: ${typeof r === 'string' ? one(r) : (r as { agency: string }).agency}`));
  return lines.join('\n') + '\n';
}

/** One căn cứ on its line: written out, or its fields (a law cited by its year, one printed in the paragraph before it). */
function basisLine(d: CitedDocumentInput | FreeBasisInput): string {
  const fields = d.text !== undefined ? [d.text] : [d.joined ? '(cùng đoạn)' : undefined, d.type, d.title, d.number, d.date ?? (d.year !== undefined ? `năm ${d.year}` : undefined), d.issuer, d.about];
  return `căn cứ: ${fields.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()}`;
}

function registryView(data: { agencies?: unknown }): string {
  const list = Array.isArray(data.agencies) ? (data.agencies as Array<Partial<AgencyInput>>) : [];
  return list.map((a) => `[${a.id}] ${a.kind}: ${a.name}${a.short ? ` (${a.short})` : ''}${a.parent ? ` ← ${a.parent}` : ''}`).join('\n') + '\n';
}

/**
 * A plan resolved without validation (a blob git hands over, a file mid-edit): the
 * agencies `known` gives, and every other id the plan names standing for itself —
 * numbers and structure need no registry.
 */
export function resolveLoosely(input: PlanInput, path: string, known: ReadonlyMap<string, AgencyInput>, resolve: PlanResolver): ResolvedPlan {
  const agencies = new Map(known);
  for (const id of agencyIdsNamed(input)) if (!agencies.has(id)) agencies.set(id, { id, name: id, kind: 'member' });
  return resolve({ path, input, agencies });
}
