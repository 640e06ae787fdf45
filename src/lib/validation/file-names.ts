/**
 * File and folder names become addresses: an activity's file name is its page's address
 * (`foro-jovenes.mdx` → /2021/actividades/foro-jovenes/), a document's is its link. One
 * rule for every name under content/ and public/: lowercase letters without accents, digits
 * and hyphens, and for a file one extension in lowercase. Such a name needs no encoding in
 * an address, reads the same on every system (no "Foro.mdx" beside "foro.mdx" that Windows
 * and macOS take for one file), and cannot hide an invisible character.
 */
import { findRefusedCharacter, formatRefusedCharacter, toVisibleText } from './characters';
import { t } from '../i18n';
import type { Problem } from './problems';
import { SLUG_PATTERN } from '../content/schemas';

// Words that only join others: a name cut before its end reads better without them.
const JOINING_WORDS = new Set(['a', 'al', 'con', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'lo', 'los', 'o', 'para', 'por', 'u', 'un', 'una', 'y']);

/**
 * A file or id name from free text: "Publicación del Plan" → publicacion-del-plan. Accents
 * and ñ become plain letters; anything else that is not a letter or a digit separates words.
 * A name longer than `maxLength` is cut after the last whole word that fits, without joining
 * words left at its end ("plan-de" → "plan"). A word is never cut in half: when the first
 * word alone is longer than `maxLength`, the name is that whole word, longer than the limit,
 * because half a word reads as another word and the limit only keeps names short.
 */
export function toSlug(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length > 0 && [...kept, word].join('-').length > maxLength) break;
    kept.push(word);
  }
  if (kept.length < words.length) {
    while (kept.length > 1 && JOINING_WORDS.has(kept.at(-1)!)) kept.pop();
  }
  return kept.join('-');
}


const FILE_NAME = new RegExp(`${SLUG_PATTERN.source.slice(0, -1)}(?:\\.[a-z0-9]+)?$`);

// Names Windows keeps for devices, whatever the extension: a repository holding one cannot be cloned there.
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\.|$)/;

function isAllowedName(name: string, isFolder: boolean): boolean {
  return (isFolder ? SLUG_PATTERN : FILE_NAME).test(name) && !WINDOWS_DEVICE.test(name);
}

/** The name a wrong one should have ("Foro Jóvenes.MDX" → "foro-jovenes.mdx"); undefined when none of it can be kept. */
export function toAllowedName(name: string, isFolder: boolean): string | undefined {
  const dot = isFolder ? -1 : name.lastIndexOf('.');
  const base = toSlug(dot > 0 ? name.slice(0, dot) : name, Number.POSITIVE_INFINITY);
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const allowed = extension === '' ? base : `${base}.${extension}`;
  return base !== '' && isAllowedName(allowed, isFolder) ? allowed : undefined;
}

function toNameProblem(file: string, name: string, isFolder: boolean): Problem {
  const n = t.integrity.names;
  const shown = toVisibleText(name);
  if (WINDOWS_DEVICE.test(name)) return { file, field: '', detail: n.windowsDevice(shown) };
  const character = findRefusedCharacter(name, 'line');
  const detail = n.notAllowed(shown, isFolder, toAllowedName(name, isFolder), character && formatRefusedCharacter(character));
  return { file, field: '', detail };
}

/**
 * Every name in `paths` ('actividades/2021/Foro.mdx', inside `dir`) that breaks the rule, as
 * problems on the file or folder with that name: a folder is named once, however many files it holds.
 */
export function getNameProblems(dir: string, paths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const named = new Set<string>();
  for (const path of paths) {
    const names = path.split('/');
    names.forEach((name, index) => {
      const isFolder = index < names.length - 1;
      const file = [dir, ...names.slice(0, index + 1)].join('/');
      if (isAllowedName(name, isFolder) || named.has(file)) return;
      named.add(file);
      problems.push(toNameProblem(file, name, isFolder));
    });
  }
  return problems;
}

/** `path` with every name that breaks the rule replaced by the one its problem suggests, when there is one. */
export function toAllowedPath(path: string): string {
  const names = path.split('/');
  return names
    .map((name, index) => {
      const isFolder = index < names.length - 1;
      return isAllowedName(name, isFolder) ? name : (toAllowedName(name, isFolder) ?? name);
    })
    .join('/');
}
