import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../helpers/build.js';
import { projectTemp, runCli, spawnCli } from '../helpers/cli.js';

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
    expect(byDay).toContain('2024-07-01…2024-10-01 Tham mưu mở đợt cao điểm tấn công, trấn áp tội phạm mua bán người trên phạm vi toàn…');
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
});
