import type { LicenceClass } from "@/lib/domain";

/** One reviewed licence decision for one model slug, with the evidence that decided it. */
export interface LicenceReview {
  slug: string;
  licenceClass: LicenceClass;
  /** The licence's published name ("MIT", "Llama 3.1 Community", "Proprietary"), shown on model pages. */
  licence: string;
  reason: string;
}
