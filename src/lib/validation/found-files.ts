/**
 * What the content and public folders hold, as pull requests leave them: nothing on disk is
 * trusted. Only regular files are read or published. A symbolic link could bring a file from
 * outside the project (a key, a configuration) into the published site; a folder named like
 * a content file, a socket or a FIFO cannot be read (a FIFO would stop the build forever); a
 * file that is not UTF-8 would be read with its accents silently replaced. Each of these is
 * refused with a message, by src/data/read-content.ts and by the content loader alike.
 */
import { toVisibleText } from './characters';
import { t } from '../i18n';
import type { Problem } from './problems';

/** Why what was found at a path is not read. */
export type Refusal =
  | { reason: 'symlink' }
  /** A FIFO, a socket or a device. */
  | { reason: 'special' }
  /** A folder named like a content file, e.g. `foro.mdx/`. */
  | { reason: 'folder' }
  /** Not UTF-8: `line` is the first line that is not, and `reading` how it reads in the usual other encoding. */
  | { reason: 'encoding'; line: number; reading: string }
  /** A hidden file in the public folder: it would be published though no page shows it. */
  | { reason: 'hidden' }
  /** A file of the public folder a browser would open as a page or a program of the site (`type` is its extension, '' for none). */
  | { reason: 'type'; type: string }
  /** An SVG image with code in it, which would run on the site's own address when opened. */
  | { reason: 'activeSvg' };

/** Something found in the public folder that cannot be published, by its path from the project root. */
export interface RefusedEntry {
  path: string;
  refusal: Refusal;
}

/**
 * The files of the public folder, by the site path content names them with
 * (`/documentos/2021/acta.pdf`), as read from disk: with the folder's path from the project
 * root and what it holds that cannot be published.
 */
export interface PublicFolder extends ReadonlySet<string> {
  readonly dir: string;
  readonly refused: readonly RefusedEntry[];
}

export function isPublicFolder(files: ReadonlySet<string>): files is PublicFolder {
  return 'dir' in files && 'refused' in files;
}

/**
 * What the public folder may hold: documents, images, sound and video, which a browser shows
 * or downloads. Anything else (a page, a script, a stylesheet, a program a server might run)
 * would open on the site's own address, outside its security policy, so it is refused.
 */
export const PUBLIC_FILE_TYPES: readonly string[] = [
  'pdf', 'txt', 'csv', 'rtf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'zip',
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg',
  'mp3', 'm4a', 'ogg', 'wav', 'mp4', 'webm',
];

/**
 * An SVG is a document: opened by itself, its scripts, event attributes, embedded pages and
 * styles run, and its references load other sites (an SVG opened alone gets no security policy
 * from the pages). A drawing needs none of this, so an SVG is published only as shapes and
 * text: references stay inside the file (`#id`), and character references, which could spell
 * `javascript:` where no pattern sees it, are refused with the rest.
 */
const ACTIVE_SVG = [
  /<(?:script|style|foreignobject|iframe|embed|object|audio|video|handler|listener|set|animate)\b/i,
  /<!(?:entity|doctype)/i,
  /\son[a-z]+\s*=/i,
  /\b(?:href|src)\s*=\s*(?!["']\s*#)/i,
  /url\s*\(\s*["']?\s*(?!#)/i,
  /@import|&#|&[a-z][a-z0-9]*;/i,
];

function isActiveSvg(text: string): boolean {
  // `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&apos;` are how plain text writes its signs.
  const plain = text.replace(/&(?:amp|lt|gt|quot|apos);/g, '');
  return ACTIVE_SVG.some((pattern) => pattern.test(plain));
}

/** Why a file of the public folder cannot be published, judged by its name and, for an SVG image, its text. */
export function getPublicFileRefusal(name: string, readText: () => string | Refusal): Refusal | undefined {
  if (name.startsWith('.')) return name === '.gitkeep' ? undefined : { reason: 'hidden' };
  const type = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!PUBLIC_FILE_TYPES.includes(type)) return { reason: 'type', type };
  if (type !== 'svg') return undefined;
  const text = readText();
  if (typeof text !== 'string') return text;
  return isActiveSvg(text) ? { reason: 'activeSvg' } : undefined;
}

/** A content file's name: a folder so named is refused rather than read as a folder. */
export function isNamedLikeContentFile(name: string): boolean {
  return /\.(mdx|md|yaml|yml)$/i.test(name);
}

// A byte-order mark stays in the text, as Node's own reading leaves it: src/lib/content/frontmatter.ts reads past it.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// What Windows' Notepad and Excel save as "ANSI": the likely encoding of a file that is not UTF-8.
const WINDOWS_1252 = new TextDecoder('windows-1252');

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function toLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  // A line feed byte is never part of a longer UTF-8 sequence, so lines can be checked one by one.
  for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return [...lines, bytes.subarray(start)];
}

/** The text of a file from its bytes, or why it cannot be read: it must be UTF-8 (with or without a byte-order mark). */
export function toFileText(bytes: Uint8Array): string | Refusal {
  if (isUtf8(bytes)) return UTF8.decode(bytes);
  const lines = toLines(bytes);
  const index = Math.max(0, lines.findIndex((line) => !isUtf8(line)));
  const reading = toVisibleText(WINDOWS_1252.decode(lines[index]).trim());
  return { reason: 'encoding', line: index + 1, reading: reading.length > 60 ? `${reading.slice(0, 59)}…` : reading };
}

export function toRefusalProblem(file: string, refusal: Refusal): Problem {
  const r = t.integrity.refused;
  switch (refusal.reason) {
    case 'symlink':
      return { file, field: '', detail: r.symlink };
    case 'special':
      return { file, field: '', detail: r.special };
    case 'folder':
      return { file, field: '', detail: r.folder(/\.[^.]+$/.exec(file)?.[0] ?? '') };
    case 'encoding':
      return { file, field: '', line: refusal.line, detail: r.encoding(refusal.reading) };
    case 'hidden':
      return { file, field: '', detail: r.hidden };
    case 'type':
      return { file, field: '', detail: refusal.type === '' ? r.noType : r.type(refusal.type) };
    case 'activeSvg':
      return { file, field: '', detail: r.activeSvg };
  }
}
