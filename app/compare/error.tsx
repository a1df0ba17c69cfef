"use client";

import Link from "next/link";
import { RouteError } from "@/components/layout/route-error";

export default function CompareError({ reset }: { error: Error; reset: () => void }) {
  return (
    <RouteError
      title="Compare models"
      testId="compare-error"
      what="This comparison"
      reset={reset}
      elsewhere={<Link href="/compare">start a new comparison</Link>}
    />
  );
}
