/**
 * The compare page: the two rounds chosen in its form, compared in the page
 * from the small file the build writes per held round, the choice kept in the
 * address (?a=<id>&b=<id>) so a comparison can be shared, reloaded and stepped
 * through with back and forward. The selects start with the latest rounds and
 * get every held round, from one more small file, once the reader uses them. The page gives its edition's words in
 * `data-words`, and its files are the edition's own.
 */
import { comparisonView } from '@/browser/comparison-view';
import { requiredElement } from '@/browser/dom';
import { latestOnly } from '@/lib/base/latest-only';
import { localizedPath } from '@/lib/base/locales';
import { fillIn } from '@/lib/base/browser-words';
import { COMPARE_CHOICES_URL, compareDataUrl, withQuery } from '@/lib/base/urls';
import type { CompareChoice } from '@/lib/views/compare-data';
import { compareRounds, type ComparableRound, type ComparisonWords } from '@/lib/views/compare-rounds';

interface Pair {
  a: string;
  b: string;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The pair the address names, when it names two rounds. */
function pairInAddress(): Pair | undefined {
  const params = new URLSearchParams(location.search);
  const [a, b] = [params.get('a'), params.get('b')];
  return a && b ? { a, b } : undefined;
}

/** Options grouped by year, as the page's HTML groups them. */
function optionsByYear(choices: readonly CompareChoice[]): HTMLOptGroupElement[] {
  return [...Map.groupBy(choices, (choice) => choice.year)].map(([year, inYear]) => {
    const group = document.createElement('optgroup');
    group.label = String(year);
    group.append(...inYear.map((choice) => new Option(choice.label, choice.id)));
    return group;
  });
}

export function startComparePage(root: HTMLElement): void {
  const form = requiredElement<HTMLFormElement>(root, 'form');
  const selects = {
    a: requiredElement<HTMLSelectElement>(form, 'select[name="a"]'),
    b: requiredElement<HTMLSelectElement>(form, 'select[name="b"]'),
  };
  const status = requiredElement<HTMLElement>(root, '[data-compare-status]');
  const result = requiredElement<HTMLElement>(root, '[data-compare-result]');
  const words = JSON.parse(root.dataset['words'] ?? '') as ComparisonWords;

  let allChoices: Promise<void> | undefined;
  /** Every held round in both selects, the current choice kept; loaded once, and tried again if it failed. */
  const loadAllChoices = (): Promise<void> =>
    (allChoices ??= fetchJson<CompareChoice[]>(localizedPath(COMPARE_CHOICES_URL, words.locale)).then(
      (choices) => {
        for (const select of Object.values(selects)) {
          const chosen = select.value;
          select.replaceChildren(...optionsByYear(choices));
          select.value = chosen;
        }
      },
      () => {
        allChoices = undefined;
      },
    ));

  /** Sets the selects to a pair, loading every round first when the pair is not among the latest. */
  async function choose(pair: Pair): Promise<void> {
    const listed = (select: HTMLSelectElement, id: string) => [...select.options].some((option) => option.value === id);
    if (!listed(selects.a, pair.a) || !listed(selects.b, pair.b)) await loadAllChoices();
    selects.a.value = pair.a;
    selects.b.value = pair.b;
  }

  const show = latestOnly<Pair | undefined>(async (pair, isCurrent) => {
    if (!pair) {
      status.textContent = '';
      result.replaceChildren();
      return;
    }
    if (pair.a === pair.b) {
      status.textContent = words.sameRound;
      result.replaceChildren();
      return;
    }
    status.textContent = words.loading;
    try {
      const [a, b] = await Promise.all(
        [pair.a, pair.b].map((id) => fetchJson<ComparableRound>(localizedPath(compareDataUrl(encodeURIComponent(id)), words.locale))),
      );
      if (!isCurrent() || !a || !b) return;
      const comparison = compareRounds(a, b, words);
      result.replaceChildren(comparisonView(comparison, words));
      status.textContent = fillIn(words.comparing, { earlier: comparison.earlier.title, later: comparison.later.title });
    } catch {
      if (!isCurrent()) return;
      status.textContent = words.notFound;
      result.replaceChildren();
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const pair = { a: selects.a.value, b: selects.b.value };
    const url = withQuery(location.pathname, new URLSearchParams({ ...pair }).toString());
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void show(pair);
  });
  for (const type of ['focusin', 'pointerover'] as const) form.addEventListener(type, () => void loadAllChoices(), { once: true });
  window.addEventListener('popstate', () => {
    const pair = pairInAddress();
    void (pair ? choose(pair) : Promise.resolve()).then(() => show(pair));
  });

  const initial = pairInAddress();
  if (initial) void choose(initial).then(() => show(initial));
}
