/**
 * Site paths written in Markdown bodies (`[acta](/documentos/2021/acta.pdf)`) get BASE_PATH,
 * like every other link of the site: without it they break when the site is served from a
 * sub-path, such as GitHub Pages' /<repo>/. The editor components do the same with toLinkHref.
 */
import type { MdastPluginDefinition } from 'satteri';
import { toLinkHref } from '../lib/routes';

export function withBasePath(base: string): MdastPluginDefinition {
  const rewrite = (node: Readonly<{ url: string }>, context: { setProperty(node: never, key: 'url', value: string): void }) => {
    const href = toLinkHref(node.url, base);
    if (href !== node.url) context.setProperty(node as never, 'url', href);
  };
  return { name: 'base-path', link: rewrite, image: rewrite, definition: rewrite };
}
