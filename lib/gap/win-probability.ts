/**
 * The chance the higher-rated model wins a head-to-head vote, from the Elo/Bradley–Terry
 * formula Arena ratings use: 1 / (1 + 10^(−gap/400)). 30 points ≈ 54 %.
 */
export function winProbability(gapPoints: number): number {
  return 1 / (1 + 10 ** (-gapPoints / 400));
}
