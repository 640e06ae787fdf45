/**
 * The HTML of an MDX body (activities, evidence, reports), made when content is loaded.
 * Validation (mdx-safety.ts) lets bodies hold only Markdown and the editors' components, so
 * they need no JavaScript module each: parsing with the parser Astro's MDX uses and writing
 * HTML directly keeps the editors' format and skips bundling thousands of modules (about
 * half of the build time at 1,000 activities).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { getCompiledBody } from './frontmatter';
import { t } from './i18n';
import type { EditorComponentName } from './mdx-safety';
import { toLinkHref } from './routes';
import { getExternalHost } from './urls';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
}

type Node = RootContent | JsxNode | { type: string; children?: Node[] };

function toElement(tagName: string, className: string | undefined, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties: className ? { className: [className], ...properties } : properties, children };
}

function toText(value: string): ElementContent {
  return { type: 'text', value };
}

function getAttribute(node: JsxNode, name: string): string | undefined {
  const attribute = node.attributes.find((candidate) => candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** A labelled link that says when it leaves the site, so a citizen knows before tapping it. */
function toEditorLink(kind: 'video' | 'documento', node: JsxNode, base: string): Element {
  const url = getAttribute(node, 'url') ?? '';
  const host = getExternalHost(url);
  return toElement('p', 'pp-editor-link', [
    toElement('span', 'pp-editor-link__kind', [toText(`${t.ui.linkKinds[kind]}:`)]),
    toText(' '),
    toElement('a', undefined, [toText(getAttribute(node, 'titulo') ?? url)], { href: toLinkHref(url, base) }),
    ...(host ? [toText(' '), toElement('span', 'pp-editor-link__host', [toText(`(${t.ui.externalHost(host)})`)])] : []),
  ]);
}

/** How each component offered to editors is written in HTML. */
const EDITOR_RENDERERS = {
  // A link, not an embedded player: an embed would make every visitor's browser call the video host.
  Video: (node, base) => toEditorLink('video', node, base),
  Documento: (node, base) => toEditorLink('documento', node, base),
  Nota: (node, base) => {
    const title = getAttribute(node, 'titulo');
    const children = toChildren(node.children, base);
    return toElement('aside', 'pp-editor-note', [...(title ? [toElement('p', 'pp-editor-note__title', [toText(title)])] : []), ...children], {
      ariaLabel: title ?? t.ui.note,
    });
  },
} satisfies Record<EditorComponentName, (node: JsxNode, base: string) => Element>;

function isEditorComponent(name: string | null): name is EditorComponentName {
  return name !== null && Object.hasOwn(EDITOR_RENDERERS, name);
}

function toChildren(nodes: readonly Node[], base: string): ElementContent[] {
  return nodes.flatMap((node) => toContent(node, base));
}

function toContent(node: Node, base: string): ElementContent[] {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as JsxNode;
    // validateContent rejects any other tag before content is loaded; this is the last guard.
    if (!isEditorComponent(jsx.name)) throw new Error(`Unexpected <${jsx.name ?? ''}> in an MDX body`);
    return [EDITOR_RENDERERS[jsx.name](jsx, base)];
  }
  if (node.type.startsWith('mdx')) throw new Error(`Unexpected ${node.type} in an MDX body`);
  if (node.type !== 'element') return [node as ElementContent];
  const element = node as Element;
  const properties = { ...element.properties };
  // Site paths get BASE_PATH, as every other link of the site does.
  if (typeof properties.href === 'string') properties.href = toLinkHref(properties.href, base);
  if (typeof properties.src === 'string') properties.src = toLinkHref(properties.src, base);
  return [{ ...element, properties, children: toChildren(element.children as Node[], base) }];
}

/** The HTML of the body of an .mdx file (`text` is the whole file), for a site served under `base`. */
export function toBodyHtml(text: string, base: string): string {
  const footnotes = { label: t.ui.footnotesLabel, backLabel: t.ui.footnoteBackLabel };
  const features = { smartPunctuation: true, gfm: { footnotes } };
  const tree = mdxToHast(getCompiledBody(text), { features }) as unknown as Root;
  const root: Root = { type: 'root', children: toChildren(tree.children as Node[], base) as RootContent[] };
  return toHtml(root);
}
