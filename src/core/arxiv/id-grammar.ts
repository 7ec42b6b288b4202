import { err, ok, type Result } from '../result';
import type { ArxivRef } from './types';

/** Archives of the old scheme (1991 to March 2007); anything else before a slash is not arXiv. */
export const OLD_STYLE_ARCHIVES: readonly string[] = [
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'astro-ph', 'atom-ph', 'bayes-an', 'chao-dyn',
  'chem-ph', 'cmp-lg', 'comp-gas', 'cond-mat', 'cs', 'dg-ga', 'funct-an', 'gr-qc', 'hep-ex',
  'hep-lat', 'hep-ph', 'hep-th', 'math', 'math-ph', 'mtrl-th', 'nlin', 'nucl-ex', 'nucl-th',
  'patt-sol', 'physics', 'plasm-ph', 'q-alg', 'q-bio', 'quant-ph', 'solv-int', 'supr-con',
];
const ARCHIVES = new Set(OLD_STYLE_ARCHIVES);

/** No paper has come near this many versions; a longer number is a typo, not a version. */
export const MAX_VERSION = 999;

/*
 * The shapes are deliberately looser than the grammar (any digit count, any archive-like word) so
 * that a near miss gets a reason ("5-digit number before 2015") instead of a generic refusal.
 */
const NEW_STYLE_SHAPE = /^(\d{4})\.(\d+)(?:[vV](\d+))?$/;
const OLD_STYLE_SHAPE = /^([A-Za-z][A-Za-z-]*)(?:\.([A-Za-z]+(?:-[A-Za-z]+)?))?\/(\d+)(?:[vV](\d+))?$/;

/** Regex sources for finding ids in text; the grammar check above still decides. */
export const NEW_STYLE_LOOSE_SOURCE = String.raw`\d{4}\.\d+(?:[vV]\d+)?`;
export const NEW_STYLE_TEXT_SOURCE = String.raw`\d{4}\.\d{4,5}(?:[vV]\d+)?`;
export const OLD_STYLE_LOOSE_SOURCE = String.raw`[A-Za-z][A-Za-z-]*(?:\.[A-Za-z]+(?:-[A-Za-z]+)?)?\/\d+(?:[vV]\d+)?`;
export const OLD_STYLE_TEXT_SOURCE =
  `(?:${[...OLD_STYLE_ARCHIVES].sort((a, b) => b.length - a.length).join('|')})` +
  String.raw`(?:\.[A-Za-z]+(?:-[A-Za-z]+)?)?\/\d{7}(?:[vV]\d+)?`;

export type IdShape = 'new' | 'old-known-archive' | 'old-unknown-archive' | 'none';

/** Which id grammar a string is written in, before checking dates and numbers. */
export function idShapeOf(text: string): IdShape {
  if (NEW_STYLE_SHAPE.test(text)) return 'new';
  const old = OLD_STYLE_SHAPE.exec(text);
  if (old === null) return 'none';
  return ARCHIVES.has(old[1].toLowerCase()) ? 'old-known-archive' : 'old-unknown-archive';
}

/**
 * A bare id with optional version (`2406.10454v2`, `math.GT/0309136`) to its canonical ref; the
 * error message names what is wrong so the reader can fix a mistyped id.
 */
export function parseBareId(text: string): Result<ArxivRef> {
  const fresh = NEW_STYLE_SHAPE.exec(text);
  if (fresh !== null) return checkNewStyle(text, fresh[1], fresh[2], fresh[3]);
  const old = OLD_STYLE_SHAPE.exec(text);
  if (old !== null) return checkOldStyle(text, old[1], old[3], old[4]);
  return err('INVALID_ID', notAnIdMessage(text));
}

export function notAnIdMessage(input: string): string {
  return (
    `${quote(input)} is not an arXiv id or link; expected something like 2406.10454, ` +
    'arXiv:2406.10454v2, hep-th/9901001 or https://arxiv.org/abs/2406.10454.'
  );
}

