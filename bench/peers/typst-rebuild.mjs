// A peer for npm run bench: Typst kept resident (one NodeCompiler, as `typst watch` keeps one), the
// .typ of the plan edited and compiled again N times; prints the median ms of compile + write.
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [source, fontDir, out, n] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
const text = readFileSync(source, 'utf8');
writeFileSync(out, compiler.pdf({ mainFileContent: text }));
const times = [];
for (let i = 1; i <= Number(n); i++) {
  // The same edit as vanban's side of the bench: one word of a task, changed back and forth.
  const edited = i % 2 ? text.replace('Tăng cường tuyên truyền', 'Đẩy mạnh tuyên truyền') : text;
  const start = performance.now();
  writeFileSync(out, compiler.pdf({ mainFileContent: edited }));
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(1));
