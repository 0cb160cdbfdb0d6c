import pc from 'picocolors';
import { terminalSafe } from '../diagnostics/terminal-safe.js';
import { mapStrings } from '../load/map-strings.js';
import { shorten } from '../text/shorten.js';
import { NOUNS, type PlanChange } from './plan-diff.js';
import { wordDiff, type WordPart } from './word-diff.js';

/** The changes as a reviewer reads them: Vietnamese lines (coloured on a terminal), Markdown, or JSON. */

const cut = (s: string) => shorten(s, 120);

type Style = { add: (s: string) => string; del: (s: string) => string; dim: (s: string) => string };

function line(c: PlanChange, st: Style): string {
  switch (c.kind) {
    case 'added':
      return `${st.add('+')} Thêm ${NOUNS[c.node]} ${c.at} [${c.id}]: “${cut(c.text)}”`;
    case 'removed':
      return `${st.del('-')} Bỏ ${NOUNS[c.node]} ${c.at} [${c.id}]: “${cut(c.text)}”`;
    case 'moved':
      return `↷ Chuyển ${NOUNS[c.node]} [${c.id}] từ ${c.from} sang ${c.to}`;
    case 'split':
      return `✂ Tách ${NOUNS[c.node]} ${c.at} [${c.id}] làm hai: “${cut(c.first)}” và ${c.intoAt} [${c.into}]: “${cut(c.second)}”`;
    case 'merged':
      return `⊕ Gộp ${NOUNS[c.node]} [${c.from}] vào ${c.at} [${c.id}]: “${cut(c.text)}”`;
    case 'renumbered':
      return `${st.dim('#')} Đổi số ở mục ${c.parent}: ${range(c.from)} thành ${range(c.to)}${c.because.length ? `, do ${c.because.map((id) => `[${id}]`).join(', ')} chèn, bỏ hoặc chuyển chỗ` : ''}`;
    case 'reworded':
      return `~ Sửa lời ${NOUNS[c.node]} ${c.at} [${c.id}]: ${wordsLine(c.words, st)}${c.whole ? WHOLE : ''}`;
    case 'reassigned':
      return `~ Đổi phân công nhiệm vụ ${c.at} [${c.id}]: ${c.agencies.map((a) => `${a.agency}: ${roleChange(a.from, a.to)}`).join('; ')}`;
    case 'redated':
      return `~ Đổi thời hạn nhiệm vụ ${c.at} [${c.id}]: ${c.from ?? 'không có'} → ${c.to ?? 'không có'}`;
    case 'target-changed':
      return `~ Đổi chỉ tiêu ${c.at} [${c.id}]: ${c.from} → ${c.to}`;
    case 'recipient-added':
      return `${st.add('+')} Thêm nơi nhận: ${c.text}`;
    case 'recipient-removed':
      return `${st.del('-')} Bỏ nơi nhận: ${c.text}`;
    case 'recipient-reworded':
      return `~ Sửa nơi nhận: ${c.from} → ${c.to}`;
    case 'citation-added':
      return `${st.add('+')} Thêm căn cứ: ${c.text}`;
    case 'citation-removed':
      return `${st.del('-')} Bỏ căn cứ: ${c.text}`;
    case 'citation-reworded':
      return `~ Sửa căn cứ: ${wordsLine(c.words, st)}`;
    case 'field-changed': {
      const where = c.id ? ` của ${c.at ? `${c.at} ` : ''}[${c.id}]` : '';
      // A long text: the words that changed, as for a reworded node.
      if (c.from !== undefined && c.to !== undefined && Math.max(c.from.length, c.to.length) > 60) {
        const w = wordDiff(c.from, c.to);
        return `~ Sửa ${c.label}${where}: ${wordsLine(w.parts, st)}${w.whole ? WHOLE : ''}`;
      }
      return `~ Đổi ${c.label}${where}: ${c.from !== undefined ? `“${cut(c.from)}”` : 'không có'} → ${c.to !== undefined ? `“${cut(c.to)}”` : 'không có'}`;
    }
    case 'agency-renamed':
      return `~ Đổi tên cơ quan [${c.id}]: ${c.from} → ${c.to}: ${c.reach} nhiệm vụ đổi cách viết`;
  }
}

