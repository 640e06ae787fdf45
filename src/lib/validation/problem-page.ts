/**
 * The page `npm run dev` shows instead of the site while the content has errors, so an editor
 * never reads a page whose figures quietly left out a broken file. It holds the very text
 * `npm run validar`, the build and the dev terminal print (formatProblems), lines to copy
 * included, so the three never disagree.
 */
import { toEscapedMarkup } from '../publishing/escape';
import { t } from '../i18n';
import { formatProblems, type Problem } from './problems';

/**
 * The whole HTML page. `reloadScript` is the address of the script that reloads the page when
 * the files change (the dev server's own client), so the site comes back without a click.
 */
export function toProblemPageHtml(problems: readonly Problem[], reloadScript: string): string {
  return [
    '<!doctype html>',
    `<html lang="${t.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${toEscapedMarkup(t.preview.title)}</title>`,
    // No icon request: the site's icon may be what is broken, and a 404 would be one more error to read.
    '<link rel="icon" href="data:,">',
    // The list keeps its line breaks and indentation (lines to copy into a file), wrapped to the window.
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap}</style>',
    `<script type="module" src="${toEscapedMarkup(reloadScript)}"></script>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${toEscapedMarkup(t.preview.title)}</h1>`,
    `<p>${toEscapedMarkup(t.preview.intro)}</p>`,
    `<pre>${toEscapedMarkup(formatProblems(problems))}</pre>`,
    `<p>${toEscapedMarkup(t.preview.recovers)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
