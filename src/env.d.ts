interface ImportMetaEnv {
  /** The digest of the site's code, set in astro.config.mjs (src/data/source-digest.ts). */
  readonly SOURCE_DIGEST: string;
}
