/**
 * `npm run nuevo [-- <qué> --opción=valor…]`: writes a new content file, valid from the start.
 * Each kind of file has its questions in scripts/support (new-evidence.ts, new-activity.ts),
 * asked through scripts/support/dialog.ts: options first, then the terminal, or the lines
 * piped in when there is no terminal. The content folder is then validated with the new files
 * in it, and they are written only if they bring no error. `--ayuda` lists every option.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { getContentDir, getToday, listPublicFiles, readContentFiles } from '../src/data/read-content';
import { formatCommand, type FlagToken } from '../src/lib/authoring/answers';
import { t } from '../src/lib/i18n';
import { formatProblems, isError } from '../src/lib/validation/problems';
import { getProblemsCausedBy, toContentState, type ContentState, type NewFile } from '../src/lib/authoring/scaffold';
import { createDialog, DialogStop, type Dialog } from './support/dialog';
import { getActivityFiles } from './support/new-activity';
import { getErrataFiles } from './support/new-errata';
import { getEvidenceFiles } from './support/new-evidence';
import { getReportFiles } from './support/new-report';

const s = t.scaffold;

interface Kind {
  /** The first word of the command, e.g. evidencia. */
  id: keyof typeof s.kinds;
  getFiles: (content: ContentState, dialog: Dialog) => Promise<NewFile[]>;
}

const KINDS: readonly Kind[] = [
  { id: 'evidencia', getFiles: getEvidenceFiles },
  { id: 'actividad', getFiles: getActivityFiles },
  { id: 'informe', getFiles: getReportFiles },
  { id: 'errata', getFiles: getErrataFiles },
];

const text = { type: 'string' } as const;
const repeated = { type: 'string', multiple: true } as const;

/** Options that describe one link each time they are written; every other option goes once. */
const LINK_OPTIONS = { enlace: repeated, 'texto-enlace': repeated, tipo: repeated };

const OPTIONS = {
  plan: text, tarea: text, fecha: text, avance: text, aplazada: { type: 'boolean' }, nota: text, ...LINK_OPTIONS,
  descripcion: text, componente: text, nombre: text, programada: text, producto: text,
  periodo: text, corte: text, titulo: text, objetivo: text, motivo: text,
  ayuda: { type: 'boolean', short: 'h' },
} as const;

function getHelp(): string {
  return [s.help.usage, ...KINDS.map((kind) => s.help.kinds[kind.id]), s.help.end].join('\n\n');
}

/** The command line's options in the order written, and its words; exits on a mistake in them. */
function readCommandLine(): { flags: FlagToken[]; words: string[]; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, tokens: true, options: OPTIONS });
  } catch (error) {
    const name = /'--?([\w-]+)/.exec(String(error))?.[1] ?? '';
    const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    console.error(`${unknown ? s.unknownOption(name) : s.badOptionForm(name)}\n\n${getHelp()}`);
    process.exit(1);
  }
  const flags = parsed.tokens.flatMap((token): FlagToken[] => (token.kind === 'option' ? [{ name: token.name, value: token.value ?? true }] : []));
  const twice = flags.find((flag, index) => !(flag.name in LINK_OPTIONS) && flags.findIndex((other) => other.name === flag.name) !== index);
  if (twice) {
    console.error(s.repeatedOption(twice.name));
    process.exit(1);
  }
  return { flags: flags.filter((flag) => flag.name !== 'ayuda'), words: parsed.positionals, help: parsed.values.ayuda === true };
}

async function main(): Promise<number> {
  const { flags, words, help } = readCommandLine();
  if (help) {
    console.log(getHelp());
    return 0;
  }
  const [word, ...extra] = words;
  const given = word === undefined ? undefined : KINDS.find((kind) => kind.id === word);
  if (word !== undefined && !given) {
    console.error(`${s.unknownKind(word)}\n\n${getHelp()}`);
    return 1;
  }
  // Words after the first are most often a value with spaces written without quotes.
  if (extra.length > 0) {
    console.error(s.extraWords(extra.join(' ')));
    return 1;
  }
  const root = process.cwd();
  const contentDir = getContentDir();
  const content = toContentState(readContentFiles(root, contentDir), contentDir, getToday(), listPublicFiles(root));
  const dialog = createDialog(flags);
  try {
    const kind =
      given ?? (await dialog.choose(s.askKind, KINDS, { getId: (kind) => kind.id, getLabel: (kind) => s.kindOption(kind.id, s.kinds[kind.id]) }));
    const files = await kind.getFiles(content, dialog);
    const command = formatCommand(['npm', 'run', 'nuevo', '--', kind.id], dialog.getAnswers());
    const shortfall = dialog.getShortfall();
    if (shortfall) {
      console.error(
        [
          dialog.isTerminal ? s.notWrittenProblems : s.notWrittenWithoutTerminal,
          ...shortfall.problems.map((problem) => `  - ${problem}`),
          ...(shortfall.missing.length > 0 ? [s.missing(shortfall.missing)] : []),
          ...(shortfall.unread ? [s.unread] : []),
          '',
          s.exampleCommand,
          `  ${command}`,
        ].join('\n'),
      );
      return 1;
    }
    const { caused, existing } = getProblemsCausedBy(content, files);
    if (caused.some(isError)) {
      console.error(`${formatProblems(caused)}\n${s.notWritten}\n\n${s.retryCommand}\n  ${command}`);
      return 1;
    }
    if (caused.length > 0) console.warn(formatProblems(caused));
    if (existing.length > 0) console.warn(`${s.otherProblems}\n${formatProblems(existing)}`);
    for (const file of files) {
      const path = join(root, contentDir, file.path);
      const existed = existsSync(path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
      console.log(existed ? s.updated(`${contentDir}/${file.path}`) : s.written(`${contentDir}/${file.path}`));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DialogStop)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    dialog.close();
  }
}

process.exitCode = await main();
