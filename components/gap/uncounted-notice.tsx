import Link from "next/link";
import type { GapPoint, RatedModel } from "@/lib/gap/types";

/** A model that would change the headline but whose licence nobody has confirmed yet. */
export function UncountedNotice({ model, point }: { model: RatedModel; point: GapPoint }) {
  return (
    <p className="notice" role="note" data-testid="uncounted">
      Not counted: <Link href={`/models/${model.slug}`}>{model.name}</Link> (
      {model.rating.toFixed(0)}) rates above the best open model on this board, but its licence is
      unknown, so it counts on neither side until the reviewed licence list decides it.
      {point.open
        ? ` Counted as open today: ${point.open.name} (${point.open.rating.toFixed(0)}).`
        : ""}
    </p>
  );
}
