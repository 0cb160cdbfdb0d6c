/**
 * Text mutations for fuzzing YAML inputs, from a seeded generator so that a
 * failing case can be named by its seed and number and run again.
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  '\u0001', '\u001b[2J', '\t', '\r', '\u0000', '\uFFFE', '\\u0007', '"', "'", ':', ': ', '- ', '[', ']', '{', '}', '&a ', '*a', '*b ', '!!str ',
  '#', '|', '>-', '%', '@', '`', '---\n', '...\n', 'ệ', 'Đ', '🙂', '中文', '\u0301', '\u202E', '1e999', '-1', '0x10', '2024-02-30', '99999999999999999999',
  'null', '~', 'true', '[]', '{}', '\n  ', '\n- ', 'x'.repeat(3000),
];
const VALUES = ['null', '[]', '{}', '-5', '0', '1.5', 'true', '"  "', '""', '2024-13-45', '[a, b]', '{ x: 1 }', '*a', '&a x', `"${'ê'.repeat(400)}"`, 'Sở Không Có'];

export function mutate(text: string, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const lines = text.split('\n');
  const at = () => Math.floor(random() * lines.length);
  const times = 1 + Math.floor(random() * 3);
  for (let k = 0; k < times; k++) {
    const i = at();
    const line = lines[i] ?? '';
    switch (Math.floor(random() * 9)) {
      case 0: lines.splice(i, 1); break;
      case 1: lines.splice(i, 0, line); break;
      case 2: { const j = at(); [lines[i], lines[j]] = [lines[j]!, line]; break; }
      case 3: { const c = Math.floor(random() * (line.length + 1)); lines[i] = line.slice(0, c) + pick(INSERTS) + line.slice(c); break; }
      case 4: { const c = Math.floor(random() * (line.length + 1)); lines[i] = line.slice(0, c) + line.slice(c + 1 + Math.floor(random() * 8)); break; }
      case 5: lines[i] = random() < 0.5 ? ' '.repeat(1 + Math.floor(random() * 4)) + line : line.replace(/^ {1,4}/, ''); break;
      case 6: lines[i] = line.replace(/:\s+\S.*$/, `: ${pick(VALUES)}`); break;
      case 7: { const n = 1 + Math.floor(random() * 12); lines.splice(i, 0, ...lines.slice(i, i + n)); break; }
      default: return lines.slice(0, i).join('\n') + '\n' + line.slice(0, Math.floor(random() * line.length));
    }
  }
  return lines.join('\n');
}
