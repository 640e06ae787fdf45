import { describe, expect, test } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPercent } from './format';

describe('formatting in Spanish (Colombia)', () => {
  test('writes calendar days in words, on the same day whatever the time zone of the build machine', () => {
    expect(formatDate('2021-06-30')).toBe('30 de junio de 2021');
    expect(formatDate('2021-01-01')).toBe('1 de enero de 2021');
    expect(formatDate('2021-12-31')).toBe('31 de diciembre de 2021');
    expect(formatMonth('2021-06-30')).toBe('junio de 2021');
  });

  test('writes whole percentages and thousands the Colombian way', () => {
    expect(formatPercent(80)).toMatch(/^80\s?%$/);
    expect(formatPercent(0)).toMatch(/^0\s?%$/);
    expect(formatNumber(15)).toBe('15');
    expect(formatNumber(12500)).toBe('12.500');
  });
});
