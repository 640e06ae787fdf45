/**
 * `npm run nuevo`: writes a new piece of evidence or a new activity, valid from the start.
 * It asks for what it needs (or takes it from flags, see --ayuda), checks the whole content
 * folder with the new file in it, and writes the file only if that check passes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { getContentDir, getToday, listPublicFiles, readContentFiles } from '../src/data/read-content';
import type { Catalog, Plan } from '../src/lib/catalog';
import { t } from '../src/lib/i18n';
import { formatProblems } from '../src/lib/problems';
import { toActivityFile, toEvidenceFile, toSlug, type NewFile } from '../src/lib/scaffold';
import type { LinkData } from '../src/lib/schemas';
import { validateContent } from '../src/lib/validate';

const s = t.scaffold;
const text = { type: 'string' } as const;

function readOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        plan: text, tarea: text, fecha: text, avance: text, enlace: text, 'texto-enlace': text, tipo: text,
        descripcion: text, componente: text, nombre: text, programada: text, producto: text,
        ayuda: { type: 'boolean' },
      },
    });
  } catch (error) {
    const name = /'--?([^']+)'/.exec(String(error))?.[1] ?? '';
    console.error(`${s.unknownOption(name)}\n\n${s.help}`);
    process.exit(1);
  }
}

const { values: flags, positionals } = readOptions();
if (flags.ayuda) {
  console.log(s.help);
  process.exit(0);
}

const root = process.cwd();
const contentDir = getContentDir();
const today = getToday();
const publicFiles = listPublicFiles(root);
const files = readContentFiles(root, contentDir);
const { catalog } = validateContent(files, contentDir, today, publicFiles);
const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
// Reading lines from the iterator, not with prompt.question(), keeps answers piped in ahead
// of their question (scripts, tests) instead of dropping them.
const lines = prompt[Symbol.asyncIterator]();

async function readAnswer(question: string): Promise<string> {
  process.stdout.write(question);
  const { value, done } = await lines.next();
  if (done) {
    console.error(`\n${s.noAnswer}`);
    process.exit(1);
  }
  if (!process.stdin.isTTY) process.stdout.write('\n');
  return String(value).trim();
}

/** The flag's value when given, the editor's answer otherwise (empty answers become `fallback`). */
async function ask(question: string, flag: string | undefined, fallback = ''): Promise<string> {
  if (flag !== undefined) return flag.trim();
  const answer = await readAnswer(question);
  return answer === '' ? fallback : answer;
}

/** Like ask, but asks again until there is an answer. */
async function askRequired(question: string, flag: string | undefined): Promise<string> {
  let answer = await ask(question, flag);
  while (answer === '') {
    console.log(s.required);
    answer = await readAnswer(question);
  }
  return answer;
}

/** A numbered choice; one option is chosen without asking. */
async function choose<Option>(label: string, options: readonly Option[], toLabel: (option: Option) => string): Promise<Option> {
  if (options.length === 1) return options[0]!;
  options.forEach((option, index) => console.log(`  ${index + 1}) ${toLabel(option)}`));
  for (;;) {
    const answer = Number(await readAnswer(s.askChoice(label)));
    if (Number.isInteger(answer) && answer >= 1 && answer <= options.length) return options[answer - 1]!;
    console.log(s.invalidChoice(options.length));
  }
}

async function getPlan(catalog: Catalog): Promise<Plan> {
  if (catalog.plans.length === 0) {
    console.error(s.noPlans);
    process.exit(1);
  }
  const chosen = flags.plan && catalog.plans.find((plan) => plan.id === flags.plan);
  return chosen || choose(s.choosePlan, catalog.plans, (plan) => `${plan.titulo} (${plan.id})`);
}

async function getEvidenceFile(plan: Plan): Promise<NewFile> {
  const tarea =
    flags.tarea ?? (await choose(s.chooseTask, plan.tasks, (task) => `${task.producto ?? task.tarea} · ${task.activity.nombre}`)).id;
  const fecha = await ask(s.askDate(today), flags.fecha, today);
  const avance = await askRequired(s.askPercent, flags.avance);
  const url = await ask(s.askLinkUrl, flags.enlace);
  const enlaces: LinkData[] = [];
  if (url !== '') {
    const texto = await ask(s.askLinkText, flags['texto-enlace']);
    const tipo = await ask(s.askLinkKind, flags.tipo, 'web');
    enlaces.push({ url, texto, tipo: tipo as LinkData['tipo'] });
  }
  const texto = await askRequired(s.askEvidenceText, flags.descripcion);
  return toEvidenceFile({ plan: plan.id, tarea, fecha, avance: Number(avance), enlaces, texto });
}

async function getActivityFile(plan: Plan): Promise<NewFile> {
  const componente =
    flags.componente ?? (await choose(s.chooseComponent, plan.components, (component) => component.nombre)).id;
  const nombre = await askRequired(s.askActivityName, flags.nombre);
  const texto = await askRequired(s.askActivityText, flags.descripcion);
  const tarea = await askRequired(s.askTaskName, flags.tarea);
  const producto = await ask(s.askTaskProduct, flags.producto);
  const programada = await askRequired(s.askTaskDate, flags.programada);
  return toActivityFile({
    plan: plan.id,
    componente,
    nombre,
    texto,
    tarea: { id: toSlug(tarea, 40), tarea, programada, ...(producto ? { producto } : {}) },
  });
}

/** A second piece of evidence of the same task on the same day gets -2, -3… at the end of its name. */
function getFreePath(path: string): string {
  let candidate = path;
  for (let copy = 2; existsSync(join(root, candidate)); copy += 1) candidate = path.replace(/\.mdx$/, `-${copy}.mdx`);
  return candidate;
}

async function main(): Promise<number> {
  const kind = positionals[0] ?? (await ask(s.askKind, undefined));
  const isEvidence = ['1', 'evidencia'].includes(kind);
  if (!isEvidence && !['2', 'actividad'].includes(kind)) {
    console.error(s.help);
    return 1;
  }
  const plan = await getPlan(catalog);
  const file = isEvidence ? await getEvidenceFile(plan) : await getActivityFile(plan);
  const path = getFreePath(`${contentDir}/${file.path}`);
  const { problems } = validateContent([...files, { path, text: file.text }], contentDir, today, publicFiles);
  const own = problems.filter((problem) => problem.file === path);
  if (own.length > 0) {
    console.error(`${formatProblems(own)}\n${s.notWritten}`);
    return 1;
  }
  // Problems of other files are not the new file's fault: they are shown, and the file is written.
  const others = problems.filter((problem) => problem.file !== path);
  if (others.length > 0) console.warn(`${s.otherProblems}\n${formatProblems(others)}`);
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), file.text);
  console.log(s.written(path));
  return 0;
}

process.exitCode = await main();
prompt.close();
