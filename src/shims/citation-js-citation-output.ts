// @citation-js/plugin-csl's `citation` output (in-text citations, "(Fu et al., 2024)") drives
// citeproc's citation-cluster machinery, which the bundles leave out of citeproc
// (scripts/bundle-options.cjs): Paper Distill only formats bibliography entries. Asking for it
// in a bundle says so, instead of failing somewhere inside citeproc.
export default function citation(): never {
  throw new Error('citation-js\'s "citation" output is not part of this build: Paper Distill formats bibliography entries only.');
}
