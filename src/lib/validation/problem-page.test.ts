import { describe, expect, test } from 'vitest';
import { t } from '../i18n';
import { toProblemPageHtml } from './problem-page';
import { formatProblem, type Problem } from './problems';

const dateProblem: Problem = {
  file: 'content/evidencias/2021/2021-06-30-video-youtube.mdx',
  line: 4,
  field: 'fecha',
  detail: '"2021-13-45" no es válido; debe ser una fecha real escrita AAAA-MM-DD, por ejemplo 2021-06-30.',
};

/** The text a reader sees: tags removed, entities read back. */
function toText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('toProblemPageHtml', () => {
  test('says in Spanish that the content has problems, lists each with its file, line and field, and that the page comes back by itself', () => {
    const html = toProblemPageHtml([dateProblem], '/@vite/client');
    expect(html).toMatch(/^<!doctype html>\n<html lang="es-CO">/);
    expect(html).toContain(`<h1>${t.preview.title}</h1>`);
    const text = toText(html);
    expect(text).toContain(t.integrity.problemIntro(1));
    expect(text).toContain(formatProblem(dateProblem));
    expect(text).toContain(t.preview.recovers);
  });

  test('lists warnings after errors, as the terminal does', () => {
    const warning: Problem = { file: 'content/evidencias/2021/b.mdx', field: 'ejemplo', detail: 'es un dato de ejemplo.', severity: 'warning' };
    const text = toText(toProblemPageHtml([warning, dateProblem], '/@vite/client'));
    expect(text.indexOf(formatProblem(dateProblem))).toBeLessThan(text.indexOf(t.integrity.warningIntro(1)));
    expect(text.indexOf(t.integrity.warningIntro(1))).toBeLessThan(text.indexOf(formatProblem(warning)));
  });

  test('escapes what comes from the files, so a value can never become markup', () => {
    const hostile: Problem = { file: 'content/evidencias/2021/<b>.mdx', field: 'titulo', detail: '"<script>alert(1)</script>" & <img src=x onerror=alert(1)> no es válido.' };
    const html = toProblemPageHtml([hostile], '/@vite/client');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(toText(html)).toContain(formatProblem(hostile));
  });

  test('loads the given script, which reloads the page when the files change', () => {
    expect(toProblemPageHtml([dateProblem], '/@vite/client')).toContain('<script type="module" src="/@vite/client"></script>');
  });
});
