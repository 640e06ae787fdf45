/**
 * Characters that never belong in what editors write, defined once for every text, id, address
 * and file name. They arrive unseen, pasted from Word, a PDF or an e-mail: control characters
 * break the RSS feed (XML allows none but tab and line breaks) and the open data; characters
 * that change the direction of the text make it read differently from what it holds; and
 * zero-width characters make two names that look the same differ.
 */
import { t } from '../i18n';

/**
 * What a text may hold, by where it goes:
 * - `line`: one-line texts (names, titles), ids, addresses and file names: nothing invisible.
 * - `long`: texts of several lines and whole files: tabs and line breaks, and nothing that
 *   breaks XML or is a control character.
 */
export type TextRule = 'line' | 'long';

export type CharacterKind = 'null' | 'tab' | 'lineBreak' | 'control' | 'invisible' | 'direction' | 'invalid';

// Lone surrogates only match in a `u` regex: a well-formed pair is one code point above U+FFFF.
const INVALID = '\\uFFFE\\uFFFF\\uD800-\\uDFFF';
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const LINE_BREAK = '\\n\\r\\u2028\\u2029';
const INVISIBLE = '\\u200B\\u200C\\u2060-\\u2064\\uFEFF\\u{E0000}-\\u{E007F}';
// The zero-width joiner is also how emoji are combined (👩‍💻): it is refused anywhere else.
const LONE_JOINER = '(?<![\\p{Extended_Pictographic}\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}])\\u200D|\\u200D(?!\\p{Extended_Pictographic})';
const DIRECTION = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

const REFUSED: Record<TextRule, RegExp> = {
  long: new RegExp(`[${CONTROL}${INVALID}]`, 'u'),
  line: new RegExp(`[${CONTROL}${INVALID}\\t${LINE_BREAK}${INVISIBLE}${DIRECTION}]|${LONE_JOINER}`, 'u'),
};

// What messages show in place of a refused character: tabs and line breaks show as themselves.
const UNSEEN = new RegExp(`[${CONTROL}${INVALID}\\u2028\\u2029${INVISIBLE}${DIRECTION}]|${LONE_JOINER}`, 'gu');

const KINDS: readonly [CharacterKind, RegExp][] = (
  [
    ['lineBreak', LINE_BREAK],
    ['control', CONTROL],
    ['invisible', `${INVISIBLE}\\u200D`],
    ['direction', DIRECTION],
  ] as const
).map(([kind, characters]) => [kind, new RegExp(`^[${characters}]$`, 'u')]);

function getKind(character: string): CharacterKind {
  if (character === '\0') return 'null';
  if (character === '\t') return 'tab';
  return KINDS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'invalid';
}

/** U+200B, as Unicode names a character. */
function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character `rule` refuses in a text, and where it is. */
export interface RefusedCharacter {
  code: number;
  kind: CharacterKind;
  /** Line of the text, counted from 1. */
  line: number;
  /** What comes before it on its line, to find it: the last few words, or '' at the start. */
  before: string;
}

export function findRefusedCharacter(text: string, rule: TextRule): RefusedCharacter | undefined {
  const match = REFUSED[rule].exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const preceding = text.slice(0, match.index);
  const lineStart = Math.max(preceding.lastIndexOf('\n'), preceding.lastIndexOf('\r')) + 1;
  const before = preceding.slice(lineStart).trimEnd();
  // The last words before it, whole: enough to find it on its line.
  const tail = before.slice(-30);
  return {
    code,
    kind: getKind(match[0]),
    line: preceding.split('\n').length,
    before: before.length > 30 ? `…${tail.slice(tail.indexOf(' ') + 1)}` : before,
  };
}

/** "un carácter invisible (U+200B, espacio de ancho cero) después de «Foro»", for messages. */
export function formatRefusedCharacter(found: RefusedCharacter): string {
  const c = t.validation.characters;
  return `${c.kinds[found.kind](formatCodePoint(found.code), c.names[found.code])} ${c.place(toVisibleText(found.before))}`;
}

/**
 * A text as messages quote it: each character that cannot be seen, or would scramble the
 * message (a direction override turns the rest of the line around), written as [U+202E].
 */
export function toVisibleText(text: string): string {
  return text.replace(UNSEEN, (character) => `[${formatCodePoint(character.codePointAt(0) ?? 0)}]`);
}
