/**
 * Content that cannot run code. Activities, evidence and reports are MDX written by people
 * outside the development team, and the build runs in CI with secrets: a body may hold
 * Markdown and the components offered to editors, nothing that executes or loads another
 * site. Used by `npm run validar` and by the build's validation, through validateContent.
 *
 * The body is read with satteri, the parser Astro's MDX integration compiles it with, so
 * what is checked here is exactly what would be built.
 */
import { mdxToMdast } from 'satteri';
import { t } from './i18n';
import type { Problem } from './problems';
import { isSafeUrl } from './urls';

/**
 * The components editors may write, with their attributes (true: required). Rendering them
 * is src/components/editor's job; this list is what validation accepts.
 */
export const EDITOR_COMPONENTS = {
  /** A video published elsewhere, shown as a link (no embedded player: no third-party requests). */
  Video: { url: true, titulo: true },
  /** A document: a file under public/ or an address on the web. */
  Documento: { url: true, titulo: true },
  /** A highlighted note, with an optional title; its content is Markdown. */
  Nota: { titulo: false },
} as const satisfies Record<string, Record<string, boolean>>;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;

/** Tags that get their own explanation: they are what an attacker, or a copy-paste, brings. */
const DANGEROUS_TAGS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form']);

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  url?: string;
  name?: string | null;
  attributes?: Attribute[];
  value?: unknown;
}

function isEditorComponent(name: string): name is EditorComponentName {
  return Object.hasOwn(EDITOR_COMPONENTS, name);
}

// satteri reports "line:column: reason (rule)"; the line is the file's, frontmatter included.
function toParseProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(message);
  const detail = t.safety.unreadable(message.slice(place?.[0].length ?? 0));
  return place ? { file, field: '', detail, line: Number(place[1]) } : { file, field: '', detail };
}

function checkElement(node: Node, report: (detail: string) => void): void {
  const name = node.name ?? '';
  const s = t.safety;
  if (name === '') return report(s.fragment);
  if (DANGEROUS_TAGS.has(name.toLowerCase())) return report(s.dangerousTag(name.toLowerCase()));
  if (!isEditorComponent(name)) return report(s.unknownTag(name, Object.keys(EDITOR_COMPONENTS)));
  const spec: Record<string, boolean> = EDITOR_COMPONENTS[name];
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      report(s.spreadAttribute(name));
      continue;
    }
    const attributeName = attribute.name;
    given.add(attributeName);
    if (/^on/i.test(attributeName)) report(s.eventAttribute(attributeName, name));
    else if (!Object.hasOwn(spec, attributeName)) report(s.unknownAttribute(attributeName, name, Object.keys(spec)));
    else if (attribute.value !== null && typeof attribute.value === 'object') report(s.expressionAttribute(attributeName, name));
    else if (typeof attribute.value !== 'string' || attribute.value.trim() === '') report(s.emptyAttribute(attributeName, name));
    else if (attributeName === 'url' && !isSafeUrl(attribute.value)) report(s.unsafeUrl(attribute.value));
  }
  for (const [attributeName, required] of Object.entries(spec)) {
    if (required && !given.has(attributeName)) report(s.missingAttribute(attributeName, name));
  }
}

/**
 * Every problem of an MDX file's body, with its line. `text` is the whole file, frontmatter
 * included, so that lines are the ones the editor sees.
 */
export function checkMdxBody(file: string, text: string): Problem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text) as unknown as Node;
  } catch (error) {
    return [toParseProblem(file, error)];
  }
  const problems: Problem[] = [];
  const s = t.safety;
  const visit = (node: Node) => {
    const report = (detail: string) => {
      const line = node.position?.start.line;
      problems.push(line === undefined ? { file, field: '', detail } : { file, field: '', detail, line });
    };
    switch (node.type) {
      case 'mdxjsEsm':
        report(s.esm);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(s.expression(String(node.value ?? '')));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && !isSafeUrl(node.url)) report(s.unsafeUrl(node.url));
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