/** Inputs can be whole pasted paragraphs: keep messages readable. */
export function quote(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${shown}"`;
}

function checkNewStyle(text: string, yymm: string, number: string, version: string | undefined): Result<ArxivRef> {
  const month = Number(yymm.slice(2));
  if (month < 1 || month > 12) {
    return err(
      'INVALID_ID',
      `${quote(text)} has month ${yymm.slice(2)}, which is not a month: new-style ids are YYMM.NNNNN with MM from 01 to 12.`,
    );
  }
  if (yymm < '0704') {
    return err(
      'INVALID_ID',
      `${quote(text)} is dated before April 2007 (0704), when new-style ids began; older papers have ids like hep-th/9901001.`,
    );
  }
  if (number.length !== 4 && number.length !== 5) {
    return err(
      'INVALID_ID',
      `${quote(text)} has a ${number.length}-digit number; new-style ids have 4 digits up to 1412 and 5 digits from 1501 on.`,
    );
  }
  if (number.length === 5 && yymm <= '1412') {
    return err(
      'INVALID_ID',
      `${quote(text)} has a 5-digit number, but ids from before 2015 have 4 digits (YYMM.NNNN).`,
    );
  }
  if (number.length === 4 && yymm >= '1501') {
    return err(
      'INVALID_ID',
      `${quote(text)} has a 4-digit number, but ids from 2015 on have 5 digits (YYMM.NNNNN).`,
    );
  }
  if (Number(number) === 0) {
    return err('INVALID_ID', `${quote(text)} has paper number 0; arXiv numbers papers from 1.`);
  }
  return withVersion(text, `${yymm}.${number}`, version);
}

function checkOldStyle(text: string, archiveRaw: string, digits: string, version: string | undefined): Result<ArxivRef> {
  const archive = archiveRaw.toLowerCase();
  if (!ARCHIVES.has(archive)) {
    return err(
      'INVALID_ID',
      `${quote(archiveRaw)} is not an arXiv archive; old-style ids look like hep-th/9901001 or math.GT/0309136.`,
    );
  }
  if (digits.length !== 7) {
    return err(
      'INVALID_ID',
      `${quote(text)} has ${digits.length} digits after the slash; old-style ids have 7 (YYMMNNN), as in hep-th/9901001.`,
    );
  }
  const year = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (month < 1 || month > 12) {
    return err(
      'INVALID_ID',
      `${quote(text)} has month ${digits.slice(2, 4)}, which is not a month: old-style ids are archive/YYMMNNN with MM from 01 to 12.`,
    );
  }
  // Two-digit years: 91..99 are 1991-1999, 00..07 are 2000-2007; the scheme ended in March 2007.
  if (year > 7 && year < 91) {
    return err(
      'INVALID_ID',
      `${quote(text)} has year ${digits.slice(0, 2)}; old-style ids run from 1991 (91) to March 2007 (0703).`,
    );
  }
  if (year === 7 && month > 3) {
    return err(
      'INVALID_ID',
      `${quote(text)} is dated after March 2007, when old-style ids ended; later papers have ids like 0704.0001.`,
    );
  }
  if (Number(digits.slice(4)) === 0) {
    return err('INVALID_ID', `${quote(text)} has paper number 000; arXiv numbers papers from 001.`);
  }
  // The subject class (math.GT) is dropped: the API knows the paper only as math/0309136.
  return withVersion(text, `${archive}/${digits}`, version);
}

function withVersion(text: string, id: string, version: string | undefined): Result<ArxivRef> {
  if (version === undefined) return ok({ id });
  const n = Number(version);
  if (n === 0) {
    return err('INVALID_ID', `${quote(text)} asks for version v0, which does not exist; versions start at v1.`);
  }
  if (n > MAX_VERSION) {
    return err('INVALID_ID', `${quote(text)} asks for version v${version}, which is too large to be an arXiv version.`);
  }
  return ok({ id, version: n });
}
