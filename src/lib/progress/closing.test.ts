import { describe, expect, test } from 'vitest';
import { formatReportPreview, toPlanTextWithPeriod, toReportFile, toReportTextWithErrata } from './closing';
import { toMdxText } from '../publishing/escape';
import { parseYamlData } from '../content/frontmatter';
import { VALID_CONTENT_FILES } from '../testing/test-fixtures';
import { validateContent } from '../validation/validate';

const II = { id: 'ii-semestre', nombre: 'II semestre', corte: '2021-12-31' };

describe('adding a period to the plan file', () => {
  test('appends it to the list as the other periods are written, keeping comments and what follows', () => {
    const plan = [
      '# Plan 2021.',
      'titulo: Plan 2021',
      'anio: 2021',
      'periodos:',
      '  # El primer corte.',
      '  - id: i-semestre',
      '    nombre: I semestre',
      '    corte: 2021-06-30',
      '',
      '# Componentes del plan.',
      'componentes:',
      '  - id: dialogo',
      '    nombre: Diálogo',
      '',
    ].join('\n');
    expect(toPlanTextWithPeriod(plan, II)).toBe(
      plan.replace('    corte: 2021-06-30\n', '    corte: 2021-06-30\n  - id: ii-semestre\n    nombre: II semestre\n    corte: 2021-12-31\n'),
    );
  });

  test('handles a list written at the key column, an empty list and a missing key', () => {
    const atColumn = 'titulo: Plan\nperiodos:\n- id: i-semestre\n  nombre: I semestre\n  corte: 2021-06-30\n';
    expect(parseYamlData(toPlanTextWithPeriod(atColumn, II)!).periodos).toHaveLength(2);
    expect(parseYamlData(toPlanTextWithPeriod('titulo: Plan\nperiodos: []\n', II)!).periodos).toEqual([II]);
    expect(parseYamlData(toPlanTextWithPeriod('titulo: Plan\n', II)!).periodos).toEqual([II]);
  });

  test('quotes a name YAML would misread, and gives up on a layout it cannot extend safely', () => {
    const named = toPlanTextWithPeriod('periodos: []\n', { ...II, nombre: 'II semestre: julio a diciembre' })!;
    expect(parseYamlData(named).periodos).toEqual([{ ...II, nombre: 'II semestre: julio a diciembre' }]);
    expect(toPlanTextWithPeriod('periodos: [{ id: i-semestre, nombre: I, corte: 2021-06-30 }]\n', II)).toBeUndefined();
  });
});

describe('the report file of a closed period', () => {
  const files = VALID_CONTENT_FILES;
  const plan = validateContent(files, 'content', '2021-07-15').catalog.plans[0]!;
  const draft = { plan, period: plan.periods[0]!, titulo: 'Informe del I semestre', objetivo: 'Informar a la ciudadanía {sin código}.', body: toMdxText('Un informe <breve>.') };

  test('records the figures it publishes, and is valid content as written', () => {
    const file = toReportFile(draft);
    expect(file.path).toBe('informes/2021/i-semestre.mdx');
    expect(file.text).toContain('cifras:\n  ejecucion: 100\n  avance: 100\n  programados: 1\n  ejecutados: 1\n  productos: 1\n');
    expect(file.text).toContain('Un informe \\<breve>.');
    const { problems } = validateContent([...files, { path: `content/${file.path}`, text: file.text }], 'content', '2021-07-15');
    expect(problems).toEqual([]);
  });

  test('tells the editor what the report will say before it is published', () => {
    const { record } = toReportFile(draft);
    expect(formatReportPreview(draft, record)).toEqual([
      'El informe «Informe del I semestre», con corte al 30 de junio de 2021, dirá:',
      '  - 100% de ejecución del I semestre. 1 de 1 producto programado hasta el 30 de junio de 2021 se ejecutó.',
      '  - 100% de avance global del plan. Promedio de ejecución del único producto al 30 de junio de 2021.',
    ]);
  });
});

describe('adding a correction to a report file', () => {
  const errata = { fecha: '2021-09-15', motivo: 'El acta estaba mal fechada.', productos: { realizar: { componente: 'dialogo', programado: true, ejecucion: 100 } } };
  const report = '---\nplan: 2021\nperiodo: i-semestre\ntitulo: Informe\nobjetivo: Informar.\n---\nTexto del informe.\n';

  test('adds the list when the report has none, and keeps the body', () => {
    const text = toReportTextWithErrata(report, errata)!;
    expect(text).toBe(
      '---\nplan: 2021\nperiodo: i-semestre\ntitulo: Informe\nobjetivo: Informar.\nerratas:\n  - fecha: 2021-09-15\n    motivo: El acta estaba mal fechada.\n    productos:\n      realizar: { componente: dialogo, programado: true, ejecucion: 100 }\n---\nTexto del informe.\n',
    );
  });

  test('appends to the list when the report has corrections, even with fields after it', () => {
    const first = toReportTextWithErrata(report, errata)!.replace('---\nTexto', 'cifras:\n  productos: 1\n---\nTexto');
    const second = toReportTextWithErrata(first, { ...errata, fecha: '2021-10-01', motivo: 'Otra corrección: con dos puntos.' })!;
    expect(parseYamlData(second.split('---\n')[1]!).erratas).toEqual([errata, { ...errata, fecha: '2021-10-01', motivo: 'Otra corrección: con dos puntos.' }]);
    expect(second).toContain('cifras:\n  productos: 1\n---\nTexto del informe.\n');
  });

  test('keeps the Windows line breaks of a file written with them', () => {
    const text = toReportTextWithErrata(report.replace(/\n/g, '\r\n'), errata)!;
    expect(text.split('\r\n').length - 1).toBe(text.split('\n').length - 1);
  });
});
