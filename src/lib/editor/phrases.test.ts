import { expect, test } from 'vitest';
import { t } from '../i18n';
import { toMergedPhrases } from './phrases';

test('puts each translated phrase in its place and keeps every other phrase of the base', () => {
  const base = { editor: { list: { add: 'Add %{item}', remove: 'Quitar' }, title: 'Editor' }, ui: { ok: 'Aceptar' } };
  expect(toMergedPhrases(base, { editor: { list: { add: 'Agregar %{item}' } } })).toEqual({
    editor: { list: { add: 'Agregar %{item}', remove: 'Quitar' }, title: 'Editor' },
    ui: { ok: 'Aceptar' },
  });
});

test('does not change the base it was given', () => {
  const base = { a: { b: 'B' } };
  toMergedPhrases(base, { a: { b: 'otra' } });
  expect(base).toEqual({ a: { b: 'B' } });
});

test('keeps the placeholders Decap CMS fills in, in every translated phrase', () => {
  const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]);
  const { list } = t.editor.interface.editor.editorWidgets;
  expect(placeholders(list.add)).toEqual(['item']);
  expect(placeholders(t.editor.interface.collection.collectionTop.searchResultsInCollection)).toEqual(['searchTerm', 'collection']);
});
