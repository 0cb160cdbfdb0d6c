// A peer for npm run bench: Typst (the npm compiler) turns bench's .typ of the plan into a PDF. Whole process timed.
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [source, fontDir, out] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
writeFileSync(out, compiler.pdf({ mainFileContent: readFileSync(source, 'utf8') }));
