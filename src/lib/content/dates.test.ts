import { describe, expect, test } from 'vitest';
import { compareDates, getMonthStart, getYearEnd, getYearStart, isPlainDate, toPlainDate, toSameDayInYear } from './dates';

describe('isPlainDate', () => {
  test('accepts a real calendar day written as YYYY-MM-DD', () => {
    expect(isPlainDate('2021-06-30')).toBe(true);
    expect(isPlainDate('2024-02-29')).toBe(true);
  });

  test('rejects days that a lenient parser would roll over into another month', () => {
    expect(isPlainDate('2021-13-45')).toBe(false);
    expect(isPlainDate('2021-02-29')).toBe(false);
    expect(isPlainDate('2021-04-31')).toBe(false);
    expect(isPlainDate('2021-00-10')).toBe(false);
    expect(isPlainDate('2021-06-00')).toBe(false);
  });

  test('rejects other spellings of a date', () => {
    expect(isPlainDate('30/06/2021')).toBe(false);
    expect(isPlainDate('2021-6-30')).toBe(false);
    expect(isPlainDate('2021-06-30T00:00:00Z')).toBe(false);
    expect(isPlainDate('')).toBe(false);
  });
});

describe('date helpers', () => {
  test('orders plain dates oldest first and gives the first day of their month', () => {
    expect(['2021-12-01', '2021-01-31', '2021-06-30'].sort(compareDates)).toEqual([
      '2021-01-31',
      '2021-06-30',
      '2021-12-01',
    ]);
    expect(getMonthStart('2021-06-30')).toBe('2021-06-01');
  });

  test('gives the first and last day of a year', () => {
    expect(getYearStart(2021)).toBe('2021-01-01');
    expect(getYearEnd(2021)).toBe('2021-12-31');
  });

  test('moves a date to another year, the fix offered for a mistyped year, unless that year lacks the day', () => {
    expect(toSameDayInYear('2201-06-30', 2021)).toBe('2021-06-30');
    expect(toSameDayInYear('2024-02-29', 2021)).toBeUndefined();
  });
});

describe('today in Bogotá', () => {
  test('is the calendar day in Colombia, not in UTC', () => {
    expect(toPlainDate(new Date('2021-07-01T03:00:00Z'), 'America/Bogota')).toBe('2021-06-30');
    expect(toPlainDate(new Date('2021-07-01T06:00:00Z'), 'America/Bogota')).toBe('2021-07-01');
  });
});
