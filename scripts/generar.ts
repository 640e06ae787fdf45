/**
 * `npm run generar -- --actividades=1000 [--semilla=1] [--carpeta=.bench/contenido-1000]`:
 * writes synthetic content (src/lib/testing/synthetic.ts) into a folder that is not content/, to
 * build or validate with CONTENT_DIR=<carpeta>.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toSyntheticFolder } from '../src/data/synthetic-content';

const { values } = parseArgs({ options: { actividades: { type: 'string' }, semilla: { type: 'string', default: '1' }, carpeta: { type: 'string' } } });
const activities = Number(values.actividades);
if (!Number.isInteger(activities) || activities < 1) {
  console.error('Uso: npm run generar -- --actividades=<número> [--semilla=1] [--carpeta=.bench/contenido-<número>]');
  process.exit(2);
}
const folder = resolve(values.carpeta ?? `.bench/contenido-${activities}`);
if (folder === resolve('content')) {
  console.error('La carpeta content/ es el contenido publicado: elija otra.');
  process.exit(2);
}
console.log(`${toSyntheticFolder(folder, activities, Number(values.semilla))} archivos en ${folder}`);
