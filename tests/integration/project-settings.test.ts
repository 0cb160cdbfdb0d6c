import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../helpers/build.js';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';

/** A province's own phrase: "phối hợp chặt chẽ với" where the stock table says "phối hợp với". */
const PHRASES = 'lead-with-support: "{lead} chủ trì, phối hợp chặt chẽ với {others} {act}"\n';

/** A project holding the Ninh Bình plan and its registry, with a province's templates folder `mau-tinh`. */
function provinceProject(prefix: string): string {
  const dir = projectTemp(prefix);
  cpSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(dir, 'ninh-binh-2024.agencies.yaml'));
  // One task led by Công an tỉnh with others given a deadline, so the calendar has it as an event.
  const plan = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), 'utf8');
  const supported = '            support: [cac-so-nganh-thanh-vien, ubnd-cac-huyen-thanh-pho]\n';
  expect(plan).toContain(supported);
  writeFileSync(join(dir, 'ninh-binh-2024.yaml'), plan.replace(supported, `${supported}            deadline: 2024-07-30\n`));
  mkdirSync(join(dir, 'mau-tinh'));
  writeFileSync(join(dir, 'mau-tinh', 'phrases.yaml'), PHRASES);
  return dir;
}

const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '').replace(/\\/g, '');
const docxText = (path: string) => documentParagraphs(docxParts(readFileSync(path))).map((p) => p.text).join('\n');

describe("a province's settings reach every output", () => {
  it('the calendar takes --templates, and the templates: key of vanban.config.yaml, as build does', async () => {
    const dir = provinceProject('settings-calendar-');
    const stock = await runCli(['calendar', 'ninh-binh-2024.yaml', '--out', 'stock.ics'], { cwd: dir });
    expect(stock.code).toBe(0);
    expect(unfolded(readFileSync(join(dir, 'stock.ics'), 'utf8'))).toContain('Công an tỉnh chủ trì, phối hợp với');
    const flag = await runCli(['calendar', 'ninh-binh-2024.yaml', '--templates', 'mau-tinh', '--out', 'flag.ics'], { cwd: dir });
    expect(flag.code).toBe(0);
    expect(unfolded(readFileSync(join(dir, 'flag.ics'), 'utf8'))).toContain('Công an tỉnh chủ trì, phối hợp chặt chẽ với');
    writeFileSync(join(dir, 'vanban.config.yaml'), 'templates: mau-tinh\n');
    // Found from a folder below it, and its path read from the config's own folder.
    mkdirSync(join(dir, 'con'));
    const config = await runCli(['calendar', '../ninh-binh-2024.yaml', '--out', 'config.ics'], { cwd: join(dir, 'con') });
    expect(config.code, config.stderr).toBe(0);
    expect(unfolded(readFileSync(join(dir, 'con', 'config.ics'), 'utf8'))).toContain('Công an tỉnh chủ trì, phối hợp chặt chẽ với');
  });

  it('a sub-plan is built with the province phrases, as the province plan is', async () => {
    const dir = provinceProject('settings-subplan-');
    writeFileSync(join(dir, 'vanban.config.yaml'), 'templates: mau-tinh\n');
    const plan = await runCli(['build', 'ninh-binh-2024.yaml', '--out', 'out'], { cwd: dir });
    expect(plan.code, plan.stderr).toBe(0);
    expect(docxText(join(dir, 'out', 'ninh-binh-2024.docx'))).toContain('phối hợp chặt chẽ với');
    const sub = await runCli(['subplan', 'ninh-binh-2024.yaml', '--agency', 'cong-an-tinh', '--out', 'con'], { cwd: dir });
    expect(sub.code, sub.stderr).toBe(0);
    const text = docxText(join(dir, 'con', 'ninh-binh-2024-cong-an-tinh.docx'));
    expect(text).toContain('phối hợp chặt chẽ với');
    expect(text).not.toMatch(/chủ trì, phối hợp với/);
  });

  it('a vanban.config.yaml with a templates: key that is no folder, or not text, is named before any work, exit 2', async () => {
    const dir = provinceProject('settings-bad-');
    writeFileSync(join(dir, 'vanban.config.yaml'), 'templates: khong-co\n');
    const missing = await runCli(['subplan', 'ninh-binh-2024.yaml', '--agency', 'cong-an-tinh', '--out', 'con'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co');
    writeFileSync(join(dir, 'vanban.config.yaml'), 'templates: [a, b]\n');
    const typed = await runCli(['calendar', 'ninh-binh-2024.yaml'], { cwd: dir });
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('vanban.config.yaml:1:12');
    expect(typed.stderr).not.toMatch(STACK_LINE);
  });
});

describe('report merge builds through the build path', () => {
  const S = join(ROOT, 'outlines', 'bao-cao-mau');
  const reports = [join(S, 'cong-an-tinh.yaml'), join(S, 'vien-kiem-sat-nhan-dan-tinh.yaml')];

  it('an unknown format and a refused overwrite exit 2, as build does', async () => {
    const dir = projectTemp('merge-path-');
    const args = ['report', 'merge', ...reports, '--as', join(S, 'gia-lai-tong-hop.meta.yaml'), '--out', join(dir, 'tong-hop.yaml')];
    const xyz = await runCli([...args, '--format', 'pdf,xyz']);
    expect(xyz.code).toBe(2);
    expect(xyz.stderr).toContain('"xyz"');
    writeFileSync(join(dir, 'tong-hop.pdf'), "%PDF-1.7 someone else's file");
    const over = await runCli([...args, '--format', 'pdf']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'tong-hop.pdf'), 'utf8')).toContain("someone else's");
    const forced = await runCli([...args, '--format', 'pdf', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('a bad date in the --as file is reported at that file, never at the merged YAML', async () => {
    const dir = projectTemp('merge-as-');
    const meta = join(dir, 'meta.yaml');
    writeFileSync(meta, readFileSync(join(S, 'gia-lai-tong-hop.meta.yaml'), 'utf8').replace('date: 2025-06-30', 'date: 30/6/2025').replace('agency: ubnd-tinh', 'agency: ubnd-tinh\nsigner: x'));
    const r = await runCli(['report', 'merge', ...reports, '--as', meta, '--out', join(dir, 'tong-hop.yaml'), '--format', 'pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/meta\.yaml:10:9 lỗi \[schema-pattern\]/);
    expect(r.stderr).toMatch(/meta\.yaml:4:1 lỗi \[schema-unknown-field\]/);
    expect(r.stderr).not.toContain('tong-hop.yaml');
  });
});

describe('the sub-plan warning about work given only in words', () => {
  it('is a coded diagnostic in the language asked for', async () => {
    const vi = await runCli(['subplan', PLANS.giaLai, '--agency', 'cong-an-tinh', '--out', projectTemp('subplan-vi-')]);
    expect(vi.stderr).toMatch(/gia-lai-2025\.yaml:146:15 cảnh báo \[subplan-unassigned\] "giao-cong-an-tinh" giao việc cho Công an tỉnh/);
    const en = await runCli(['--lang', 'en', 'subplan', PLANS.giaLai, '--agency', 'cong-an-tinh', '--out', projectTemp('subplan-en-')]);
    expect(en.stderr).toMatch(/gia-lai-2025\.yaml:146:15 warning \[subplan-unassigned\] "giao-cong-an-tinh" gives Công an tỉnh work in its words/);
    expect(en.stderr).not.toContain('cảnh báo');
    expect(en.stderr).not.toContain('giao việc cho');
  });
});
