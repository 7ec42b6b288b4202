import { isRecord } from './note/frontmatter';
import { toObsidianTag } from './note/tags';
import { DEFAULT_REQUIRED_SECTIONS, normalizeRequiredSections, type RequiredSection } from './note/template-settings';

export type CitationStyleSetting = 'scholar' | 'apa' | 'vancouver' | 'harvard' | 'bibtex';
export type ReadingStatus = 'to-read' | 'reading' | 'read';

/** 2: note template, file-name pattern, category-to-tag map and default tags. */
export const SETTINGS_VERSION = 2;

export interface Settings {
  readonly settingsVersion: number;
  /** Folder for new paper notes, vault-relative. */
  readonly folder: string;
  /** Tag that marks a paper note (also papers without an arXiv id). */
  readonly paperTag: string;
  /** Prefix for category tags: `arxiv/` turns cs.RO into `arxiv/cs-RO`; empty turns it into `cs-RO`. */
  readonly categoryTagPrefix: string;
  readonly addCategoryTags: boolean;
  readonly citationStyle: CitationStyleSetting;
  readonly defaultStatus: ReadingStatus;
  /** Open the note after creating it (or after finding it already there). */
  readonly openAfterCreate: boolean;
  /** arXiv API endpoint; only changed for mirrors or testing. */
  readonly apiUrl: string;
  /**
   * Seconds one arXiv lookup (a batch of up to 100 papers) may take in all, retries and back-off
   * included, before its notes are written as stubs and queued.
   */
  readonly arxivTimeoutSeconds: number;
  /** Sections every paper note must distill, with the headings accepted for each. */
  readonly requiredSections: readonly RequiredSection[];
  /** Refuse to mark a paper read (through the plugin or CLI) while sections are missing or empty. */
  readonly gateReadOnTemplate: boolean;
  /** Rating an imported reading-log entry gets when the reader marked it 🌟 (1–5). */
  readonly importRecommendedRating: number;
  /** Prefix of the tags made from a reading log's topic headings ("Robotics" → `topic/robotics`). */
  readonly importTopicTagPrefix: string;
  /** Ask the Hugging Face paper API for code and project links the abstract does not give. */
  readonly huggingFaceLinks: boolean;
  /** Fill in stub notes from arXiv by itself: once the workspace is ready, then every 10 minutes. */
  readonly completeStubsAutomatically: boolean;
  /** "Create paper notes from arXiv links in selection/current note" replace each link with a wikilink. */
  readonly replaceLinksWithWikilinks: boolean;
  /** Pasting an arXiv link into a note offers to create its paper note. */
  readonly offerNoteOnPaste: boolean;
  /** The dashboard's last filter, in the filter language of the `paper-distill` code block. */
  readonly dashboardFilter: string;
  /** Record `started` when a paper goes to reading and `finished` when it is marked read. */
  readonly trackReadingDates: boolean;
  /** Show the paper card (rating, status, tags, links, completeness) at the top of paper notes. */
  readonly showPaperCard: boolean;
  /** Vault path of the reader's note template; empty = the built-in body. */
  readonly templatePath: string;
  /** File name of a new note, with placeholders; sanitized for every OS and capped. */
  readonly fileNamePattern: string;
  /** arXiv category → tag, used instead of prefix + category (`cs.RO` → `robotics`). */
  readonly categoryTagMap: Readonly<Record<string, string>>;
  /** Tags every new paper note gets besides the paper tag. */
  readonly defaultTags: readonly string[];
  /** Ask OpenAlex for citation counts, venues and work ids on creation and refresh. */
  readonly openAlex: boolean;
  /** Sent as OpenAlex's `mailto` parameter (its "polite pool"); empty sends none. */
  readonly openAlexMailto: string;
  /** Download the PDF of each new paper note into the vault. */
  readonly savePdfs: boolean;
  /** Vault folder for downloaded PDFs. */
  readonly pdfFolder: string;
  /** Largest PDF downloaded, in megabytes. */
  readonly pdfMaxMb: number;
}

