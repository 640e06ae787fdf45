import { esCO } from './es-co';

/** The messages of the site's language. Adding a language means adding a file beside es-co.ts. */
export const t = esCO;
