/**
 * The content collections: one per kind of file editors write. Schemas live in src/lib so
 * that they can be tested, and documented, without Astro.
 */
import { defineCollection } from 'astro:content';
import { strictGlob } from './data/strict-glob';
import {
  activitySchema,
  evidenceSchema,
  planSchema,
  reportSchema,
  siteSchema,
} from './lib/content/schemas';

/** Another folder can be published instead of content/ (benchmarks, fixtures): CONTENT_DIR. */
const root = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  sitio: defineCollection({
    loader: strictGlob({ pattern: 'sitio.yaml', base: root, schema: siteSchema }),
    schema: siteSchema,
  }),
  planes: defineCollection({
    loader: strictGlob({ pattern: '*.yaml', base: `${root}/planes`, schema: planSchema }),
    schema: planSchema,
  }),
  actividades: defineCollection({
    loader: strictGlob({ pattern: '**/*.mdx', base: `${root}/actividades`, schema: activitySchema }),
    schema: activitySchema,
  }),
  evidencias: defineCollection({
    loader: strictGlob({ pattern: '**/*.mdx', base: `${root}/evidencias`, schema: evidenceSchema }),
    schema: evidenceSchema,
  }),
  informes: defineCollection({
    loader: strictGlob({ pattern: '**/*.mdx', base: `${root}/informes`, schema: reportSchema }),
    schema: reportSchema,
  }),
};