export const DEFAULT_SETTINGS: Settings = {
  settingsVersion: SETTINGS_VERSION,
  folder: 'Papers',
  paperTag: 'paper',
  categoryTagPrefix: 'arxiv/',
  addCategoryTags: true,
  citationStyle: 'scholar',
  defaultStatus: 'to-read',
  openAfterCreate: true,
  apiUrl: 'https://export.arxiv.org/api/query',
  arxivTimeoutSeconds: 60,
  requiredSections: DEFAULT_REQUIRED_SECTIONS,
  gateReadOnTemplate: true,
  importRecommendedRating: 5,
  importTopicTagPrefix: 'topic/',
  huggingFaceLinks: true,
  completeStubsAutomatically: true,
  replaceLinksWithWikilinks: false,
  offerNoteOnPaste: true,
  dashboardFilter: '',
  trackReadingDates: false,
  showPaperCard: true,
  templatePath: '',
  fileNamePattern: '{{title}}',
  categoryTagMap: {},
  defaultTags: [],
  openAlex: true,
  openAlexMailto: '',
  savePdfs: false,
  pdfFolder: 'Papers/PDF',
  pdfMaxMb: 50,
};

const STYLES: readonly CitationStyleSetting[] = ['scholar', 'apa', 'vancouver', 'harvard', 'bibtex'];
const STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'read'];

/**
 * Settings from whatever `loadData()` returned: unknown or mistyped fields fall back to their
 * defaults one by one, so a hand-edited or older data.json never breaks the plugin.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = migrateSettings(isRecord(raw) ? raw : {});
  const d = DEFAULT_SETTINGS;
  return {
    settingsVersion: SETTINGS_VERSION,
    folder: cleanFolder(str(r.folder, d.folder)),
    paperTag: tagText(str(r.paperTag, d.paperTag)) || d.paperTag,
    categoryTagPrefix: typeof r.categoryTagPrefix === 'string' ? r.categoryTagPrefix.trim() : d.categoryTagPrefix,
    addCategoryTags: bool(r.addCategoryTags, d.addCategoryTags),
    citationStyle: oneOf(r.citationStyle, STYLES, d.citationStyle),
    defaultStatus: oneOf(r.defaultStatus, STATUSES, d.defaultStatus),
    openAfterCreate: bool(r.openAfterCreate, d.openAfterCreate),
    apiUrl: /^https?:\/\//.test(str(r.apiUrl, '')) ? str(r.apiUrl, d.apiUrl) : d.apiUrl,
    arxivTimeoutSeconds: timeoutSeconds(r.arxivTimeoutSeconds, d.arxivTimeoutSeconds),
    requiredSections: r.requiredSections === undefined ? d.requiredSections : normalizeRequiredSections(r.requiredSections),
    gateReadOnTemplate: bool(r.gateReadOnTemplate, d.gateReadOnTemplate),
    importRecommendedRating: rating(r.importRecommendedRating, d.importRecommendedRating),
    importTopicTagPrefix: typeof r.importTopicTagPrefix === 'string' ? tagPrefix(r.importTopicTagPrefix) : d.importTopicTagPrefix,
    huggingFaceLinks: bool(r.huggingFaceLinks, d.huggingFaceLinks),
    completeStubsAutomatically: bool(r.completeStubsAutomatically, d.completeStubsAutomatically),
    replaceLinksWithWikilinks: bool(r.replaceLinksWithWikilinks, d.replaceLinksWithWikilinks),
    offerNoteOnPaste: bool(r.offerNoteOnPaste, d.offerNoteOnPaste),
    dashboardFilter: str(r.dashboardFilter, d.dashboardFilter),
    trackReadingDates: bool(r.trackReadingDates, d.trackReadingDates),
    showPaperCard: bool(r.showPaperCard, d.showPaperCard),
    templatePath: cleanFolder(str(r.templatePath, d.templatePath)),
    fileNamePattern: str(r.fileNamePattern, '').trim() === '' ? d.fileNamePattern : str(r.fileNamePattern, '').trim(),
    categoryTagMap: tagMap(r.categoryTagMap),
    defaultTags: tagList(r.defaultTags),
    openAlex: bool(r.openAlex, d.openAlex),
    openAlexMailto: str(r.openAlexMailto, d.openAlexMailto).trim(),
    savePdfs: bool(r.savePdfs, d.savePdfs),
    pdfFolder: cleanFolder(str(r.pdfFolder, d.pdfFolder)),
    pdfMaxMb: typeof r.pdfMaxMb === 'number' && Number.isFinite(r.pdfMaxMb) && r.pdfMaxMb > 0 ? r.pdfMaxMb : d.pdfMaxMb,
  };
}

/**
 * Older data.json shapes brought up to the current version, one step per version, before the
 * field-by-field normalization. Version 1 had no template, pattern, map or default tags; its
 * notes were named after the title, which is what the pattern's default keeps.
 */
