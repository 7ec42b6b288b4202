import type { ArxivIdString } from '../arxiv/types';

/** Where arXiv serves PDFs; `--pdf-base` replaces it for tests and mirrors. */
export const ARXIV_PDF_BASE = 'https://arxiv.org/pdf/';

/** `<base>/<id>v<version>`: the version the note records; a stub (no version yet) gets the newest. */
export function pdfDownloadUrl(base: string, id: ArxivIdString, version: number | null): string {
  return `${base.replace(/\/+$/, '')}/${id}${version === null ? '' : `v${version}`}`;
}

/** The vault path of a note's PDF: named like the note, in the PDF folder. */
export function pdfPathFor(notePath: string, folder: string): string {
  const name = (notePath.split('/').pop() ?? notePath).replace(/\.md$/i, '');
  return folder === '' ? `${name}.pdf` : `${folder}/${name}.pdf`;
}

/** The `pdf_file` value: a wikilink Obsidian resolves and opens, quoted in YAML. */
export function pdfLink(pdfPath: string): string {
  return `[[${pdfPath}]]`;
}

/** The vault path a note's `pdf_file` links to (`[[a/b.pdf]]`, `[[a/b.pdf|label]]` or a bare path), else null. */
export function linkedPdfPath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const inner = /^\s*!?\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]\s*$/.exec(value)?.[1] ?? value.trim();
  return /\.pdf$/i.test(inner.trim()) ? inner.trim() : null;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * True when the bytes are a PDF: `%PDF-` at the start, or within the first kilobyte as PDF
 * readers allow. An HTML error page or a captcha never carries it there.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/** `52428800` → `50 MB`, for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
