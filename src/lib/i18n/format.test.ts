import { describe, expect, test } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPageTitle, formatPercent } from './format';

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

  test('never prints a sign on zero, even on a negative zero or a value that rounds to it', () => {
    for (const zero of [-0, -0.4, -0.000001]) {
      expect(formatPercent(zero)).toMatch(/^0\s?%$/);
      expect(formatNumber(zero)).toBe('0');
    }
    expect(formatPercent(-5)).toMatch(/^-5\s?%$/);
    expect(formatNumber(-3)).toBe('-3');
  });
});

describe('formatPageTitle', () => {
  test('names the plan of a plan\'s page by its id, unless the page name already says it', () => {
    expect(formatPageTitle('Cronograma del plan', 'ENTerritorio', '2021')).toBe('Cronograma del plan · 2021 · ENTerritorio');
    expect(formatPageTitle('Plan de Participación Ciudadana 2021', 'ENTerritorio', '2021')).toBe('Plan de Participación Ciudadana 2021 · ENTerritorio');
  });

  test('cuts a long page name, never the plan: two plans\' pages keep titles of their own', () => {
    const name = 'Evidencias (Cumplida, Desarrollo de espacios de diálogo con los grupos de valor)';
    const titles = ['2021', '2022'].map((plan) => formatPageTitle(name, 'ENTerritorio', plan));
    expect(titles[0]).toMatch(/^Evidencias \(Cumplida, .*… · 2021 · ENTerritorio$/);
    expect(titles[0]!.length).toBeLessThanOrEqual(70);
    expect(new Set(titles).size).toBe(2);
  });

  test('keeps short titles whole, with the entity', () => {
    expect(formatPageTitle('Glosario', 'ENTerritorio')).toBe('Glosario · ENTerritorio');
  });

  test('cuts a long activity name at a word, within 70 characters', () => {
    const title = formatPageTitle(
      'Generar espacio virtual para la interacción de la ciudadanía referente a la gestión de ENTerritorio',
      'ENTerritorio',
    );
    expect(title).toBe('Generar espacio virtual para la interacción… · ENTerritorio');
    expect(title.length).toBeLessThanOrEqual(70);
  });
});

