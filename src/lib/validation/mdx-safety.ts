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
import { getCompiledBody } from '../content/frontmatter';
import { t } from '../i18n';
import { getNestingProblem } from './limits';
import { formatFoundValue, type Problem } from './problems';
import { isBodyImageUrl, isLinkUrl, isMissingPublicFile, isSafeUrl } from './urls';
import { EDITOR_COMPONENTS, type EditorComponentName } from '../content/body-components';


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
  identifier?: string;
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
  return toProblem(file, detail, place ? Number(place[1]) : undefined);
}

type UrlUse = 'link' | 'image';

/** What is wrong with an address in a body, or undefined; checked like frontmatter links. */
function getUrlProblem(url: string, use: UrlUse, publicFiles: ReadonlySet<string> | undefined): string | undefined {
  const s = t.safety;
  if (!isSafeUrl(url)) return s.unsafeUrl(url);
  if (use === 'image' && !isBodyImageUrl(url)) return s.imageUrl(url);
  if (use === 'link' && !isLinkUrl(url)) return s.relativeUrl(url);
  if (isMissingPublicFile(url, publicFiles)) return t.integrity.rules.missingPublicFile(formatFoundValue(url));
  return undefined;
}

function getElementProblems(node: Node, publicFiles: ReadonlySet<string> | undefined): string[] {
  const problems: string[] = [];
  const report = (detail: string) => problems.push(detail);
  const name = node.name ?? '';
  const s = t.safety;
  if (name === '') return [s.fragment];
  if (DANGEROUS_TAGS.has(name.toLowerCase())) return [s.dangerousTag(name.toLowerCase())];
  if (!isEditorComponent(name)) return [s.unknownTag(name, Object.keys(EDITOR_COMPONENTS))];
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
    else if (attributeName === 'url') {
      const problem = getUrlProblem(attribute.value, 'link', publicFiles);
      if (problem) report(problem);
    }
  }
  for (const [attributeName, required] of Object.entries(spec)) {
    if (required && !given.has(attributeName)) report(s.missingAttribute(attributeName, name));
  }
  return problems;
}

function toProblem(file: string, detail: string, line: number | undefined): Problem {
  return line === undefined ? { file, field: '', detail } : { file, field: '', detail, line };
}

/** What a screen reader announces for a link: its words, and the text of any image inside it. */
function getAccessibleText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'image') return String((node as Node & { alt?: string }).alt ?? '');
  return (node.children ?? []).map(getAccessibleText).join('');
}

// Markdown uses the first definition of a label and ignores the others, so the address an
// image reference shows is the first one's.
function getDefinitions(node: Node, definitions = new Map<string, string>()): Map<string, string> {
  if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined && !definitions.has(node.identifier)) {
    definitions.set(node.identifier, node.url);
  }
  node.children?.forEach((child) => getDefinitions(child, definitions));
  return definitions;
}

/**
 * Every problem of an MDX file's body, with its line. `text` is the whole file: the body is
 * checked as Astro compiles it (frontmatter blanked), so lines are the ones the editor sees.
 * `publicFiles`, when given, are the files in public/ that site paths must name.
 */
export function getMdxBodyProblems(file: string, text: string, publicFiles?: ReadonlySet<string>): Problem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(getCompiledBody(text)) as unknown as Node;
  } catch (error) {
    return [toParseProblem(file, error)];
  }
  // The checks below recurse into the tree: one too deep for them is reported before they run.
  const nesting = getNestingProblem(file, tree);
  if (nesting) return [nesting];
  const definitions = getDefinitions(tree);
  const problems: Problem[] = [];
  const s = t.safety;
  const visit = (node: Node) => {
    const report = (detail: string | undefined) => {
      if (detail) problems.push(toProblem(file, detail, node.position?.start.line));
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
        getElementProblems(node, publicFiles).forEach(report);
        break;
      case 'mdxJsxTextElement':
        // Inside a sentence, a component would put a block (a paragraph, a note) in a paragraph.
        if (isEditorComponent(node.name ?? '')) report(s.inlineComponent(node.name!));
        else getElementProblems(node, publicFiles).forEach(report);
        break;
      // The page has its own headings: one more in a body would break their order (and a # makes a second h1).
      case 'heading':
        report(s.heading);
        break;
      case 'link':
        report(getUrlProblem(node.url ?? '', 'link', publicFiles));
        if (getAccessibleText(node).trim() === '') report(s.emptyLinkText);
        break;
      case 'linkReference':
        if (getAccessibleText(node).trim() === '') report(s.emptyLinkText);
        break;
      case 'definition':
        report(getUrlProblem(node.url ?? '', 'link', publicFiles));
        break;
      case 'image':
        report(getUrlProblem(node.url ?? '', 'image', publicFiles));
        break;
      case 'imageReference':
        report(getUrlProblem(definitions.get(node.identifier ?? '') ?? '/', 'image', publicFiles));
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
