/**
 * The cards for the people and issues a reader's words name, drawn before the
 * results in the header panel and on the search page. The card data is one
 * small JSON file per edition, with the words the panel writes in that
 * edition, fetched once, the first time a reader searches.
 */
import { countPhrase, fillIn, type PanelWords } from '@/lib/base/browser-words';
import { localeOfPath, localizedPath } from '@/lib/base/locales';
import { highlightedUrl, SEARCH_CARDS_URL } from '@/lib/base/urls';
import { element } from '@/browser/dom';
import { namedBy, prepareNames } from '@/lib/base/name-match';
import type { CardRound, IssueCard, PersonCard, SearchCard, SearchCardsFile } from '@/lib/search/search-cards';
import { SEARCH_CARDS_SHOWN } from '@/lib/search/search-client-config';

let loading: Promise<SearchCardsFile> | undefined;

/** This edition's cards and panel words, fetched once; a failed fetch is retried on the next call. */
export function loadCards(): Promise<SearchCardsFile> {
  const url = localizedPath(SEARCH_CARDS_URL, localeOfPath(location.pathname));
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<SearchCardsFile>;
    })
    .then((file) => {
      prepareNames(file.cards);
      return file;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The cards `term` names, best first, and the edition's words to draw them with. */
export async function cardsFor(term: string): Promise<SearchCardsFile> {
  const { words, cards } = await loadCards();
  return { words, cards: namedBy(term, cards, SEARCH_CARDS_SHOWN) };
}

/** The language the page is written in, which chooses the plural forms of its counts. */
const pageLang = (): string => document.documentElement.lang;

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

function personCard(card: PersonCard, term: string, { card: words }: PanelWords): HTMLLIElement {
  const native = card.otherNames.map((form) => {
    const span = element('span', 'native-name', [form.name]);
    span.lang = form.lang;
    span.dir = form.dir;
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
      ? [words.notInDelegation]
      : [
          countPhrase(words.attended, card.roundsAttended, pageLang()),
          ...(card.roundsUncertain > 0 ? [fillIn(words.uncertain, { count: card.roundsUncertain })] : []),
          ...(card.latestRound ? [words.latest, roundLink(card.latestRound)] : []),
        ];
  return element('li', 'search-card', [
    element('p', 'search-card-kind meta', [`${words.person} · ${card.side}`]),
    heading,
    ...(card.role ? [element('p', 'search-card-role', [card.role])] : []),
    element('p', 'search-card-rounds meta', attended),
  ]);
}

function issueCard(card: IssueCard, term: string, { card: words }: PanelWords): HTMLLIElement {
  const rounds =
    card.roundCount === 0
      ? [element('p', 'search-card-rounds meta', [words.notTakenUp])]
      : [
          element('p', 'search-card-rounds meta', [
            `${countPhrase(words.cameUpIn, card.roundCount, pageLang())}${card.roundCount > card.latestRounds.length ? words.theLatest : words.them}`,
          ]),
          element(
            'ul',
            'search-card-round-list',
            card.latestRounds.map((round) => element('li', '', [roundLink(round)])),
          ),
        ];
  return element('li', 'search-card', [
    element('p', 'search-card-kind meta', [words.issue]),
    element('h2', 'search-card-title', [linkTo(card.url, term, card.title)]),
    element('p', 'search-card-summary', [card.summary]),
    ...rounds,
  ]);
}

/** Draws the cards for `term` into `list` in the edition's `words`, replacing what it held, and hides the list when there are none. */
export function showCards(list: HTMLElement, cards: readonly SearchCard[], term: string, words: PanelWords): void {
  list.replaceChildren(...cards.map((card) => (card.kind === 'person' ? personCard(card, term, words) : issueCard(card, term, words))));
  list.hidden = cards.length === 0;
}
