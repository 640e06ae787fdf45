import { expect, test } from 'vitest';
import { getLocalEditorProxy } from './edit-links';

test('the local editor is on when EDITOR_LOCAL holds the local proxy address, and off without one', () => {
  expect(getLocalEditorProxy({ EDITOR_LOCAL: 'http://localhost:8081/api/v1' })).toBe('http://localhost:8081/api/v1');
  expect(getLocalEditorProxy({ EDITOR_LOCAL: '' })).toBeUndefined();
  expect(getLocalEditorProxy({})).toBeUndefined();
});

test('refuses an EDITOR_LOCAL that is not a local address, so saves never go elsewhere', () => {
  expect(() => getLocalEditorProxy({ EDITOR_LOCAL: '1' })).toThrow(/EDITOR_LOCAL/);
  expect(() => getLocalEditorProxy({ EDITOR_LOCAL: 'https://example.org/api/v1' })).toThrow(/EDITOR_LOCAL/);
});
