import { findArxivRefs } from '../arxiv/ids';

/** What a reader packs into an entry's heading besides the title. */
export interface HeadingParts {
  readonly title: string;
  /** 🌟 (or ⭐) before or after the title: a paper the reader recommends. */
  readonly recommended: boolean;
  /** Resource flags such as `[arxiv][website][dataset✅][model✅]`, labels as written. */
  readonly resources: readonly string[];
  /** Notes in parentheses after the title, such as `(BP of CoRL 2024)`. */
  readonly remarks: readonly string[];
  /** Links in the heading: the title's own link, then resource links. */
  readonly links: readonly string[];
}

const STAR = /^(?:\s*(?:🌟|⭐|★)\uFE0F?)+\s*|(?:\s*(?:🌟|⭐|★)\uFE0F?)+\s*$/gu;
const TRAILING_FLAG = /\s*\[([^\][]{1,24})\](?:\(([^()\s]+)\))?\s*$/;
const TRAILING_PAREN = /\s*\(([^()]{1,80})\)\s*$/;
/** A parenthesis that remarks on the paper rather than being part of its title. */
const REMARK = /\b(?:19|20)\d{2}\b|best|award|oral|spotlight|\bBP\b|outstanding|highlight|finalist|honou?rable|最佳|获奖|лучш/i;
const WHOLE_LINK = /^\[([^\]]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)$/;

export function parseHeadingText(text: string): HeadingParts {
  let rest = text.trim();
  const recommended = rest.replace(STAR, '') !== rest;
  rest = rest.replace(STAR, '').trim();
  const resources: string[] = [];
  const remarks: string[] = [];
  const links: string[] = [];
  for (;;) {
    const flag = TRAILING_FLAG.exec(rest);
    if (flag && flag.index > 0 && !WHOLE_LINK.test(rest)) {
      resources.unshift(flag[1].trim());
      if (flag[2] !== undefined) links.unshift(flag[2]);
      rest = rest.slice(0, flag.index).trim();
      continue;
    }
    const paren = TRAILING_PAREN.exec(rest);
    if (paren && paren.index > 0 && REMARK.test(paren[1]) && !rest.endsWith('](' + paren[1] + ')')) {
      remarks.unshift(paren[1].trim());
      rest = rest.slice(0, paren.index).trim();
      continue;
    }
    break;
  }
  rest = rest.replace(STAR, '').trim();
  const whole = WHOLE_LINK.exec(rest);
  if (whole) {
    links.unshift(whole[2]);
    rest = whole[1].trim();
  }
  const title = rest.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  return { title, recommended, resources, remarks, links };
}

/** The first arXiv id among texts, in the order given (citation first, then links). */
export function firstArxivId(texts: readonly (string | null | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    const ref = findArxivRefs(text)[0];
    if (ref !== undefined) return ref.id;
  }
  return null;
}
