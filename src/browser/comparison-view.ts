/**
 * The comparison of two rounds written into the compare page: the markup of
 * src/components/views/Comparison.astro, built from the same Comparison, so a pair
 * reads the same here as on its static page.
 */
import { element } from '@/browser/dom';
import { RED_LINE_LABEL, sideLabel, type Side } from '@/lib/base/sides';
import {
  CHANGES,
  CHANGE_LABELS,
  CHANGE_MEANINGS,
  changeSummary,
  type CellItem,
  type Comparison,
  type ComparisonRow,
  type ComparisonSection,
} from '@/lib/views/compare-rounds';

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const anchor = element('a', className, [text]);
  anchor.href = href;
  return anchor;
}

const sideName = (side: Side): HTMLElement => element('span', `side side-${side}`, [sideLabel(side)]);

const mark = (change: ComparisonRow['change']): HTMLElement => element('span', `change change-${change}`, [CHANGE_LABELS[change]]);

function withAttributes<T extends HTMLElement>(node: T, attributes: Record<string, string>): T {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function cell(items: readonly CellItem[], roundLabel: string): HTMLTableCellElement {
  if (items.length === 0) return element('td', '', [element('span', 'meta', ['none recorded'])]);
  const list = element(
    'ul',
    'plain-list',
    items.map((item) =>
      element('li', '', [
        ...(item.redLine ? [element('span', 'red-line', [RED_LINE_LABEL]), ' '] : []),
        item.href ? link(item.href, item.text) : item.text,
        ...(item.source
          ? [
              ' ',
              withAttributes(link(item.source.href, `[${item.source.number}]`, 'citation'), {
                'aria-label': `Source ${item.source.number} of ${roundLabel}`,
              }),
            ]
          : []),
      ]),
    ),
  );
  return element('td', '', [list]);
}

function row(entry: ComparisonRow, comparison: Comparison): HTMLTableRowElement {
  const { subject } = entry;
  const header = withAttributes(
    element('th', '', [
      ...(subject.fact === undefined ? [] : [subject.fact]),
      ...(subject.issue ? [link(subject.issue.href, subject.issue.title)] : []),
      ...(subject.issue && subject.side ? [' '] : []),
      ...(subject.side ? [sideName(subject.side)] : []),
      ...(subject.mediating ? [' ', element('span', 'meta', ['(mediator)'])] : []),
      ' ',
      mark(entry.change),
      ...(entry.detail === undefined ? [] : [' ', element('span', 'change-detail', [entry.detail])]),
    ]),
    { scope: 'row' },
  );
  return element('tr', '', [header, cell(entry.earlier, comparison.earlier.label), cell(entry.later, comparison.later.label)]);
}

function section(part: ComparisonSection, comparison: Comparison): HTMLElement {
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
      part.rows.map((entry) => row(entry, comparison)),
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

/** The whole comparison, ready to put in the page's `[data-compare-result]`. */
export function comparisonView(comparison: Comparison): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const rounds = element(
    'dl',
    'compare-rounds',
    (
      [
        ['Earlier round', comparison.earlier],
        ['Later round', comparison.later],
      ] as const
    ).flatMap(([term, round]) => [
      element('dt', '', [term]),
      element('dd', '', [link(round.url, round.title), ' ', element('span', 'meta', [`(${round.heading})`])]),
    ]),
  );
  const legend = element(
    'dl',
    'meta compare-legend',
    CHANGES.flatMap((change) => [element('dt', '', [mark(change)]), element('dd', '', [CHANGE_MEANINGS[change]])]),
  );
  fragment.append(
    rounds,
    element('p', 'compare-summary', [changeSummary(comparison)]),
    legend,
    ...comparison.sections.map((part) => section(part, comparison)),
  );
  return fragment;
}
