import Link from "next/link";

/** Four sentences a newcomer needs before the chart makes sense; the glossary has the rest. */
export function HowToRead() {
  return (
    <section id="how-to-read" aria-labelledby="how-to-read-title" data-testid="how-to-read">
      <h2 id="how-to-read-title">How to read this</h2>
      <ul>
        <li>
          <strong>The two lines</strong> are the best proprietary and the best open-weight model on
          each leaderboard snapshot. The shaded area around a line is its 95 % interval.
        </li>
        <li>
          <strong>Rating points</strong> come from people&apos;s votes between two answers: a gap of
          30 points means the leader wins about 54 % of votes, 100 points about 64 %.
        </li>
        <li>
          <strong>Lower is better news for open models:</strong> when the gap line falls, open
          models are catching up.
        </li>
        <li>
          <strong>Jumps at dashed lines</strong> are a new source or a method change (such as style
          control, which discounts long or heavily formatted answers), not a change in the models.
        </li>
      </ul>
      <p>
        Words like <em>snapshot</em>, <em>style control</em>, <em>stitched</em> and <em>pp</em> are
        explained in the <Link href="/glossary">glossary</Link>.
      </p>
    </section>
  );
}
