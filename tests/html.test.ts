import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { getCheckedSites } from './support/checked-sites';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(getCheckedSites())("every page of the $name site is valid HTML by html-validate's recommended rules (.htmlvalidate.json)", ({ build }) => {
  const pages = readdirSync(build.outDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .sort();

  test('there are pages to check, the home and not-found pages included', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html']));
  });

  test.each(pages)('%s', async (page) => {
    const report = await validator.validateFile(join(build.outDir, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});

test('the editor components render valid HTML too', async () => {
  const report = await validator.validateFile(join(inject('editorSite').outDir, '2021/actividades/espacio-virtual/index.html'));
  expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
});
