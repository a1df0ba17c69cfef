import type { ViewPoint } from "@/lib/gap/build-gap-view";
import { describeAnswer } from "@/lib/gap/describe-answer";

/** The page's answer in one sentence, before any control or chart. */
export function GapAnswer({ point, sourceName }: { point: ViewPoint; sourceName: string }) {
  const answer = describeAnswer(point, sourceName);
  if (!answer) return null;
  return (
    <p className="lede" data-testid="gap-answer">
      {answer.sentence}{" "}
      <a href="#how-to-read" className="muted">
        How to read this
      </a>
    </p>
  );
}
