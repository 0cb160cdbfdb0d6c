/**
 * The same document for every peer of npm run bench: vanban's own model of a plan
 * (header, title, body, closing; appendices left out) written as each peer's input —
 * Typst markup, a pdfmake document definition, Markdown for pandoc, a docxtemplater
 * template and its data — with the page, fonts and sizes of NĐ 30 where the peer can
 * say them. What each peer does NOT do that vanban does (read and check YAML, resolve
 * agencies and numbers, keep lines together, the closing block's table, bookmarks)
 * is said in the bench's output, not hidden.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';

export async function exportPeers(root, planPath, dir) {
  const { checkInput } = await import(join(root, 'dist', 'project', 'documents.js'));
  const { projectOf } = await import(join(root, 'dist', 'project', 'project.js'));
  const { resolveFonts } = await import(join(root, 'dist', 'writers', 'pdf', 'fonts.js'));
  const checked = await checkInput(planPath, projectOf());
  if (!checked.build) throw new Error(`${planPath} does not build`);
  const doc = checked.build();
  mkdirSync(dir, { recursive: true });

  const fonts = resolveFonts();
  const fontDir = join(dir, 'fonts');
  mkdirSync(fontDir, { recursive: true });
  for (const f of Object.values(fonts.files)) copyFileSync(f, join(fontDir, f.split('/').pop()));
  const pdfmakeFonts = { normal: fonts.files.regular, bold: fonts.files.bold, italics: fonts.files.italic, bolditalics: fonts.files.boldItalic };

  const blocks = doc.body.filter((b) => b.kind !== 'table');
  const text = (b) => `${b.number ? `${b.number} ` : ''}${b.inlines.map((r) => r.text).join('')}`;
  const h = doc.header;

  // Typst
  const esc = (s) => s.replace(/[\\#*_`$<>@[\]~=\-+/"']/g, (c) => `\\${c}`);
  // A number at a paragraph's start ("1.", "a)") would open a Typst list: escaped whole.
  const runs = (b) => (b.number ? `${esc(b.number).replace(/\./g, '\\.')} ` : '') + b.inlines.map((r) => (r.bold ? `*${esc(r.text)}*` : r.italic ? `_${esc(r.text)}_` : esc(r.text))).join('');
  const typ = [
    '#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm))',
    `#set text(font: "${fonts.family}", size: 14pt, lang: "vi")`,
    '#set par(justify: true, first-line-indent: 1cm, leading: 0.6em, spacing: 6pt)',
    `#grid(columns: (1fr, 1.5fr), align(center)[#text(size: 13pt)[${[...h.parentBody.map(esc), ...h.issuer.map((l) => `*${esc(l)}*`)].join(' \\ ')} \\ ${esc(h.numberLine)}]], align(center)[#text(size: 13pt)[*${esc(h.motto.nation)}* \\ *${esc(h.motto.slogan)}* \\ _${esc(h.placeDate)}_]])`,
    `#align(center)[*${esc(doc.title.typeName)}* \\ *${doc.title.subject.map(esc).join(' \\ ')}*]`,
    ...blocks.map((b) => (b.kind === 'heading' ? `*${runs(b)}*` : runs(b))),
    `#grid(columns: (1fr, 1fr), text(size: 12pt)[*Nơi nhận:* \\ ${doc.closing.recipients.map(esc).join(' \\ ')}], align(center)[*${doc.closing.signature.lines.map(esc).join(' \\ ')}* \\ \\ \\ *${esc(doc.closing.signature.name)}*])`,
  ].join('\n\n');
  writeFileSync(join(dir, 'plan.typ'), typ);

  // pdfmake
  const definition = {
    pageSize: 'A4', pageMargins: [85, 57, 43, 57], defaultStyle: { font: 'Serif', fontSize: 14, alignment: 'justify', lineHeight: 1.1 },
    content: [
      { columns: [
        { width: '40%', alignment: 'center', fontSize: 13, stack: [...h.parentBody, ...h.issuer.map((t) => ({ text: t, bold: true })), h.numberLine] },
        { width: '60%', alignment: 'center', fontSize: 13, stack: [{ text: h.motto.nation, bold: true }, { text: h.motto.slogan, bold: true }, { text: h.placeDate, italics: true }] },
      ] },
      { text: [doc.title.typeName, ...doc.title.subject].join('\n'), bold: true, alignment: 'center', margin: [0, 12, 0, 12] },
      ...blocks.map((b) => ({ text: b.inlines.map((r) => ({ text: r.text, bold: b.kind === 'heading' || !!r.bold, italics: !!r.italic })).reduce((a, r) => [...a, r], b.number ? [{ text: `${b.number} `, bold: b.kind === 'heading' }] : []), leadingIndent: 28, margin: [0, 0, 0, 6] })),
      { columns: [
        { width: '50%', fontSize: 12, stack: [{ text: 'Nơi nhận:', bold: true }, ...doc.closing.recipients] },
        { width: '50%', alignment: 'center', stack: [...doc.closing.signature.lines.map((t) => ({ text: t, bold: true })), { text: doc.closing.signature.name, bold: true, margin: [0, 60, 0, 0] }] },
      ], margin: [0, 12, 0, 0] },
    ],
  };
  writeFileSync(join(dir, 'plan.pdfmake.json'), JSON.stringify(definition));

  // pandoc (Markdown: headings as bold paragraphs, as NĐ 30 prints them)
  const md = (s) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
  const markdown = [
    [...h.parentBody, ...h.issuer, h.numberLine].map(md).join('\\\n'),
    [h.motto.nation, h.motto.slogan, h.placeDate].map(md).join('\\\n'),
    `**${[doc.title.typeName, ...doc.title.subject].map(md).join('\\\n')}**`,
    ...blocks.map((b) => (b.kind === 'heading' ? `**${md(text(b))}**` : md(text(b)))),
    ['**Nơi nhận:**', ...doc.closing.recipients.map(md)].join('\\\n'),
    [...doc.closing.signature.lines, doc.closing.signature.name].map(md).join('\\\n'),
  ].join('\n\n');
  writeFileSync(join(dir, 'plan.md'), markdown + '\n');

  // docxtemplater: one template paragraph per kind, repeated by its loops.
  const loop = (name, bold) => [
    new Paragraph({ children: [new TextRun({ text: `{#${name}}` })] }),
    new Paragraph({ children: [new TextRun({ text: '{text}', bold, font: fonts.family, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: `{/${name}}` })] }),
  ];
  const template = new Document({ sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children: [...loop('header', true), ...loop('body', false), ...loop('closing', false)] }] });
  writeFileSync(join(dir, 'template.docx'), await Packer.toBuffer(template));
  writeFileSync(join(dir, 'plan.data.json'), JSON.stringify({
    header: [...h.parentBody, ...h.issuer, h.numberLine, h.motto.nation, h.motto.slogan, h.placeDate, doc.title.typeName, ...doc.title.subject].map((t) => ({ text: t })),
    body: blocks.map((b) => ({ text: text(b) })),
    closing: ['Nơi nhận:', ...doc.closing.recipients, ...doc.closing.signature.lines, doc.closing.signature.name].map((t) => ({ text: t })),
  }));
  return { fontDir, pdfmakeFonts: JSON.stringify(pdfmakeFonts), family: fonts.family };
}
