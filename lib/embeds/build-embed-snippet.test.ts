import { describe, expect, it } from "vitest";
import { buildEmbedSnippet } from "./build-embed-snippet";

describe("buildEmbedSnippet", () => {
  it("writes a lazy, borderless 600×400 iframe with escaped attributes", () => {
    const html = buildEmbedSnippet({
      src: "https://opengap.example/embed/gap?cat=coding&org=a,-b",
      title: 'Gap "coding" <live>',
    });
    expect(html).toBe(
      '<iframe src="https://opengap.example/embed/gap?cat=coding&amp;org=a,-b" title="Gap &quot;coding&quot; &lt;live&gt;" width="600" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
