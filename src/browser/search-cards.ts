/**
 * The cards for the people and issues a reader's words name, drawn before the
 * results in the header panel and on the search page. The card data is one
 * small JSON file, fetched once, the first time a reader searches.
 */
import { highlightedUrl, SEARCH_CARDS_URL } from '@/lib/base/urls';
import { element } from '@/browser/dom';
import { namedBy, prepareNames } from '@/lib/base/name-match';
import { NAME_LANG_DIRECTION } from '@/lib/base/writing-systems';
import type { CardRound, IssueCard, PersonCard, SearchCard } from '@/lib/search/search-cards';
import { SEARCH_CARDS_SHOWN } from '@/lib/search/search-client-config';

let loading: Promise<SearchCard[]> | undefined;

/** Every card, fetched once; a failed fetch is retried on the next call. */
export function loadCards(): Promise<SearchCard[]> {
  loading ??= fetch(SEARCH_CARDS_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_CARDS_URL}: ${response.status}`);
      return response.json() as Promise<SearchCard[]>;
    })
    .then((cards) => {
      prepareNames(cards);
      return cards;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The cards `term` names, best first; none when the cards cannot be loaded, so the results still show. */
export async function cardsFor(term: string): Promise<SearchCard[]> {
  const cards = await loadCards().catch(() => []);
  return namedBy(term, cards, SEARCH_CARDS_SHOWN);
}

/** A card's page, carrying the words searched for so the page highlights the name as it writes it. */
function linkTo(url: string, term: string, text: string): HTMLAnchorElement {
  const link = element('a', '', [text]);
  link.href = highlightedUrl(url, term.split(/\s+/).filter(Boolean));
  return link;
}

function roundLink(round: CardRound): HTMLAnchorElement {
  const link = element('a', '', [round.label]);
  link.href = round.url;
  return link;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function personCard(card: PersonCard, term: string): HTMLLIElement {
  const native = card.nativeNames.map((form) => {
    const span = element('span', 'native-name', [form.name]);
    span.lang = form.lang;
    span.dir = NAME_LANG_DIRECTION[form.lang];
    return span;
  });
  const heading = element('h2', 'search-card-title', [linkTo(card.url, term, card.name)]);
  if (native.length > 0)
    heading.append(
      ' ',
      element(
        'span',
        'search-card-native',
        native.flatMap((span, i) => (i > 0 ? [' · ', span] : [span])),
      ),
    );
  const attended =
    card.roundsAttended === 0
      ? ['Not in any round’s delegation yet']
      : [
          `Attended ${plural(card.roundsAttended, 'round', 'rounds')}`,
          ...(card.roundsUncertain > 0 ? [` (at ${card.roundsUncertain} of them, attendance not settled by the sources)`] : []),
          ...(card.latestRound ? ['; latest ', roundLink(card.latestRound)] : []),
        ];
  return element('li', 'search-card', [
    element('p', 'search-card-kind meta', [`Person · ${card.side}`]),
    heading,
    ...(card.role ? [element('p', 'search-card-role', [card.role])] : []),
    element('p', 'search-card-rounds meta', attended),
  ]);
}

function issueCard(card: IssueCard, term: string): HTMLLIElement {
  const rounds =
    card.roundCount === 0
      ? [element('p', 'search-card-rounds meta', ['Not taken up in any round yet'])]
      : [
          element('p', 'search-card-rounds meta', [
            `Came up in ${plural(card.roundCount, 'round', 'rounds')}${card.roundCount > card.latestRounds.length ? ', the latest:' : ':'}`,
          ]),
          element(
            'ul',
            'search-card-round-list',
            card.latestRounds.map((round) => element('li', '', [roundLink(round)])),
          ),
        ];
  return element('li', 'search-card', [
    element('p', 'search-card-kind meta', ['Issue']),
    element('h2', 'search-card-title', [linkTo(card.url, term, card.title)]),
    element('p', 'search-card-summary', [card.summary]),
    ...rounds,
  ]);
}

/** Draws the cards for `term` into `list`, replacing what it held, and hides the list when there are none. */
export function showCards(list: HTMLElement, cards: readonly SearchCard[], term: string): void {
  list.replaceChildren(...cards.map((card) => (card.kind === 'person' ? personCard(card, term) : issueCard(card, term))));
  list.hidden = cards.length === 0;
}