export function migrateSettings(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const version = typeof raw.settingsVersion === 'number' ? raw.settingsVersion : 1;
  const r: Record<string, unknown> = { ...raw };
  if (version < 2) {
    // v1 accepted a category prefix with spaces or dots, which made invalid tags; v2 keeps them out.
    if (typeof r.categoryTagPrefix === 'string') r.categoryTagPrefix = r.categoryTagPrefix.replace(/[.\s]+/g, '-');
  }
  return r;
}

/** `{ "cs.RO": "robotics" }`, or the settings tab's text `cs.RO: robotics` one per line. */
export function tagMap(raw: unknown): Record<string, string> {
  const entries: Array<[string, unknown]> =
    typeof raw === 'string'
      ? raw.split(/\r?\n/).map((line) => {
          const colon = line.indexOf(':');
          return colon === -1 ? ['', ''] : [line.slice(0, colon), line.slice(colon + 1)];
        })
      : isRecord(raw)
        ? Object.entries(raw)
        : [];
  const kept: Array<[string, string]> = [];
  for (const [category, tag] of entries) {
    const valid = typeof tag === 'string' ? toObsidianTag(tag) : null;
    if (category.trim() !== '' && valid !== null) kept.push([category.trim(), valid]);
  }
  // fromEntries defines own keys, so a line "__proto__: x" is kept as written rather than
  // swallowed by the prototype setter; later lines win, as they did.
  return Object.fromEntries(kept);
}

/** A list of tags (or one comma/space separated string), each made a valid Obsidian tag. */
export function tagList(raw: unknown): string[] {
  const items = typeof raw === 'string' ? raw.split(/[,\s]+/) : Array.isArray(raw) ? raw : [];
  const tags = items.map((t) => (typeof t === 'string' ? toObsidianTag(t) : null)).filter((t): t is string => t !== null);
  return [...new Set(tags)];
}

const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}
const rating = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : fallback;
/** The longest arXiv timeout a setting may hold: an hour (more is a typo, milliseconds for seconds). */
export const MAX_ARXIV_TIMEOUT_SECONDS = 3600;
const timeoutSeconds = (v: unknown, fallback: number): number => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && n > 0 && n <= MAX_ARXIV_TIMEOUT_SECONDS ? n : fallback;
};
/** A tag prefix holds no spaces or `#`: `#topic/` and ` topic/ ` both mean `topic/`. */
const tagPrefix = (t: string): string => t.trim().replace(/^#/, '').replace(/\s+/g, '-');
const tagText = (t: string): string => t.trim().replace(/^#/, '');
/** `/Papers/` and `Papers` are the same folder; an empty folder means the vault root. */
const cleanFolder = (f: string): string =>
  f.trim().replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
