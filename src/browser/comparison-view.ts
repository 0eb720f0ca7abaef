/**
 * The comparison of two rounds written into the compare page: the markup of
 * src/components/views/Comparison.astro, built from the same Comparison, so a pair
 * reads the same here as on its static page.
 */
import { element } from '@/browser/dom';
import { fillIn } from '@/lib/base/browser-words';
import type { Side } from '@/lib/base/sides';
import {
  CHANGES,
  changeSummary,
  type CellItem,
  type Comparison,
  type ComparisonRow,
  type ComparisonSection,
  type ComparisonWords,
} from '@/lib/views/compare-rounds';

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const anchor = element('a', className, [text]);
  anchor.href = href;
  return anchor;
}

const sideName = (side: Side, words: ComparisonWords): HTMLElement => element('span', `side side-${side}`, [words.sides[side]]);

const mark = (change: ComparisonRow['change'], words: ComparisonWords): HTMLElement =>
  element('span', `change change-${change}`, [words.changes[change]]);

function withAttributes<T extends HTMLElement>(node: T, attributes: Record<string, string>): T {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function cell(items: readonly CellItem[], roundLabel: string, words: ComparisonWords): HTMLTableCellElement {
  if (items.length === 0) return element('td', '', [element('span', 'meta', [words.noneRecorded])]);
  const list = element(
    'ul',
    'plain-list',
    items.map((item) => {
      const entry = element('li', '', [
        ...(item.redLine ? [element('span', 'red-line', [words.redLine]), ' '] : []),
        item.href ? link(item.href, item.text) : item.text,
        ...(item.source
          ? [
              ' ',
              withAttributes(link(item.source.href, `[${item.source.number}]`, 'citation'), {
                'aria-label': fillIn(words.sourceOf, { n: item.source.number, round: roundLabel }),
              }),
            ]
          : []),
      ]);
      // A text kept in the English's words (a venue's name) says so, to be read and set as English.
      return item.lang === undefined ? entry : withAttributes(entry, { lang: item.lang });
    }),
  );
  return element('td', '', [list]);
}

function row(entry: ComparisonRow, comparison: Comparison, words: ComparisonWords): HTMLTableRowElement {
  const { subject } = entry;
  const header = withAttributes(
    element('th', '', [
      ...(subject.fact === undefined ? [] : [subject.fact]),
      ...(subject.issue ? [link(subject.issue.href, subject.issue.title)] : []),
      ...(subject.issue && subject.side ? [' '] : []),
      ...(subject.side ? [sideName(subject.side, words)] : []),
      ...(subject.mediating ? [' ', element('span', 'meta', [words.mediator])] : []),
      ' ',
      mark(entry.change, words),
      ...(entry.detail === undefined ? [] : [' ', element('span', 'change-detail', [entry.detail])]),
    ]),
    { scope: 'row' },
  );
  return element('tr', '', [
    header,
    cell(entry.earlier, comparison.earlier.label, words),
    cell(entry.later, comparison.later.label, words),
  ]);
}

function section(part: ComparisonSection, comparison: Comparison, words: ComparisonWords): HTMLElement {
  const heading = withAttributes(element('h2', '', [part.title]), { id: part.id });
  if (part.rows.length === 0)
    return withAttributes(element('section', '', [heading, element('p', '', [part.empty])]), { 'aria-labelledby': part.id });
  const columns = [part.subjectHeading, comparison.earlier.heading, comparison.later.heading];
  const table = element('table', '', [
    withAttributes(element('caption', '', [part.caption]), { id: `${part.id}-caption` }),
    element('thead', '', [
      element(
        'tr',
        '',
        columns.map((text) => withAttributes(element('th', '', [text]), { scope: 'col' })),
      ),
    ]),
    element(
      'tbody',
      '',
      part.rows.map((entry) => row(entry, comparison, words)),
    ),
  ]);
  return withAttributes(
    element('section', '', [
      heading,
      withAttributes(element('div', 'table-scroll', [table]), { role: 'region', tabindex: '0', 'aria-labelledby': `${part.id}-caption` }),
    ]),
    { 'aria-labelledby': part.id },
  );
}

/** The whole comparison in the edition's words, ready to put in the page's `[data-compare-result]`. */
export function comparisonView(comparison: Comparison, words: ComparisonWords): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const rounds = element(
    'dl',
    'compare-rounds',
    (
      [
        [words.earlierRound, comparison.earlier],
        [words.laterRound, comparison.later],
      ] as const
    ).flatMap(([term, round]) => [
      element('dt', '', [term]),
      element('dd', '', [link(round.url, round.title), ' ', element('span', 'meta', [`(${round.heading})`])]),
    ]),
  );
  const legend = element(
    'dl',
    'meta compare-legend',
    CHANGES.flatMap((change) => [element('dt', '', [mark(change, words)]), element('dd', '', [words.meanings[change]])]),
  );
  fragment.append(
    rounds,
    element('p', 'compare-summary', [changeSummary(comparison, words)]),
    legend,
    ...comparison.sections.map((part) => section(part, comparison, words)),
  );
  return fragment;
}
