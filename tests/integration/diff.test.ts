import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, projectTemp, ROOT, runCli } from '../helpers/cli.js';

/** A second revision of the Ninh Bình plan with six edits a secretariat makes (made up, for the test). */
function revise(dir: string): void {
  const plan = join(dir, 'ninh-binh-2024.yaml');
  let s = readFileSync(plan, 'utf8');
  s = s.replace('Tổ chức tập huấn, bồi dưỡng pháp luật, nghiệp vụ', 'Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật, nghiệp vụ');
  s = s.replace(/(id: tro-giup-phap-ly[\s\S]*?)lead: \[so-tu-phap\]/, '$1lead: [cong-an-tinh]');
  s = s.replace('  - Văn phòng Bộ Công an\n', '');
  s = s.replace('          - id: ngay-toan-dan-va-che-do-bao-cao', '          - id: nhiem-vu-chen-them\n            text: Rà soát các văn bản mới ban hành.\n            lead: [so-tu-phap]\n          - id: ngay-toan-dan-va-che-do-bao-cao');
  s = s.replace(/(            comparator: ">="\n            value: )90/, '$195');
  writeFileSync(plan, s);
  const reg = join(dir, 'ninh-binh-2024.agencies.yaml');
  writeFileSync(reg, readFileSync(reg, 'utf8').replace('name: Sở Lao động - Thương binh và Xã hội', 'name: Sở Nội vụ'));
}

