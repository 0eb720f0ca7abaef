import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryEdition } from '@/collections';
import { heldRounds } from '@/lib/model/timeline';
import { comparableRound } from '@/lib/views/compare-data';
import type { ComparableRound } from '@/lib/views/compare-rounds';

/** One small file per held round and edition: the compare page fetches the two it compares, in its own language. */
export const getStaticPaths = (() =>
  inEveryEdition((record) =>
    heldRounds(record.timeline).map((round) => ({
      params: { id: round.id },
      props: { round: comparableRound(round, record, record.locale) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ round: ComparableRound }> = ({ props }) => Response.json(props.round);
