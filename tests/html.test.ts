import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';

const site = inject('site');
const pages = readdirSync(site.outDir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.html'))
  .sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe("every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json)", () => {
  test('there are pages to check, the home and not-found pages included', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html']));
  });

  test('the editor components render valid HTML too', async () => {
    const editorSite = inject('editorSite');
    const report = await validator.validateFile(join(editorSite.outDir, '2021/actividades/espacio-virtual/index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  test.each(pages)('%s', async (page) => {
    const report = await validator.validateFile(join(site.outDir, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
