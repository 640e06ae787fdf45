/**
 * What `npm run nuevo` does with what an editor types or passes as an option, before any
 * file exists: turning an answer into a field's value with the field's own schema (so the
 * dialog refuses exactly what validation refuses, in the same words), finding an option by
 * a few words, and writing back a command line that would give the same answers.
 */
import type { z } from 'astro/zod';
import { isPlainDate } from '../content/dates';
import { formatDate } from '../i18n/format';
import { t } from '../i18n';
import { formatFoundValue } from '../validation/problems';

/** An answer turned into a value, or what is wrong with it, in Spanish. */
export type Answer<Value> = { value: Value } | { error: string };

export type AnswerCheck<Value> = (answer: string) => Answer<Value>;

/**
 * Checks a typed answer with the schema of the field it becomes. `toInput` turns the text
 * into what the file would hold (a number for `avance`); the message is validation's own.
 */
export function toFieldCheck<Value>(schema: z.ZodType<Value>, toInput: (answer: string) => unknown = (answer) => answer): AnswerCheck<Value> {
  return (answer) => {
    const result = schema.safeParse(toInput(answer));
    if (result.success) return { value: result.data };
    return { error: t.integrity.invalidValue(formatFoundValue(answer), result.error.issues[0]?.message ?? '') };
  };
}

/** Free text, such as the body of a file: any answer is kept as typed. */
export function toTextAnswer(answer: string): Answer<string> {
  return { value: answer };
}

/** Runs `check`, then `getError` on its value: a rule that needs the rest of the content. */
export function toCheckWith<Value>(check: AnswerCheck<Value>, getError: (value: Value) => string | undefined): AnswerCheck<Value> {
  return (answer) => {
    const result = check(answer);
    if ('error' in result) return result;
    const error = getError(result.value);
    return error === undefined ? result : { error };
  };
}

/**
 * "40" becomes the number 40 for a number field. Anything else is left as text, so the
 * schema refuses it with its own message ("sin el signo %" for "40%").
 */
export function toNumberInput(answer: string): unknown {
  return /^[+-]?\d+(?:[.,]\d+)?$/.test(answer) ? Number(answer.replace(',', '.')) : answer;
}

/**
 * The date an editor most likely meant by 14/10/2021, 2021/10/14 or 2021-6-30: day first,
 * as Colombia writes dates. Undefined when the parts make no real date.
 */
export function toIsoDate(answer: string): string | undefined {
  const parts = answer.split(/\s*[/.\-\s]\s*/);
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return undefined;
  const [year, month, day] = parts[0]!.length === 4 ? parts : [parts[2]!, parts[1]!, parts[0]!];
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return year!.length === 4 && isPlainDate(date) ? date : undefined;
}

/** A date field's check that, for a date written another way, shows how to write it. */
export function toDateCheck(schema: z.ZodType<string>): AnswerCheck<string> {
  const check = toFieldCheck(schema);
  return (answer) => {
    const result = check(answer);
    if (!('error' in result)) return result;
    const meant = toIsoDate(answer);
    return meant === undefined ? result : { error: `${result.error} ${t.scaffold.dateHint(meant, formatDate(meant))}` };
  };
}

function toPlainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** s, si, sí, y, yes → true; n, no → false; any case. */
export function toYesNo(answer: string): Answer<boolean> {
  const word = toPlainText(answer);
  if (['s', 'si', 'y', 'yes'].includes(word)) return { value: true };
  if (['n', 'no'].includes(word)) return { value: false };
  return { error: t.scaffold.yesOrNo };
}

/** The options whose text contains every word of `query`, ignoring case and accents. */
export function getMatches<Option>(options: readonly Option[], query: string, getText: (option: Option) => string): Option[] {
  const words = toPlainText(query).split(/\s+/).filter(Boolean);
  return options.filter((option) => {
    const text = toPlainText(getText(option));
    return words.every((word) => text.includes(word));
  });
}

/** An option as the command line gives it: `--nombre=valor`, or `--nombre` for a yes/no option. */
export interface FlagToken {
  name: string;
  value: string | true;
}

/**
 * Options that describe one item each time they are repeated (a link: `--enlace`, then its
 * `--texto-enlace` and `--tipo`): each member belongs to the leader written before it, or to
 * the first leader when it comes before every leader. An error names the misplaced option.
 */
export function toFlagGroups(
  tokens: readonly FlagToken[],
  leader: string,
  members: readonly string[],
): { groups: Map<string, string | true>[] } | { error: string } {
  const groups: Map<string, string | true>[] = [];
  const early: FlagToken[] = [];
  for (const token of tokens) {
    if (token.name === leader) groups.push(new Map([[leader, token.value]]));
    else if (members.includes(token.name)) {
      const group = groups.at(-1);
      if (!group) early.push(token);
      else if (group.has(token.name)) return { error: t.scaffold.linkOptionRepeated(token.name, String(group.get(leader))) };
      else group.set(token.name, token.value);
    }
  }
  for (const token of early) {
    const first = groups[0];
    if (!first) return { error: t.scaffold.linkOptionAlone(token.name) };
    if (first.has(token.name)) return { error: t.scaffold.linkOptionRepeated(token.name, String(first.get(leader))) };
    first.set(token.name, token.value);
  }
  return { groups };
}

/**
 * A word as a shell reads it back unchanged: bare when it is plain, in double quotes when
 * it has spaces or accents, in single quotes when it holds characters double quotes expand.
 */
function toShellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  if (!/["$`\\!]/.test(word)) return `"${word}"`;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `npm run nuevo -- evidencia --tarea=x --descripcion="Se hizo."`, from its words and options. */
export function formatCommand(words: readonly string[], flags: readonly FlagToken[]): string {
  return [
    ...words.map(toShellWord),
    ...flags.map(({ name, value }) => (value === true ? `--${name}` : `--${name}=${toShellWord(value)}`)),
  ].join(' ');
}
