// The components editors may write in MDX bodies. mdx-safety checks the same names, so the
// `satisfies` keeps the list and the check from drifting apart.
import type { EditorComponentName } from '../../lib/mdx-safety';
import Documento from './Documento.astro';
import Nota from './Nota.astro';
import Video from './Video.astro';

export const editorComponents = { Video, Documento, Nota } satisfies Record<EditorComponentName, unknown>;
