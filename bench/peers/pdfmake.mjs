// A peer for npm run bench: pdfmake lays out bench's document definition of the plan with the same four font files.
import { createWriteStream, readFileSync } from 'node:fs';
import PdfPrinter from 'pdfmake';

const [definition, fontsJson, out] = process.argv.slice(2);
const printer = new PdfPrinter({ Serif: JSON.parse(fontsJson) });
const pdf = printer.createPdfKitDocument(JSON.parse(readFileSync(definition, 'utf8')));
pdf.pipe(createWriteStream(out));
pdf.end();