const WHOLE = ' (đổi gần hết: không so từng chữ, in cả bản cũ và bản mới)';

function roleChange(from: string, to: string): string {
  if (from === 'không') return `thêm vào, ${to}`;
  if (to === 'không') return `thôi ${from}`;
  return `thôi ${from}, chuyển sang ${to}`;
}

const range = (xs: readonly string[]) => (xs.length <= 2 ? xs.join(', ') : `${xs[0]}–${xs.at(-1)}`);


/** Only the changed words and a few around them: a sentence of 60 words with one word changed reads as one change. */
function wordsLine(parts: readonly WordPart[], st: Style, mark = (op: '+' | '-', t: string) => (op === '+' ? st.add(`{+${t}+}`) : st.del(`[-${t}-]`))): string {
  return parts.map((p, i) => {
    if (p.op !== '=') return mark(p.op, longSpan(p.text));
    const w = p.text.trim().split(/\s+/);
    if (w.length <= 8) return p.text;
    const lead = /^\s/.test(p.text) ? ' ' : '';
    const trail = /\s$/.test(p.text) ? ' ' : '';
    if (i === 0) return `… ${w.slice(-4).join(' ')}${trail}`;
    if (i === parts.length - 1) return `${lead}${w.slice(0, 4).join(' ')} …`;
    return `${lead}${w.slice(0, 4).join(' ')} … ${w.slice(-4).join(' ')}${trail}`;
  }).join('');
}

/** For a terminal: the plan's own words can hold control characters (a blob git hands over is not checked), shown as symbols. */
/** A changed span of more than 60 words: its first and last 25, and how many in all. */
function longSpan(text: string): string {
  const w = text.trim().split(/\s+/);
  if (w.length <= 60) return text;
  return `${w.slice(0, 25).join(' ')} … (${w.length} chữ) … ${w.slice(-25).join(' ')}${/\s$/.test(text) ? ' ' : ''}`;
}

export function renderText(changes: readonly PlanChange[], color: boolean): string {
  const c = pc.createColors(color);
  const st: Style = { add: c.green, del: c.red, dim: c.dim };
  const safe = mapStrings(changes, terminalSafe) as readonly PlanChange[];
  return safe.length === 0 ? 'Không có thay đổi.\n' : safe.map((x) => line(x, st)).join('\n') + '\n';
}

export function renderMarkdown(changes: readonly PlanChange[], title: string): string {
  const st: Style = { add: (s) => s, del: (s) => s, dim: (s) => s };
  const md = (x: PlanChange) => (x.kind === 'reworded'
    ? `~ Sửa lời ${NOUNS[x.node]} ${x.at} \`${x.id}\`: ${wordsLine(x.words, st, (op, t) => (op === '+' ? `**${t.trim()}**${/\s$/.test(t) ? ' ' : ''}` : `~~${t.trim()}~~${/\s$/.test(t) ? ' ' : ''}`))}`
    : line(x, st).replace(/\[([a-z0-9/-]+)\]/g, '`$1`'))
    // The verb says what happened; a leading +, -, # would read as Markdown.
    .replace(/^(?:[-+~#↷✂⊕]) /, '');
  return [`### ${title}`, '', ...(changes.length === 0 ? ['Không có thay đổi.'] : changes.map((x) => `- ${md(x)}`)), ''].join('\n');
}

/** JSON, version 1: { version, old, new, changes: PlanChange[] } — the fields of each kind as in src/diff/plan-diff.ts. */
export function renderJson(changes: readonly PlanChange[], oldPath: string, newPath: string): string {
  return JSON.stringify({ version: 1, old: oldPath, new: newPath, changes }, null, 2) + '\n';
}
