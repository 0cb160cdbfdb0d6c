import { describe, expect, it } from 'vitest';
import { parseDeadline, timeframePhrase } from '../../src/text/deadline.js';

describe('deadlines as plans write them', () => {
  it('reads a day, a month, a quarter, a half-year and a year, with the window each allows and the words it prints', () => {
    expect(parseDeadline('2024-06-30')).toMatchObject({ precision: 'day', from: '2024-06-30', iso: '2024-06-30', phrase: 'hoàn thành trước ngày 30/6/2024', short: '30/6/2024' });
    expect(parseDeadline('Quý II/2025')).toMatchObject({ precision: 'quarter', from: '2025-04-01', iso: '2025-06-30', phrase: 'hoàn thành trong Quý II/2025' });
    expect(parseDeadline('quý 4 năm 2024')).toMatchObject({ precision: 'quarter', from: '2024-10-01', iso: '2024-12-31', short: 'Quý IV/2024' });
    expect(parseDeadline('tháng 2/2024')).toMatchObject({ precision: 'month', from: '2024-02-01', iso: '2024-02-29', phrase: 'hoàn thành trong tháng 2/2024' });
    expect(parseDeadline('Tháng 12 năm 2025')).toMatchObject({ precision: 'month', iso: '2025-12-31', short: 'Tháng 12/2025' });
    expect(parseDeadline('6 tháng đầu năm 2025')).toMatchObject({ precision: 'half-year', from: '2025-01-01', iso: '2025-06-30' });
    expect(parseDeadline('06 tháng cuối năm 2025')).toMatchObject({ precision: 'half-year', from: '2025-07-01', iso: '2025-12-31' });
    expect(parseDeadline('Năm 2025')).toMatchObject({ precision: 'year', from: '2025-01-01', iso: '2025-12-31', phrase: 'hoàn thành trong năm 2025' });
  });
  it('reads standing duties, which have no last day', () => {
    expect(parseDeadline('Thường xuyên')).toEqual({ written: 'Thường xuyên', precision: 'ongoing', phrase: 'thực hiện thường xuyên', short: 'Thường xuyên' });
    expect(parseDeadline('hàng quý')).toMatchObject({ precision: 'recurring', every: 'quarter', phrase: 'thực hiện hằng quý' });
    expect(parseDeadline('hằng năm')).toMatchObject({ precision: 'recurring', every: 'year' });
  });
  it('refuses what is none of them, impossible days and months included', () => {
    for (const bad of ['quý 5/2025', 'tháng 13/2025', '2025-02-30', 'sớm', 'trước Tết', 'năm 25']) expect(parseDeadline(bad), bad).toBeUndefined();
  });
});

describe('timeframePhrase', () => {
  it('prints a timeframe the task\'s words do not give, the year once when both ends share it', () => {
    expect(timeframePhrase({ from: '2026-07-01', to: '2026-09-30' }, 'Mở đợt cao điểm.')).toBe('từ ngày 01/7 đến ngày 30/9/2026');
    expect(timeframePhrase({ from: '2026-12-01', to: '2027-02-28' }, 'Mở đợt cao điểm.')).toBe('từ ngày 01/12/2026 đến ngày 28/02/2027');
    expect(timeframePhrase(undefined, 'Mở đợt cao điểm.')).toBeUndefined();
  });
  it('says nothing when the words already give both dates, however they are written', () => {
    expect(timeframePhrase({ from: '2024-07-01', to: '2024-09-30' }, 'thời gian từ ngày 01/7/2024 đến hết ngày 30/9/2024')).toBeUndefined();
    expect(timeframePhrase({ from: '2024-07-01', to: '2024-09-30' }, 'từ 1/7 - 30/09')).toBeUndefined();
    // One date in the words is not both: 11/7 is not 1/7.
    expect(timeframePhrase({ from: '2024-07-01', to: '2024-09-30' }, 'từ 11/7 đến 30/9')).toBe('từ ngày 01/7 đến ngày 30/9/2024');
  });
});
