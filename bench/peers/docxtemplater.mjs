// A peer for npm run bench: docxtemplater fills bench's template DOCX with the plan's paragraphs.
import { readFileSync, writeFileSync } from 'node:fs';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

const [template, data, out] = process.argv.slice(2);
const doc = new Docxtemplater(new PizZip(readFileSync(template)), { paragraphLoop: true, linebreaks: true });
doc.render(JSON.parse(readFileSync(data, 'utf8')));
writeFileSync(out, doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
