/**
 * A SYNTHETIC plan (made-up text, not a real document) of any length, for npm run
 * bench: the Ninh Bình example's header, basis and closing around `tasks` tasks of
 * ~110 words, 20 to a heading, 5 headings to a part. About 4 tasks a page.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEADS = ['cong-an-tinh', 'so-tu-phap', 'so-lao-dong-thuong-binh-va-xa-hoi', 'bo-chi-huy-bo-doi-bien-phong-tinh'];
const SENTENCE = 'Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống mua bán người cho cán bộ, công chức, viên chức và nhân dân tại các địa bàn trọng điểm, khu vực biên giới, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số';

export function writeSyntheticPlan(dir, tasks) {
  const source = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), 'utf8');
  const head = source.slice(0, source.indexOf('\nsections:'));
  const tail = source.slice(source.indexOf('\nrecipients:'));
  const lines = ['# SYNTHETIC plan for npm run bench (bench/synthetic-plan.mjs): made-up tasks, not a real document.', head, '', 'sections:'];
  let n = 0;
  for (let part = 1; n < tasks; part++) {
    lines.push(`  - id: phan-${part}`, `    title: NHIỆM VỤ NHÓM ${part}`, '    role: tasks', '    sections:');
    for (let h = 1; h <= 5 && n < tasks; h++) {
      lines.push(`      - id: phan-${part}-muc-${h}`, `        title: Công tác thứ ${h} của nhóm ${part}`, '        tasks:');
      for (let t = 1; t <= 20 && n < tasks; t++, n++) {
        lines.push(`          - id: nv-${part}-${h}-${t}`, `            text: ${SENTENCE} (nhiệm vụ ${part}.${h}.${t}); ${SENTENCE}; ${SENTENCE}.`, `            lead: [${LEADS[n % LEADS.length]}]`);
      }
    }
  }
  writeFileSync(join(dir, 'ke-hoach-dai.yaml'), lines.join('\n') + tail);
  copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(dir, 'ninh-binh-2024.agencies.yaml'));
  return join(dir, 'ke-hoach-dai.yaml');
}
