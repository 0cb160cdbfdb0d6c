import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchBuild } from '../../src/cli/commands/build-watch.js';
import { withIo } from '../../src/cli/io.js';
import { stringsFor } from '../../src/cli/strings.js';
import { BIN, projectTemp, ROOT, STACK_LINE } from '../helpers/cli.js';
import { docxParts } from '../helpers/docx.js';

const s = stringsFor('vi');
const WATCHING = /Đang theo dõi \d+ tệp/g;

/** `build --watch` in this process, its words captured; `cycles(n)` waits for the n-th "watching" line. */
function startWatch(paths: string[], out: string, templates?: string) {
  const stop = new AbortController();
  let said = '';
  const done = withIo(
    { out: (t) => void (said += t), err: (t) => void (said += t), color: false, terminal: false },
    () => watchBuild(paths, { lang: 'vi', format: 'human', out, formats: ['docx'], force: false, project: templates ? { templates } : {} }, s, stop.signal),
  );
  const cycles = async (n: number) => {
    const until = Date.now() + 20_000;
    while ((said.match(WATCHING) ?? []).length < n) {
      if (Date.now() > until) throw new Error(`no build ${n} after 20 s; said:\n${said}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { stop, done, cycles, said: () => said };
}

/** A fresh project folder holding the Ninh Bình plan and its agency registry. */
function projectWithPlan(prefix: string): string {
  const dir = projectTemp(prefix);
  for (const f of ['ninh-binh-2024.yaml', 'ninh-binh-2024.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(dir, f));
  return dir;
}

/** As editors save: a new file renamed over the old one. */
function save(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const documentXml = (out: string, name: string) => docxParts(readFileSync(join(out, `${name}.docx`)))['word/document.xml']!;

describe('build --watch', () => {
  it('builds again when the plan or its agency registry changes, keeps the last good output on bad input, and stops when told', async () => {
    const dir = projectWithPlan('watch-');
    const plan = join(dir, 'ninh-binh-2024.yaml');
    const registry = join(dir, 'ninh-binh-2024.agencies.yaml');
    const out = join(dir, 'out');
    const w = startWatch([plan], out);

    await w.cycles(1);
    expect(w.said()).toContain('Đang theo dõi 2 tệp');
    expect(documentXml(out, 'ninh-binh-2024')).not.toContain('Đẩy mạnh tuyên truyền sâu rộng');

    save(plan, readFileSync(plan, 'utf8').replace('Tăng cường tuyên truyền', 'Đẩy mạnh tuyên truyền sâu rộng'));
    await w.cycles(2);
    expect(w.said()).toContain('Đã thay đổi: ninh-binh-2024.yaml');
    expect(documentXml(out, 'ninh-binh-2024')).toContain('Đẩy mạnh tuyên truyền sâu rộng');

    // The registry is watched because the plan's build read it.
    save(registry, readFileSync(registry, 'utf8').replace('name: Sở Tư pháp', 'name: Sở Tư pháp tỉnh Ninh Bình (đổi tên thử)'));
    await w.cycles(3);
    expect(documentXml(out, 'ninh-binh-2024')).toContain('đổi tên thử');

    const good = readFileSync(join(out, 'ninh-binh-2024.docx'));
    writeFileSync(plan, readFileSync(plan, 'utf8') + 'tasks: [\n');
    await w.cycles(4);
    expect(w.said()).toMatch(/ninh-binh-2024\.yaml:\d+:\d+ lỗi \[yaml-syntax\]/);
    // A failed build is not "Xong" (issue 26): the last line says it failed and the watch goes on.
    const last = w.said().trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^Chưa dựng được \(lỗi ở trên\): sửa rồi lưu, vanban dựng lại\. Đang theo dõi 2 tệp/);
    expect(Buffer.compare(readFileSync(join(out, 'ninh-binh-2024.docx')), good)).toBe(0);

    w.stop.abort();
    expect(await w.done).toBe(1);
    expect(w.said().trimEnd().endsWith('Đã dừng theo dõi.')).toBe(true);
  });

  it('builds a plan that appears in a folder given as input, and only the plan that changed', async () => {
    const dir = projectWithPlan('watch-folder-');
    const plans = join(dir, 'plans');
    const out = join(dir, 'out');
    mkdirSync(plans);
    const text = readFileSync(join(dir, 'ninh-binh-2024.yaml'), 'utf8').replace('agencies: ninh-binh-2024.agencies.yaml', 'agencies: ../ninh-binh-2024.agencies.yaml');
    writeFileSync(join(plans, 'a.yaml'), text);
    const w = startWatch([plans], out);
    await w.cycles(1);
    expect(w.said()).toContain('Đã ghi');

    save(join(plans, 'b.yaml'), text.replace('Tăng cường tuyên truyền', 'Kế hoạch B tuyên truyền'));
    await w.cycles(2);
    expect(documentXml(out, 'b')).toContain('Kế hoạch B tuyên truyền');

    const before = w.said().length;
    save(join(plans, 'b.yaml'), text.replace('Tăng cường tuyên truyền', 'Kế hoạch B lần hai'));
    await w.cycles(3);
    const second = w.said().slice(before);
    expect(second).toContain('b.docx');
    expect(second).not.toContain('a.docx');
    expect(documentXml(out, 'b')).toContain('Kế hoạch B lần hai');

    w.stop.abort();
    expect(await w.done).toBe(0);
  });

  it('builds again when a template of the --templates folder changes', async () => {
    const dir = projectWithPlan('watch-templates-');
    const templates = join(dir, 'mau-tinh');
    mkdirSync(join(templates, 'plan'), { recursive: true });
    const basis = readFileSync(join(ROOT, 'templates', 'plan', 'basis.hbs'), 'utf8');
    writeFileSync(join(templates, 'plan', 'basis.hbs'), basis);
    const out = join(dir, 'out');
    const w = startWatch([join(dir, 'ninh-binh-2024.yaml')], out, templates);
    await w.cycles(1);
    expect(documentXml(out, 'ninh-binh-2024')).not.toContain('Căn cứ thêm của tỉnh');

    save(join(templates, 'plan', 'basis.hbs'), basis + '<p>Căn cứ thêm của tỉnh.</p>\n');
    await w.cycles(2);
    expect(documentXml(out, 'ninh-binh-2024')).toContain('Căn cứ thêm của tỉnh');
    w.stop.abort();
    expect(await w.done).toBe(0);
  });

  it('vanban build --watch: Ctrl+C (SIGINT) stops it with the last build\'s exit code, no stack trace', async () => {
    const dir = projectWithPlan('watch-cli-');
    const child = spawn(process.execPath, [BIN, 'build', 'ninh-binh-2024.yaml', '--out', 'out', '--watch'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let said = '';
    let interrupted = false;
    child.stderr.on('data', (t: Buffer) => {
      said += t.toString();
      if (!interrupted && said.includes('Đang theo dõi')) interrupted = child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(said).toContain('Đã ghi out/ninh-binh-2024.docx');
    expect(said.trimEnd().endsWith('Đã dừng theo dõi.')).toBe(true);
    expect(code).toBe(0);
    expect(said).not.toMatch(STACK_LINE);
  });
});
