import type { CslItem, CslName } from './csl-item';

/** The name the Scholar style is registered under in citation-js. */
export const SCHOLAR_STYLE_ID = 'paper-distill-scholar';

/**
 * Google Scholar's APA-like "Cite" line for an arXiv preprint:
 * `Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). Title. arXiv preprint arXiv:2406.10454.`
 *
 * - every given name becomes an initial followed by ". ", hyphenated ones too ("Jean-Pierre" →
 *   "J. P."), as Scholar prints them (APA would write "J.-P.");
 * - the family name starts with a capital, particles included ("Van der Maaten, L."), as Scholar does;
 * - "&" before the last author, after a comma even with two authors;
 * - 8 or more authors: the first 6, then the last one (CSL's et-al-use-last). Scholar writes
 *   "..., & Last" there, which CSL cannot express, so `finishScholarLine` rewrites citeproc's "… ";
 * - citeproc drops the period after a title that already ends in "?", "!" or ".".
 */
export const SCHOLAR_STYLE_XML = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US" demote-non-dropping-particle="never">
  <info>
    <title>Paper Distill: Google Scholar line</title>
    <id>${SCHOLAR_STYLE_ID}</id>
    <updated>2025-01-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="and" form="symbol">&amp;</term>
    </terms>
  </locale>
  <macro name="authors">
    <names variable="author">
      <name and="symbol" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="all" sort-separator=", " initialize-with=". " initialize-with-hyphen="false" et-al-min="8" et-al-use-first="6" et-al-use-last="true">
        <name-part name="family" text-case="capitalize-first"/>
      </name>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued" prefix="(" suffix=").">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text value="(n.d.)."/>
      </else>
    </choose>
  </macro>
  <citation>
    <layout>
      <text variable="title"/>
    </layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=" ">
        <text macro="authors"/>
        <text macro="year"/>
        <text variable="title" suffix="."/>
        <text value="arXiv preprint"/>
        <text variable="number"/>
      </group>
    </layout>
  </bibliography>
</style>`;

/**
 * Scholar attaches a suffix to the family name without its period ("Brooks Jr, F. P."), where
 * CSL would print "Brooks, F. P., Jr.".
 */
export function toScholarItem(item: CslItem): CslItem {
  return { ...item, author: item.author.map(suffixIntoFamily) };
}

function suffixIntoFamily(name: CslName): CslName {
  if (name.suffix === undefined) return name;
  const { suffix, ...rest } = name;
  return { ...rest, family: `${name.family} ${suffix.replace(/\.$/, '')}` };
}

/** citeproc's et-al-use-last output is "F, A., … L, A."; Scholar's is "F, A., ... & L, A.". */
export function finishScholarLine(line: string, authorCount: number): string {
  if (authorCount < 8) return line;
  return line.replace(', \u2026 ', ', ... & ');
}
