import { expect, test } from 'vitest';
import { getLocalEditorProxy, getLocalReviewBranch } from './edit-links';

test('the local editor is on when EDITOR_LOCAL holds the local proxy address, and off without one', () => {
  expect(getLocalEditorProxy({ EDITOR_LOCAL: 'http://localhost:8081/api/v1' }, true)).toBe('http://localhost:8081/api/v1');
  expect(getLocalEditorProxy({ EDITOR_LOCAL: '' }, true)).toBeUndefined();
  expect(getLocalEditorProxy({}, true)).toBeUndefined();
});

test('a build ignores EDITOR_LOCAL: only the dev server of npm run editor saves to the local proxy', () => {
  expect(getLocalEditorProxy({ EDITOR_LOCAL: 'http://localhost:8081/api/v1' }, false)).toBeUndefined();
  expect(getLocalReviewBranch({ EDITOR_LOCAL: 'http://localhost:8081/api/v1', EDITOR_REVIEWS: 'main' }, false)).toBeUndefined();
});

test('refuses an EDITOR_LOCAL that is not a local address, so saves never go elsewhere', () => {
  expect(() => getLocalEditorProxy({ EDITOR_LOCAL: '1' }, true)).toThrow(/EDITOR_LOCAL/);
  expect(() => getLocalEditorProxy({ EDITOR_LOCAL: 'https://example.org/api/v1' }, true)).toThrow(/EDITOR_LOCAL/);
});

test('rehearses the review only with the local editor, merging into the branch it names', () => {
  expect(getLocalReviewBranch({ EDITOR_LOCAL: 'http://127.0.0.1:8081/api/v1', EDITOR_REVIEWS: 'trabajo' }, true)).toBe('trabajo');
  expect(getLocalReviewBranch({ EDITOR_REVIEWS: 'trabajo' }, true)).toBeUndefined();
});
