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
import { getCompiledBody } from '../content/frontmatter';
import { t } from '../i18n';
import { getTooDeepNode, LIMITS } from '../validation/limits';
import { isAddressText } from './print';
import type { EditorComponentName } from '../content/body-components';
import { toLinkHref } from '../site/routes';
import { getExternalHost, isBodyImageUrl, isLinkUrl } from '../validation/urls';

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
  const title = getAttribute(node, 'titulo');
  return toElement('p', 'pp-editor-link', [
    toElement('span', 'pp-editor-link__kind', [toText(`${t.ui.linkKinds[kind]}:`)]),
    toText(' '),
    toElement('a', title === undefined ? 'pp-print-no-address' : undefined, [toText(title ?? url)], { href: toCheckedHref(url, base) }),
    ...(host ? [toText(' '), toElement('span', 'pp-editor-link__host', [toText(`(${t.ui.externalHost(host)})`)])] : []),
  ]);
}

/** How each component offered to editors is written in HTML. */
const EDITOR_RENDERERS = {
  // A link, not an embedded player: an embed would make every visitor's browser call the video host.
  Video: (node, options) => toEditorLink('video', node, options.base),
  Documento: (node, options) => toEditorLink('documento', node, options.base),
  // A note, not a landmark: a page may show many of them inside its evidence.
  Nota: (node, options) => {
    const title = getAttribute(node, 'titulo');
    const children = toChildren(node.children, options);
    return toElement('div', 'pp-editor-note', [...(title ? [toElement('p', 'pp-editor-note__title', [toText(title)])] : []), ...children], {
      role: 'note',
      ariaLabel: title ?? t.ui.note,
    });
  },
} satisfies Record<EditorComponentName, (node: JsxNode, options: BodyOptions) => Element>;

function isEditorComponent(name: string | null): name is EditorComponentName {
  return name !== null && Object.hasOwn(EDITOR_RENDERERS, name);
}

function toChildren(nodes: readonly Node[], options: BodyOptions): ElementContent[] {
  return nodes.flatMap((node) => toContent(node, options));
}

// validateContent rejects all of this before content is built; `astro dev` does not validate,
// so these are the last guards against a body that would run code or leave the site.
function toUnexpected(what: string): Error {
  return new Error(`Unexpected ${what} in an MDX body: run npm run validar`);
}

/** The href of a link an editor wrote, in Markdown or in a component, once its address is one a link may have. */
function toCheckedHref(url: string, base: string): string {
  if (!isLinkUrl(url)) throw toUnexpected(`link ${url}`);
  return toLinkHref(url, base);
}

function toProperties(element: Element, { base, idPrefix }: BodyOptions): Element['properties'] {
  const properties = { ...element.properties };
  // The parser aligns table columns (`:-:`) with an inline style, which the Content Security
  // Policy refuses (src/lib/site/security.ts): the page would log a violation, and the site's
  // stylesheet lays out every cell anyway.
  delete properties.style;
  const { href, src, id, ariaDescribedBy, className } = properties;
  if (typeof href === 'string') {
    // The only fragments in a body are footnotes', whose ids get the entry's prefix below.
    properties.href = href.startsWith('#') ? `#${idPrefix}${href.slice(1)}` : toCheckedHref(href, base);
  }
  if (typeof src === 'string') {
    if (!isBodyImageUrl(src)) throw toUnexpected(`image ${src}`);
    properties.src = toLinkHref(src, base);
  }
  // Several bodies share a page (evidence lists): their footnote ids must not collide.
  if (typeof id === 'string') properties.id = `${idPrefix}${id}`;
  if (Array.isArray(ariaDescribedBy)) properties.ariaDescribedBy = ariaDescribedBy.map((value) => `${idPrefix}${value}`);
  if (Array.isArray(className)) properties.className = className.map((name) => (name === 'sr-only' ? 'pp-visually-hidden' : name));
  return properties;
}

function getTextContent(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(getTextContent).join('') : '';
}

function toContent(node: Node, options: BodyOptions): ElementContent[] {
  if (node.type === 'mdxJsxFlowElement') {
    const jsx = node as JsxNode;
    if (!isEditorComponent(jsx.name)) throw toUnexpected(`<${jsx.name ?? ''}>`);
    return [EDITOR_RENDERERS[jsx.name](jsx, options)];
  }
  if (node.type.startsWith('mdx')) throw toUnexpected(node.type);
  if (node.type !== 'element') return [node as ElementContent];
  const element = node as Element;
  const properties = toProperties(element, options);
  // An editor's table must fit a phone's width, whatever its columns hold (global.css).
  if (element.tagName === 'table') properties.className = ['pp-body-table'];
  // A pasted address is its own link text: print would write it a second time after it (global.css).
  if (element.tagName === 'a' && typeof element.properties.href === 'string' && isAddressText(getTextContent(element), element.properties.href)) {
    properties.className = [...(Array.isArray(properties.className) ? properties.className : []), 'pp-print-no-address'];
  }
  return [{ ...element, properties, children: toChildren(element.children as Node[], options) }];
}

/** How a body is written: the site's base path, and a prefix that makes its ids unique on a page. */
export interface BodyOptions {
  base: string;
  idPrefix: string;
}

function toBodyTree(text: string, options: BodyOptions): Root {
  const footnotes = { label: t.ui.footnotesLabel, backLabel: t.ui.footnoteBackLabel };
  const features = { smartPunctuation: true, gfm: { footnotes } };
  const tree = mdxToHast(getCompiledBody(text), { features }) as unknown as Root;
  // Writing HTML recurses into the tree; validation refuses a text nested this deep (mdx-safety.ts).
  if (getTooDeepNode(tree)) throw toUnexpected(`nesting deeper than ${LIMITS.markdownNesting} levels`);
  return { type: 'root', children: toChildren(tree.children as Node[], options) as RootContent[] };
}

/** The HTML of the body of an .mdx file (`text` is the whole file, or only its body). */
export function toBodyHtml(text: string, options: BodyOptions): string {
  return toHtml(toBodyTree(text, options));
}

function toPlainText(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(toPlainText).join('') : '';
}

/** The body as plain text, one paragraph per block: for feeds, whose readers show no site styles. */
export function toBodyText(text: string): string {
  return toBodyTree(text, { base: '/', idPrefix: '' })
    .children.map((block) => toPlainText(block).trim())
    .filter(Boolean)
    .join('\n\n');
}
