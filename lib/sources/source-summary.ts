/** A source as the pages list it: who published the numbers, what they are, what we hold. */
export interface SourceSummary {
  slug: string;
  name: string;
  publisher: string;
  homepage: string;
  dataLicence: string;
  series: string;
  snapshotCount: number;
  firstDate: string | null;
  lastDate: string | null;
}
