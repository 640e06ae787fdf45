/**
 * The components editors may write in a body, with their attributes (true: required): what
 * validation accepts (src/lib/validation/mdx-safety.ts), what src/lib/publishing/body-html.ts renders and what the
 * web editor offers as buttons (src/lib/editor/component-blocks.ts). A module of its own so the
 * editor's browser script can read it without the MDX parser.
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
