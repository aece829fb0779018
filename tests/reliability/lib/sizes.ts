/** True under `pnpm test:soak` (SOAK=1): the full sizes of issue 6 instead of the CI sizes. */
export const SOAK = process.env.SOAK === '1';

/**
 * Every loop of the suite is bounded by one of these counts, so a CI run on two cores finishes in
 * minutes while the soak run reaches the sizes the city is promised.
 */
export const SIZES = SOAK
  ? {
      crashTablets: 30,
      crashKills: 100,
      fuzzFrames: 100_000,
      roomChurn: 10_000,
      reconnectTablets: 60,
      offlineNotes: 200,
      offlineParticipants: 1,
    }
  : {
      crashTablets: 10,
      crashKills: 5,
      fuzzFrames: 5_000,
      roomChurn: 500,
      reconnectTablets: 60,
      offlineNotes: 200,
      offlineParticipants: 10,
    };

/** The seed every random choice derives from; override with RELIABILITY_SEED to replay a run. */
export const SEED = Number(process.env.RELIABILITY_SEED ?? 20261126);
