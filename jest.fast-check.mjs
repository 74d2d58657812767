// Jest setup: property tests (fast-check) run with a fixed seed by default, so CI is reproducible;
// NIANBAO_PROPS=random (npm run test:props) uses fresh seeds and NIANBAO_PROPS_RUNS runs per property (default 2000).
import fc from 'fast-check';

/** The seed used unless NIANBAO_PROPS=random; NIANBAO_PROPS_SEED replays a reported seed. */
const FIXED_SEED = 20250120;

if (process.env.NIANBAO_PROPS === 'random') {
  const numRuns = Number.parseInt(process.env.NIANBAO_PROPS_RUNS ?? '2000', 10);
  fc.configureGlobal({ numRuns: Number.isFinite(numRuns) && numRuns > 0 ? numRuns : 2000 });
} else {
  const seed = Number.parseInt(process.env.NIANBAO_PROPS_SEED ?? String(FIXED_SEED), 10);
  fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : FIXED_SEED });
}