function copyPlan(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of ['ninh-binh-2024.yaml', 'ninh-binh-2024.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(dir, f));
}

describe('vanban diff', () => {
  it('names each change by number and id, words changed word by word, the renumbering an insertion causes, the reach of a renamed agency', async () => {
    const project = projectTemp('diff-');
    mkdirSync(join(project, '.git'));
    copyPlan(join(project, 'v1'));
    copyPlan(join(project, 'v2'));
    revise(join(project, 'v2'));
    const [v1, v2] = ['v1', 'v2'].map((v) => join(project, v, 'ninh-binh-2024.yaml')) as [string, string];
    const r = await runCli(['diff', v1, v2]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      '~ Đổi chỉ tiêu I.2, chỉ tiêu thứ 5 [xet-xu]: ≥ 90 % → ≥ 95 %',
      '+ Thêm nhiệm vụ II.1 (thứ 3) [nhiem-vu-chen-them]: “Rà soát các văn bản mới ban hành.”',
      '~ Sửa lời nhiệm vụ II.1 (thứ 5) [tap-huan-boi-duong]: Tổ chức tập huấn, bồi dưỡng {+kiến thức +}pháp luật, nghiệp vụ, …',
      '~ Đổi phân công nhiệm vụ II.4 (thứ 3) [tro-giup-phap-ly]: Sở Tư pháp: thôi chủ trì; Công an tỉnh: thêm vào, chủ trì',
      '# Đổi số ở mục II.1: (thứ 3), (thứ 4) thành (thứ 4), (thứ 5), do [nhiem-vu-chen-them] chèn, bỏ hoặc chuyển chỗ',
      '- Bỏ nơi nhận: Văn phòng Bộ Công an',
      '~ Đổi tên cơ quan [so-lao-dong-thuong-binh-va-xa-hoi]: Sở Lao động - Thương binh và Xã hội → Sở Nội vụ: 3 nhiệm vụ đổi cách viết',
    ]);

    const json = JSON.parse((await runCli(['diff', v1, v2, '--output', 'json'])).stdout) as { version: number; changes: Array<{ kind: string; id?: string }> };
    expect(json.version).toBe(1);
    expect(json.changes.map((c) => c.kind)).toEqual(['target-changed', 'added', 'reworded', 'reassigned', 'renumbered', 'recipient-removed', 'agency-renamed']);
    const md = (await runCli(['diff', v1, v2, '--output', 'markdown'])).stdout;
    expect(md).toContain('bồi dưỡng **kiến thức** pháp luật');
    expect(md).toContain('`tro-giup-phap-ly`');

    const same = await runCli(['diff', v1, v1]);
    expect(same.stdout).toBe('Không có thay đổi.\n');
  });

  it('tells a move from the renumbering it causes', async () => {
    const project = projectTemp('diff-move-');
    mkdirSync(join(project, '.git'));
    copyPlan(join(project, 'v1'));
    copyPlan(join(project, 'v2'));
    const plan = join(project, 'v2', 'ninh-binh-2024.yaml');
    const text = readFileSync(plan, 'utf8');
    const start = text.indexOf('          - id: tap-huan-boi-duong');
    const end = text.indexOf('\n\n      - id: truyen-thong-phong-ngua');
    const block = text.slice(start, end + 1);
    writeFileSync(plan, text.replace(block, '').replace('          - id: luat-phong-chong-mua-ban-nguoi-sua-doi', `${block}          - id: luat-phong-chong-mua-ban-nguoi-sua-doi`));
    const r = await runCli(['diff', join(project, 'v1', 'ninh-binh-2024.yaml'), plan]);
    expect(r.stdout.trim().split('\n')).toEqual([
      '↷ Chuyển nhiệm vụ [tap-huan-boi-duong] từ II.1 (thứ 4) sang II.1 (thứ 2)',
      '# Đổi số ở mục II.1: (thứ 2), (thứ 3) thành (thứ 3), (thứ 4), do [tap-huan-boi-duong] chèn, bỏ hoặc chuyển chỗ',
    ]);
  });

  it('compares with a git revision, reading the old plan and its registry through git', async () => {
    const repo = projectTemp('diff-git-');
    copyPlan(join(repo, 'plans'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' } });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    revise(join(repo, 'plans'));
    const r = await runCli(['diff', 'HEAD', join(repo, 'plans', 'ninh-binh-2024.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('~ Đổi tên cơ quan [so-lao-dong-thuong-binh-va-xa-hoi]: Sở Lao động - Thương binh và Xã hội → Sở Nội vụ');
    expect(r.stdout.trim().split('\n')).toHaveLength(7);
    const bad = await runCli(['diff', 'khong-co-rev', join(repo, 'plans', 'ninh-binh-2024.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('khong-co-rev');
  });
});

describe('git, both ways it offers (real git, in a temporary repository)', () => {
  it('textconv makes git diff and git log -p readable; the external driver says what changed; added and deleted files too', () => {
    const repo = projectTemp('diff-gitcfg-');
    copyPlan(join(repo, 'plans'));
    const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x', GIT_PAGER: 'cat', NO_COLOR: '1' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
    git('init', '-q');
    // Exactly the lines the README gives.
    writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=vanban\n');
    git('config', 'diff.vanban.textconv', `node ${BIN} diff --textconv`);
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    revise(join(repo, 'plans'));

    // textconv: a line a field, so the reworded task is one line out, one line in.
    const plain = git('diff');
    expect(plain).toContain('-- [tap-huan-boi-duong] task: Tổ chức tập huấn, bồi dưỡng pháp luật');
    expect(plain).toContain('+- [tap-huan-boi-duong] task: Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật');
    expect(plain).toContain('+- [nhiem-vu-chen-them] task: Rà soát các văn bản mới ban hành. | chủ trì: so-tu-phap');
    expect(plain).toContain('-[so-lao-dong-thuong-binh-va-xa-hoi] member: Sở Lao động - Thương binh và Xã hội');
    git('commit', '-q', '-am', 'v2');
    expect(git('log', '-p', '-1')).toContain('+- [tro-giup-phap-ly] task: Đẩy mạnh hoạt động phối hợp');

    // The external driver: what changed, in words.
    git('config', 'diff.vanban.command', `node ${BIN} diff --git-driver`);
    const shown = git('show', '--ext-diff', 'HEAD');
    expect(shown).toContain('vanban diff a/plans/ninh-binh-2024.yaml b/plans/ninh-binh-2024.yaml');
    expect(shown).toContain('~ Đổi phân công nhiệm vụ II.4 (thứ 3) [tro-giup-phap-ly]: Sở Tư pháp: thôi chủ trì; Công an tỉnh: thêm vào, chủ trì');
    expect(shown).toContain('~ Đổi tên cơ quan [so-lao-dong-thuong-binh-va-xa-hoi]: Sở Lao động - Thương binh và Xã hội → Sở Nội vụ');
    expect(git('log', '-p', '--ext-diff', '-1')).toContain('+ Thêm nhiệm vụ II.1 (thứ 3) [nhiem-vu-chen-them]');
    // Added and deleted files reach the driver as /dev/null: said, and git goes on.
    writeFileSync(join(repo, 'plans', 'moi.yaml'), 'kind: plan\n');
    git('add', '.');
    git('rm', '-q', 'plans/ninh-binh-2024.agencies.yaml');
    const staged = git('diff', '--cached');
    expect(staged).toContain('+ Tệp mới: plans/moi.yaml');
    expect(staged).toContain('- Tệp bị xóa: plans/ninh-binh-2024.agencies.yaml');
    // A rename reaches it with 9 arguments.
    git('mv', 'plans/ninh-binh-2024.yaml', 'plans/nb.yaml');
    expect(git('diff', '--cached', '-M', '--', 'plans/ninh-binh-2024.yaml', 'plans/nb.yaml')).toContain('vanban diff a/plans/ninh-binh-2024.yaml b/plans/nb.yaml');
  });
});
