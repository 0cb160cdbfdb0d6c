import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectTemp, ROOT, runCli } from '../helpers/cli.js';
import { matchedShare, words } from '../helpers/words.js';

/**
 * `vanban import` on real documents it was not written for (tests/fixtures/import-corpus:
 * 23 public copies of plans, decisions, reports and a report form from 21 issuers, each
 * with its source address). The header facts a person reads from the text must be in the
 * draft; every draft must validate, and the document rebuilt from it must keep at least
 * 97 % of the text's words, in order.
 */
const CORPUS = join(ROOT, 'tests', 'fixtures', 'import-corpus');

type Facts = Record<'type' | 'number' | 'issuer_code' | 'date' | 'place' | 'issuer' | 'subject', string | number | null>;
interface CorpusDocument { file: string; kind: 'plan' | 'decision' | 'report' | 'outline'; source: string; facts: Facts }

const documents = (parse(readFileSync(join(CORPUS, 'corpus.yaml'), 'utf8')) as { documents: CorpusDocument[] }).documents;

/** What a draft holds where a fact was not found: not a recovered fact. */
const PLACEHOLDER = /^\(|^2000-01-01$/u;
const norm = (v: unknown): string => String(v).normalize('NFC').toLocaleLowerCase('vi').replace(/[–—]/gu, '-').replace(/\s+/gu, ' ').replace(/[.:;,]$/u, '').trim();
const joined = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v ?? ''));

/** The header facts as the draft states them. */
function draftFacts(kind: CorpusDocument['kind'], data: Record<string, unknown>): Facts {
  const doc = (data.document ?? {}) as Record<string, unknown>;
  const type = { plan: String(doc.type ?? 'KH'), decision: 'QĐ', report: 'BC', outline: 'BC' }[kind];
  if (kind === 'outline') return { type, number: null, issuer_code: null, date: null, place: null, issuer: null, subject: String(data.subject ?? '') };
  return {
    type, number: (doc.number as number | undefined) ?? null, issuer_code: (doc.issuer_code as string | undefined) ?? null,
    date: (doc.date as string | undefined) ?? null, place: (doc.place as string | undefined) ?? null,
    issuer: joined(doc.issuer), subject: (doc.subject as string | undefined) ?? null,
  };
}

/** Words a reader reads: a token with a letter or a digit (the "|" of a flattened table and the rules under a name are layout). */
const readWords = (text: string) => words(text).filter((w) => /[\p{L}\d]/u.test(w));

interface Outcome { file: string; validates: boolean; facts: Array<{ fact: string; expected: unknown; found: unknown; ok: boolean }>; share: number; missing: string[] }

async function importOne(d: CorpusDocument): Promise<Outcome> {
  const dir = projectTemp('corpus-');
  const out = join(dir, 'nhap.yaml');
  const r = await runCli(['import', join(CORPUS, d.file), '--out', out], { cwd: dir });
  // No draft, or a draft of another kind: nothing of the header was recovered.
  const data = existsSync(out) ? (parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  const found = data.kind === d.kind ? draftFacts(d.kind, data) : { type: null, number: null, issuer_code: null, date: null, place: null, issuer: null, subject: null };
  const facts = (Object.keys(d.facts) as Array<keyof Facts>).filter((k) => d.facts[k] !== null).map((k) => {
    const f = found[k];
    const ok = f !== null && !PLACEHOLDER.test(String(f)) && norm(f) === norm(d.facts[k]);
    return { fact: k, expected: d.facts[k], found: f, ok };
  });
  let share = 0;
  let missing: string[] = [];
  if (existsSync(out) && (await runCli(['build', out, '--out', join(dir, 'out'), '--format', 'pdf'])).code === 0) {
    const ours = execFileSync('pdftotext', ['-raw', join(dir, 'out', 'nhap.pdf'), '-'], { encoding: 'utf8' });
    ({ share, missing } = matchedShare(readWords(readFileSync(join(CORPUS, d.file), 'utf8')), readWords(ours)));
  }
  return { file: d.file, validates: r.code === 0, facts, share, missing };
}

describe('vanban import on real documents (tests/fixtures/import-corpus)', () => {
  it('holds at least 20 real documents of 5 kinds from at least 10 issuers, each with its source', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(documents.map((d) => `${d.kind}:${d.file.split('/')[1]!.split('-')[0]}`));
    // KH, QĐ ban hành KH, QĐ alone, BC, mẫu báo cáo / đề cương.
    expect([...kinds].sort()).toEqual(['decision:qd', 'decision:qdkh', 'outline:mau', 'plan:kh', 'report:bc']);
    expect(new Set(documents.map((d) => d.facts.issuer ?? d.source.split('/')[2])).size).toBeGreaterThanOrEqual(10);
    for (const d of documents) expect(d.source, d.file).toMatch(/^https?:\/\//);
  });

  it('header facts ≥ 90 %; every draft validates and keeps ≥ 97 % of its words', async () => {
    const outcomes: Outcome[] = [];
    for (const d of documents) outcomes.push(await importOne(d));
    const all = outcomes.flatMap((o) => o.facts);
    const factShare = all.filter((f) => f.ok).length / all.length;
    for (const o of outcomes) {
      const wrong = o.facts.filter((f) => !f.ok).map((f) => `${f.fact}: ${JSON.stringify(f.found)} ≠ ${JSON.stringify(f.expected)}`);
      console.log(`${o.file}: ${o.validates ? 'validates' : 'DOES NOT VALIDATE'}, words ${(o.share * 100).toFixed(1)} %${wrong.length ? `; ${wrong.join('; ')}` : ''}${o.share < 0.97 ? ` — missing: ${o.missing.slice(0, 12).join(' ')}` : ''}`);
    }
    console.log(`header facts: ${all.filter((f) => f.ok).length}/${all.length} = ${(factShare * 100).toFixed(1)} %`);
    expect(factShare).toBeGreaterThanOrEqual(0.9);
    // Every kind gives a draft that validates: a plan, a decision alone or with its plan, a report
    // with its own sections, and a report form as the outline it asks to answer.
    expect(outcomes.filter((o) => !o.validates).map((o) => o.file)).toEqual([]);
    expect(outcomes.filter((o) => o.share < 0.97).map((o) => `${o.file} ${(o.share * 100).toFixed(1)} %`)).toEqual([]);
  }, 300_000);
});
