import { expect, test } from 'vitest';
import { t } from '../i18n';
import { getDocumentProblem, toDocumentUrl } from './documents';

test('puts the plan into the link of a document uploaded with a new piece of evidence, and leaves other links alone', () => {
  expect(toDocumentUrl('/documentos/acta-julio.pdf', '2021')).toBe('/documentos/2021/acta-julio.pdf');
  expect(toDocumentUrl('/documentos/2021/acta-julio.pdf', '2021')).toBe('/documentos/2021/acta-julio.pdf');
  expect(toDocumentUrl('https://www.youtube.com/watch?v=1', '2021')).toBe('https://www.youtube.com/watch?v=1');
  expect(toDocumentUrl('/imagenes/foto.jpg', '2021')).toBe('/imagenes/foto.jpg');
});

test('accepts an uploaded document whose name and type the site publishes, and any link that is not an upload', () => {
  expect(getDocumentProblem('/documentos/2021/acta-julio.pdf')).toBeUndefined();
  expect(getDocumentProblem('https://example.org/Acta_Julio.PDF')).toBeUndefined();
});

test('says how to rename an uploaded document whose name the site refuses, before it reaches the pull request', () => {
  expect(getDocumentProblem('/documentos/2021/Acta_Julio.pdf')).toBe(t.editor.documentName('Acta_Julio.pdf', 'acta-julio.pdf'));
});

test('refuses an uploaded file of a type the site does not publish, such as a web page', () => {
  expect(getDocumentProblem('/documentos/2021/formulario.html')).toBe(t.editor.documentType('formulario.html'));
});
