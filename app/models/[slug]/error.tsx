"use client";

import Link from "next/link";
import { RouteError } from "@/components/layout/route-error";

export default function ModelError({ reset }: { error: Error; reset: () => void }) {
  return (
    <RouteError
      title="Model"
      testId="model-error"
      what="This model page"
      reset={reset}
      elsewhere={<Link href="/compare">search for a model</Link>}
    />
  );
}
