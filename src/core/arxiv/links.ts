/** Code and project links an abstract or arXiv comment points to. */
export interface ExtractedLinks {
  readonly code?: string;
  readonly projectPage?: string;
}

// A URL runs until whitespace or a character that cannot appear unescaped in one; LaTeX braces
// (\url{...}) and angle brackets end it too. Code hosts are also recognised without a scheme,
// as authors often write "github.com/owner/repo"; the leading group stands in for a lookbehind.
const URL_IN_TEXT =
  /(https?:\/\/[^\s<>"{}|\\^`[\]]+)|(^|[^\w./@-])((?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co)\/[^\s<>"{}|\\^`[\]]+)/gi;
const URL_PARTS = /^(https?):\/\/([^/?#]+)([^?#]*)/i;
const TRAILING_PUNCTUATION = '.,;:!?\'"*';
// Words that, just before a URL, say it is the paper's own page rather than a cited resource.
const PROJECT_CUE = /\b(project|website|home ?page|web ?page|site|demo)/i;
const CUE_WINDOW = 60;
const FILE_DOWNLOAD = /\.(?:pdf|ps|eps|gz|tgz|zip|tar|bz2|xz|7z|rar|mp4|mov|avi|png|jpe?g|gif|csv|json|txt|bib)$/i;

const GITHUB_NOT_OWNERS = new Set([
  'about', 'apps', 'collections', 'explore', 'features', 'marketplace', 'orgs', 'pricing', 'settings', 'sponsors', 'topics',
]);
const HUGGINGFACE_NOT_OWNERS = new Set([
  'blog', 'chat', 'collections', 'docs', 'join', 'learn', 'login', 'models', 'organizations', 'papers', 'posts', 'pricing', 'settings', 'tasks',
]);

interface FoundUrl {
  readonly url: string;
  readonly start: number;
}

/**
 * Finds the first code repository (GitHub or GitLab, else a Hugging Face model, dataset or space)
 * and the project page among the URLs of an abstract and/or arXiv comment. A project page is a
 * github.io/gitlab.io site or a URL introduced by a cue such as "project page"; failing that, the
 * first URL that is not arXiv, a DOI, a code host or a file download.
 */
export function extractLinks(text: string): ExtractedLinks {
  const urls = findUrls(text);
  let gitRepo: string | undefined;
  let modelRepo: string | undefined;
  let cuedPage: string | undefined;
  let anyPage: string | undefined;
  let previousEnd = 0;
  for (const { url, start } of urls) {
    const before = text.slice(Math.max(previousEnd, start - CUE_WINDOW), start);
    previousEnd = start + url.length;
    const parts = URL_PARTS.exec(url);
    if (!parts) continue;
    const host = parts[2].toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '');
    const segments = parts[3].split('/').filter((s) => s !== '');
    if (host === 'github.com' || host === 'gitlab.com') {
      gitRepo ??= gitRepoUrl(host, segments);
    } else if (host === 'huggingface.co' || host === 'hf.co') {
      modelRepo ??= huggingFaceRepoUrl(segments);
    } else if (!isPaperIndex(host) && !FILE_DOWNLOAD.test(parts[3])) {
      anyPage ??= url;
      if (host.endsWith('.github.io') || host.endsWith('.gitlab.io') || PROJECT_CUE.test(before)) cuedPage ??= url;
    }
  }
  const code = gitRepo ?? modelRepo;
  const projectPage = cuedPage ?? anyPage;
  return { ...(code ? { code } : {}), ...(projectPage ? { projectPage } : {}) };
}

function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    if (match[1] !== undefined) {
      found.push({ url: trimTrailing(match[1]), start: index });
    } else {
      found.push({ url: `https://${trimTrailing(match[3])}`, start: index + match[2].length });
    }
  }
  return found.filter((f) => URL_PARTS.test(f.url));
}

/** Drops sentence punctuation after a URL, and a closing bracket that the URL did not open. */
function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (TRAILING_PUNCTUATION.includes(last)) end--;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else break;
  }
  return url.slice(0, end);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function isPaperIndex(host: string): boolean {
  return host === 'arxiv.org' || host.endsWith('.arxiv.org') || host === 'ar5iv.org' || host === 'doi.org' || host.endsWith('.doi.org');
}

/**
 * `https://github.com/owner/repo`, keeping a sub-folder (`/tree/main/projects/x`, common in
 * monorepos) but dropping a bare branch, `.git`, query and fragment.
 */
function gitRepoUrl(host: string, segments: string[]): string | undefined {
  if (host === 'gitlab.com') {
    // GitLab groups nest; '-' separates the project path from its pages.
    const dash = segments.indexOf('-');
    const project = (dash < 0 ? segments : segments.slice(0, dash)).map(stripGitSuffix);
    return project.length >= 2 ? `https://gitlab.com/${project.join('/')}` : undefined;
  }
  const [owner, repo, kind, branch, ...rest] = segments;
  if (!owner || !repo || GITHUB_NOT_OWNERS.has(owner.toLowerCase())) return undefined;
  const root = `https://github.com/${owner}/${stripGitSuffix(repo)}`;
  return (kind === 'tree' || kind === 'blob') && branch && rest.length > 0 ? `${root}/${kind}/${branch}/${rest.join('/')}` : root;
}

/** `https://huggingface.co/owner/model`, `/datasets/owner/name` or `/spaces/owner/name`; papers and docs are not repos. */
function huggingFaceRepoUrl(segments: string[]): string | undefined {
  const typed = segments[0] === 'datasets' || segments[0] === 'spaces';
  const repo = typed ? segments.slice(0, 3) : segments.slice(0, 2);
  if (repo.length < (typed ? 3 : 2) || HUGGINGFACE_NOT_OWNERS.has(repo[0].toLowerCase())) return undefined;
  return `https://huggingface.co/${repo.join('/')}`;
}

function stripGitSuffix(segment: string): string {
  return segment.replace(/\.git$/i, '');
}
