/** What a venue is, as far as a BibTeX entry type goes. */
export type VenueKind = 'conference' | 'journal' | 'other';

// OpenAlex source types (`primary_location.source.type`) that settle it. A book series holds
// proceedings far more often than monographs (LNCS, PMLR). For a `book`, `ebook platform`,
// `other` or no type, the name decides.
const BY_TYPE: ReadonlyMap<string, VenueKind> = new Map<string, VenueKind>([
  ['conference', 'conference'],
  ['book series', 'conference'],
  ['journal', 'journal'],
]);

const CONFERENCE_WORDS = /\b(conference|proceedings|workshops?|symposium|congress|colloquium|meeting|summit)\b/i;
const JOURNAL_WORDS = /\b(journal|transactions|letters|review|magazine|annals|bulletin|quarterly)\b/i;
// Conferences OpenAlex often names without the word "conference", by their usual names.
const CONFERENCE_NAMES =
  /\b(corl|icra|iros|rss|neurips|nips|icml|iclr|cvpr|iccv|eccv|aaai|ijcai|acl|emnlp|naacl|coling|kdd|siggraph|uai|aistats|colt|wacv|bmvc|humanoids|robotics: science and systems|neural information processing systems)\b/i;
const JOURNAL_NAMES = /^(nature|science|science robotics|science advances|cell|pnas|plos one|ieee access|neural computation|machine learning|artificial intelligence)\b/i;

/**
 * The kind of a venue: OpenAlex's source type when we stored one it speaks clearly about, else
 * the venue's name (words such as "Conference" or "Journal", or a well-known acronym). A venue
 * nothing tells about is `other`: citing it as a journal would be a guess.
 */
export function venueKind(venue: string, venueType: string | undefined): VenueKind {
  const typed = venueType === undefined ? undefined : BY_TYPE.get(venueType.trim().toLowerCase());
  if (typed !== undefined) return typed;
  if (CONFERENCE_WORDS.test(venue) || CONFERENCE_NAMES.test(venue)) return 'conference';
  if (JOURNAL_WORDS.test(venue) || JOURNAL_NAMES.test(venue.trim())) return 'journal';
  return 'other';
}
