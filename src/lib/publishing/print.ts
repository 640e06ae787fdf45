/**
 * The stylesheets that make a printed page a document someone can file: who published it, what
 * it is, its cut-off and its page number in the margins of every sheet, and the address behind
 * every link. They are generated (src/pages/impresion.css.ts and the report's impresion.css)
 * because the names come from content, and the Content Security Policy refuses inline styles.
 */
import { formatDate } from '../i18n/format';
import type { PlainDate } from '../content/dates';
import { t } from '../i18n';

const HEX_ESCAPE_NEEDED = /[^\x20-\x7e]|["\\]/u;

/**
 * A CSS string token that reads back as `text`, whatever an editor typed: quotes, backslashes,
 * line breaks, emoji. Every character outside printable ASCII is written as a code point
 * escape, so the file means the same even when a host serves it without a charset. The space
 * after each escape ends it, so a following hex digit or space is not read into it.
 */
export function toCssString(text: string): string {
  let body = '';
  for (const character of text) {
    if (!HEX_ESCAPE_NEEDED.test(character)) body += character;
    else if (character === '"' || character === '\\') body += `\\${character}`;
    else {
      const code = character.codePointAt(0)!;
      // CSS reads U+0000 and lone surrogates as U+FFFD anyway: writing it says so.
      const written = code === 0 || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code;
      body += `\\${written.toString(16)} `;
    }
  }
  return `"${body}"`;
}

/** A `content` value: text, and the printer's page counters where the words put them. */
function toContent(parts: readonly (string | { counter: 'page' | 'pages' })[]): string {
  return parts
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? toCssString(part) : `counter(${part.counter})`))
    .join(' ');
}

/** Margin text is small and grey: it frames the page without competing with its figures. */
const MARGIN_TEXT = 'font-family: var(--pp-font, system-ui, sans-serif);\n    font-size: 8.5pt;\n    line-height: 1.3;\n    color: #4a4a4a;';

function toMarginBox(box: string, content: string, align: 'left' | 'right'): string {
  return `  @${box} {\n    content: ${content};\n    ${MARGIN_TEXT}\n    text-align: ${align};\n    vertical-align: middle;\n  }\n`;
}

export interface SitePrint {
  /** The entity that publishes the site (content/sitio.yaml). */
  entity: string;
  /** SITE_URL, when the build has one: printed links then carry a full address. */
  site: URL | undefined;
}

/**
 * The print stylesheet of every page: the entity above and "Página 3 de 6" below on each sheet,
 * and the address of every link to the site's own pages after its text, so that a reader of
 * the paper can find what the screen linked to. Only the origin is written: hrefs already
 * carry the base path (BASE_PATH). Links that lead within the page (#…) are skipped, and so
 * are those marked .pp-print-no-address: the letterhead, and links whose text already is
 * their address.
 */
export function toSitePrintCss({ entity, site }: SitePrint): string {
  const pageNumber = t.ui.print.pageNumber({ counter: 'page' as const }, { counter: 'pages' as const });
  const address = site ? `${toCssString(` (${site.origin}`)} attr(href) ")"` : `" (" attr(href) ")"`;
  return [
    '@page {\n',
    toMarginBox('top-left', toContent([entity]), 'left'),
    toMarginBox('bottom-right', toContent(pageNumber), 'right'),
    '}\n\n',
    `a[href^="/"]:not(.pp-print-no-address)::after {\n  content: ${address};\n  overflow-wrap: anywhere;\n  font-size: 0.9em;\n  font-weight: normal;\n}\n`,
  ].join('');
}

export interface ReportPrint {
  entity: string;
  /** The report's title, as its page's heading. */
  title: string;
  cutoff: PlainDate;
  /** The report's own full address, when the build has SITE_URL: where the paper came from. */
  address: string | undefined;
}

/**
 * The print stylesheet of a period report, loaded after the site's: every sheet says whose
 * report it is, which one and at what cut-off, so a single page taken from the file still
 * reads on its own.
 */
export function toReportPrintCss({ entity, title, cutoff, address }: ReportPrint): string {
  const header = [entity, title, t.ui.cutoffLabel(formatDate(cutoff))].join(t.ui.print.separator);
  return [
    '@page {\n',
    toMarginBox('top-left', toContent([header]), 'left'),
    ...(address ? [toMarginBox('bottom-left', toContent([address]), 'left')] : []),
    '}\n',
  ].join('');
}

/**
 * True when a link's text is its own address ("https://www.youtube.com/watch?v=…", or it
 * without the scheme): printing the address after it would say the same thing twice.
 */
export function isAddressText(text: string, href: string): boolean {
  const toBare = (value: string) =>
    value
      .trim()
      .replace(/^(?:https?:\/\/|mailto:)/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return toBare(text) !== '' && toBare(text) === toBare(href);
}
