import { describe, expect, it } from 'vitest';
import { dayMonth, longDate, parseIsoDate, parseWrittenDate, placeDateLine, shortDate } from '../../src/text/dates.js';

describe('date line', () => {
  it('pads the day below 10 and the month only for January and February', () => {
    expect(placeDateLine('Ninh Bình', parseIsoDate('2024-02-05')!)).toBe('Ninh Bình, ngày 05 tháng 02 năm 2024');
    expect(longDate(parseIsoDate('2019-06-29')!)).toBe('ngày 29 tháng 6 năm 2019');
    expect(longDate(parseIsoDate('2020-01-05')!)).toBe('ngày 05 tháng 01 năm 2020');
    expect(longDate(parseIsoDate('2016-12-12')!)).toBe('ngày 12 tháng 12 năm 2016');
    expect(longDate(parseIsoDate('2025-09-01')!)).toBe('ngày 01 tháng 9 năm 2025');
  });
  it('short citation dates follow the same padding', () => {
    expect(shortDate(parseIsoDate('2024-01-15')!)).toBe('15/01/2024');
    expect(shortDate(parseIsoDate('2016-08-12')!)).toBe('12/8/2016');
    expect(shortDate(parseIsoDate('2021-02-09')!)).toBe('09/02/2021');
  });
});

describe('parseIsoDate', () => {
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2024-02-31')).toBeUndefined();
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('05/02/2024')).toBeUndefined();
  });
  it('accepts leap days', () => expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 }));
});

describe('dayMonth', () => {
  it('prints yearly due days as "15/5"', () => {
    expect(dayMonth('05-15')).toBe('15/5');
    expect(dayMonth('11-25')).toBe('25/11');
    expect(dayMonth('02-30')).toBeUndefined();
  });
});

describe('parseWrittenDate', () => {
  it('reads a date as a text writes it, short or at length, and refuses an impossible one', () => {
    expect(parseWrittenDate('15/12/2026')).toEqual({ year: 2026, month: 12, day: 15 });
    expect(parseWrittenDate('5/1/2026')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(parseWrittenDate('ngày 31 tháng 12 năm 2015')).toEqual({ year: 2015, month: 12, day: 31 });
    expect(parseWrittenDate('30/2/2026')).toBeUndefined();
    expect(parseWrittenDate('2026-12-15')).toBeUndefined();
  });
});
