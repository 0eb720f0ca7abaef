import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '@/collections';
import { heldRounds } from '@/lib/model/timeline';
import { comparableRound } from '@/lib/views/compare-data';
import type { ComparableRound } from '@/lib/views/compare-rounds';

/** One small file per held round: the compare page fetches the two it compares. */
export const getStaticPaths = (async () => {
  const record = await loadRecord();
  return heldRounds(record.timeline).map((round) => ({ params: { id: round.id }, props: { round: comparableRound(round, record) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ round: ComparableRound }> = ({ props }) => Response.json(props.round);
