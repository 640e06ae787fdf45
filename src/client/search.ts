/**
 * The search page: asks Pagefind's static index (served by the site itself) and lists the
 * results. The query and filters live in the address (?q=…&estado=…), so a search can be
 * shared and the browser's back button works; the status line is a live region, so screen
 * readers hear how many results were found.
 */
import { t } from '../lib/i18n';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string | null,
    options: { filters: Record<string, string> },
    wait: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 30;
const s = t.search;
const form = document.querySelector<HTMLFormElement>('form.search')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const status = document.querySelector<HTMLElement>('.search__status')!;
const list = document.querySelector<HTMLOListElement>('.search__results')!;
let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind with every index merged in: the site's own pages are in the index beside the script,
 * each plan's in its own (data-indices), so a rebuild re-indexes only the plans that changed.
 * Searches then answer from all of them; options apply to one index each. Any index missing
 * (a preview built without search) rejects this, and the page says search is unavailable.
 */
function getPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>).then(async (module) => {
    const options = { baseUrl: form.dataset.base, excerptLength: 30 };
    await module.options(options);
    const indices = (form.dataset.indices ?? '').split(' ').filter((path) => path !== '');
    await Promise.all(indices.map((path) => module.mergeIndex(path, options)));
    return module;
  });
  return pagefind;
}

/** Pagefind marks the words found with <mark> in escaped text: rebuild it as text and marks only. */
function toExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

function toResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(toExcerpt(data.excerpt));
  item.append(heading, excerpt);
  return item;
}

function getFilters(): Record<string, string> {
  return Object.fromEntries(selects.filter((select) => select.value !== '').map((select) => [select.name, select.value]));
}

/** The page's address for a search, so that it can be shared and reloaded. */
function toAddress(query: string, filters: Record<string, string>): string {
  const search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
  return search ? `?${search}` : location.pathname;
}

let latestRun = 0;

async function toSearchResults(): Promise<void> {
  // Every keystroke starts a run; only the latest may change the page, whatever order they finish in.
  const run = ++latestRun;
  const query = input.value.trim();
  const filters = getFilters();
  history.replaceState(null, '', toAddress(query, filters));
  if (query === '' && Object.keys(filters).length === 0) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = s.typeToSearch;
    return;
  }
  // The status is a live region: it only announces results, not every keystroke.
  list.setAttribute('aria-busy', 'true');
  try {
    const search = await (await getPagefind()).debouncedSearch(query === '' ? null : query, { filters }, 250);
    if (!search || run !== latestRun) return;
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== latestRun) return;
    list.replaceChildren(...results.map(toResult));
    const total = search.results.length;
    const count = query === '' ? s.filteredCount(total) : s.resultCount(total, query);
    status.textContent = total > MAX_RESULTS ? `${count} ${s.firstResults(MAX_RESULTS)}` : count;
  } catch {
    if (run !== latestRun) return;
    list.replaceChildren();
    status.textContent = status.dataset.unavailable ?? '';
  } finally {
    if (run === latestRun) list.removeAttribute('aria-busy');
  }
}

function toFormFromAddress(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void toSearchResults();
});
input.addEventListener('input', () => void toSearchResults());
for (const select of selects) select.addEventListener('change', () => void toSearchResults());

toFormFromAddress();
void toSearchResults();
