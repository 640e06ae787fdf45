/**
 * Encoders for text that leaves the site inside another format's syntax. Editors write every
 * name, note and body, and CI builds what they write, so no text field may ever be read as
 * markup or code by the program that opens the output. Each sink has one encoder here and
 * applies it to every text it writes; Astro's own escaping covers HTML pages and attributes.
 */

const MARKUP_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML or XML character data: `<b>` stays four characters to read, never an element.
 * The entities are the same in both languages, so sitemap addresses and feed text share it.
 */
export function toEscapedMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => MARKUP_ENTITIES[char]!);
}

// XML 1.0 cannot carry most C0 controls, lone surrogates or U+FFFE/U+FFFF, even escaped: one of
// them (a YAML "\x0b" in a name) makes a feed reader refuse the whole file.
const NON_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters an XML document cannot contain. */
export function toXmlCharacters(text: string): string {
  return text.replace(NON_XML_CHARACTERS, '');
}

/** Text typed as it should read, as the body of an MDX file: `<` and `{` would start a tag or code. */
export function toMdxText(text: string): string {
  return text.trim().replace(/[<{}]/g, '\\$&');
}

/**
 * Text as Markdown that reads as written (a pull request's summary page): an editor's name with
 * `*`, `_`, `[…](…)` or `<img>` must not turn into emphasis, a link, an image or markup there.
 * A link or an image needs `[`, so `(` and `!` can stay as they are.
 */
export function toEscapedMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, '\\$&');
}

const SCRIPT_JSON_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * A value as JSON inside an HTML <script> data block (application/json, application/ld+json):
 * a `<` in a name would let `</script>` or `<!--` change where the element ends, so every `<`
 * is written as its JSON escape. `>` and `&` get one too, so the text reads the same to a
 * reader that treats the block as markup, and U+2028/U+2029, which older JavaScript parsers
 * take for line ends. JSON.parse gives back the same value.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_JSON_ESCAPES[char]!);
}
