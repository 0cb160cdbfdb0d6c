import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../helpers/build.js';
import { projectTemp, ROOT, runCli, spawnCli } from '../helpers/cli.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';

const require = createRequire(import.meta.url);
// Two parsers that share no code with ical-generator, nor with each other.
const ICAL = require('ical.js') as typeof import('ical.js').default;
const nodeIcal = require('node-ical') as { sync: { parseICS(text: string): Record<string, { type: string; summary?: string; start?: Date; uid?: string }> } };

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('vanban calendar (seed 001)', () => {
  it('writes the campaign window and every reporting deadline as all-day events that two independent parsers read alike', async () => {
    const out = join(projectTemp('calendar-'), 'nb.ics');
    const r = await runCli(['calendar', PLANS.ninhBinh, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    const evs = events(text);
    const byDay = evs.map((e) => `${e.startDate.toString()}…${e.endDate.toString()} ${e.summary}`);
    // The đợt cao điểm: 01/7 to 30/9/2024 (DTEND is the day after, as iCalendar counts).
    expect(byDay).toContain('2024-07-01…2024-10-01 Tham mưu mở đợt cao điểm tấn công, trấn áp tội phạm mua bán người trên phạm vi toàn tỉnh…');
    // "Định kỳ theo quý, 06 tháng, 01 năm … gửi về Ban Chỉ đạo 138 tỉnh (qua Công an tỉnh)": the plan names no day, so each falls on its period's last day and says so.
    const reports = evs.filter((e) => e.summary.includes('về Ban Chỉ đạo 138 tỉnh')).map((e) => `${e.startDate.toString()} ${e.summary}`);
    expect(reports).toEqual([
      '2024-03-31 Hạn gửi báo cáo quý về Ban Chỉ đạo 138 tỉnh',
      '2024-06-30 Hạn gửi báo cáo 6 tháng về Ban Chỉ đạo 138 tỉnh',
      '2024-06-30 Hạn gửi báo cáo quý về Ban Chỉ đạo 138 tỉnh',
      '2024-09-30 Hạn gửi báo cáo quý về Ban Chỉ đạo 138 tỉnh',
      '2024-12-31 Hạn gửi báo cáo 6 tháng về Ban Chỉ đạo 138 tỉnh',
      '2024-12-31 Hạn gửi báo cáo quý về Ban Chỉ đạo 138 tỉnh',
      '2024-12-31 Hạn gửi báo cáo năm về Ban Chỉ đạo 138 tỉnh',
    ]);
    for (const e of evs) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.component.getFirstPropertyValue('x-vanban-precision')).toMatch(/^(day|period-end)$/);
    }
    const second = Object.values(nodeIcal.sync.parseICS(text)).filter((x) => x.type === 'VEVENT');
    expect(second.map((e) => e.uid).sort()).toEqual(evs.map((e) => e.uid).sort());
    expect(new Set(evs.map((e) => e.uid)).size).toBe(evs.length);
  });

  it('a second export is byte-identical, in any time zone; an agency\'s calendar keeps its own stable ids', async () => {
    const dir = projectTemp('calendar-again-');
    const a = join(dir, 'a.ics');
    const b = join(dir, 'b.ics');
    expect(spawnCli(['calendar', PLANS.dongNai, '--out', a], { env: { TZ: 'America/Los_Angeles' } }).code).toBe(0);
    expect(spawnCli(['calendar', PLANS.dongNai, '--out', b], { env: { TZ: 'Asia/Tokyo' } }).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    // Seed 002: reports before 15/5 and 15/11 each year, through the Sở Lao động - Thương binh và Xã hội.
    const days = events(readFileSync(a, 'utf8')).map((e) => e.startDate.toString());
    expect(days).toEqual(expect.arrayContaining(['2017-05-15', '2017-11-15', '2020-11-25']));
    const mine = join(dir, 'ldtbxh.ics');
    expect((await runCli(['calendar', PLANS.dongNai, '--agency', 'so-lao-dong-thuong-binh-va-xa-hoi', '--out', mine])).code).toBe(0);
    for (const e of events(readFileSync(mine, 'utf8'))) expect(e.uid).toMatch(/\.so-lao-dong-thuong-binh-va-xa-hoi@vanban$/);
  });

  it('the draft\'s events keep their ids when the plan is issued (number and date come), so a calendar updates, not doubles, them (issue 26)', async () => {
    const dir = projectTemp('calendar-draft-');
    for (const f of ['dong-nai-2016.yaml', 'dong-nai-2016.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(dir, f));
    writeFileSync(join(dir, '.git'), '');
    const issued = join(dir, 'dong-nai-2016.yaml');
    expect((await runCli(['calendar', issued, '--out', join(dir, 'issued.ics')], { cwd: dir })).code).toBe(0);
    writeFileSync(issued, readFileSync(issued, 'utf8').replace(/^  number: \d+\n/m, '').replace(/^  date: 2016-12-12$/m, '  date: 2016-12-01'));
    expect((await runCli(['calendar', issued, '--out', join(dir, 'draft.ics')], { cwd: dir })).code).toBe(0);
    const ids = (f: string) => events(readFileSync(join(dir, f), 'utf8')).map((e) => e.uid).sort();
    expect(ids('draft.ics').length).toBeGreaterThan(5);
    expect(ids('draft.ics')).toEqual(ids('issued.ics'));
  });

  it('rewriting the calendar raises SEQUENCE on the events that changed, and only on those, each time they change (issue 26)', async () => {
    const dir = projectTemp('calendar-sequence-');
    for (const f of ['ninh-binh-2024.yaml', 'ninh-binh-2024.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(dir, f));
    writeFileSync(join(dir, '.git'), '');
    const plan = join(dir, 'ninh-binh-2024.yaml');
    const out = join(dir, 'nb.ics');
    const sequences = () => {
      const text = readFileSync(out, 'utf8').replace(/\r?\n[ \t]/g, '');
      return new Map([...text.matchAll(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g)].map((m) => [/^UID:(.+)$/m.exec(m[0])![1]!.trim(), Number(/^SEQUENCE:(\d+)$/m.exec(m[0])![1])]));
    };
    const run = async () => expect((await runCli(['calendar', plan, '--out', out, '--force'], { cwd: dir })).code).toBe(0);
    await run();
    const first = sequences();
    expect([...first.values()].every((s) => s === 0)).toBe(true);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('Tham mưu mở đợt cao điểm', 'Tham mưu mở đợt cao điểm lớn'));
    await run();
    const changed = [...sequences()].filter(([, s]) => s > 0);
    expect(changed.map(([uid, s]) => [uid.split('.').at(-2), s])).toEqual([['dot', 1]]);
    await run();
    expect(sequences()).toEqual(new Map([...first].map(([uid, s]) => [uid, changed.some(([u]) => u === uid) ? 1 : s])));
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('cao điểm lớn', 'cao điểm thứ nhất'));
    await run();
    expect([...sequences()].filter(([, s]) => s > 0).map(([, s]) => s)).toEqual([2]);
  });
});

describe('deadlines written as plans write them (fabricated fixture)', () => {
  const plan = join(ROOT, 'tests', 'fixtures', 'valid', 'deadline-forms.yaml');

  it('prints each in the assignment phrase, and puts each in the calendar with its precision', async () => {
    const dir = projectTemp('deadline-forms-');
    const built = await runCli(['build', plan, '--out', dir, '--format', 'docx']);
    expect(built.code, built.stderr).toBe(0);
    const texts = documentParagraphs(docxParts(readFileSync(join(dir, 'deadline-forms.docx')))).map((p) => p.text);
    const of = (start: string) => texts.find((t) => t.includes(start))!;
    expect(of('Tổng kết việc mẫu')).toContain('hoàn thành trước ngày 30/6/2025)');
    expect(of('Rà soát quy chế mẫu')).toContain('hoàn thành trong Quý II/2025)');
    expect(of('Tập huấn mẫu')).toContain('hoàn thành trong tháng 9/2025)');
    expect(of('Tuyên truyền mẫu')).toContain('thực hiện thường xuyên)');
    expect(of('Kiểm tra mẫu')).toContain('thực hiện hằng quý)');
    // The deadline phrase, and the assignment phrase before it, are data words, each in its character style.
    const para = documentParagraphs(docxParts(readFileSync(join(dir, 'deadline-forms.docx')))).find((p) => p.text.includes('Tổng kết việc mẫu'))!;
    const styled = (style: string) => [...para.xml.matchAll(new RegExp(`<w:rStyle w:val="${style}"/>[\\s\\S]*?<w:t[^>]*>([^<]*)</w:t>`, 'g'))].map((m) => m[1]);
    expect(styled('VBDeadline')).toEqual(['hoàn thành trước ngày 30/6/2025']);
    expect(styled('VBAssignment').length).toBe(1);

    const out = join(dir, 'lich.ics');
    const r = await runCli(['calendar', plan, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const evs = events(readFileSync(out, 'utf8'));
    const find = (s: string) => evs.find((e) => e.summary.includes(s))!;
    const precision = (s: string) => find(s).component.getFirstPropertyValue('x-vanban-precision');
    expect(`${find('Tổng kết việc mẫu').startDate.toString()} ${precision('Tổng kết việc mẫu')}`).toBe('2025-06-30 day');
    // A window falls on its last day and says the plan gave no day.
    expect(`${find('Rà soát quy chế mẫu').startDate.toString()} ${precision('Rà soát quy chế mẫu')}`).toBe('2025-06-30 quarter');
    expect(find('Rà soát quy chế mẫu').description).toContain('Kế hoạch ghi "Quý II/2025", không ghi ngày cụ thể');
    expect(`${find('Tập huấn mẫu').startDate.toString()} ${precision('Tập huấn mẫu')}`).toBe('2025-09-30 month');
    // Standing duties repeat to the end of the plan's period: monthly, or on every quarter's last day.
    const ongoing = find('Tuyên truyền mẫu');
    expect(precision('Tuyên truyền mẫu')).toBe('ongoing');
    expect(ongoing.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20251231');
    const quarterly = find('Kiểm tra mẫu');
    const dates: string[] = [];
    const it = quarterly.iterator();
    for (let next = it.next(); next && dates.length < 10; next = it.next()) dates.push(next.toString());
    expect(dates).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    // The second parser reads the rule too.
    const second = Object.values(nodeIcal.sync.parseICS(readFileSync(out, 'utf8'))).filter((e) => e.type === 'VEVENT');
    expect(second).toHaveLength(evs.length);
  });

  it('refuses a deadline in no known form, where it stands, naming the forms it reads', async () => {
    const dir = projectTemp('deadline-bad-');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(plan, 'utf8').replace('agencies: ../agencies.yaml', `agencies: ${join(ROOT, 'tests', 'fixtures', 'agencies.yaml')}`).replace('deadline: tháng 9/2025', 'deadline: tháng 13/2025').replace('deadline: Quý II/2025', 'deadline: Quý II/2026'));
    const r = await runCli(['validate', bad, '--root', ROOT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:27:\d+ lỗi \[deadline-unreadable\] Không đọc được thời hạn "tháng 13\/2025"; viết theo một trong các dạng: 2025-06-30, Quý II\/2025/);
    expect(r.stderr).toMatch(/bad\.yaml:26:\d+ lỗi \[date-outside-period\] .*Quý II\/2026/);
  });
});
