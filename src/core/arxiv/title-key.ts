import { texAccentsToLetters } from './title-query';

/**
 * Title normalisation for matching a title typed or copied by a reader against arXiv's.
 * Two spellings of one title get the same key: case, accents, curly vs straight quotes,
 * hyphens, colons, a trailing period, TeX (`$\pi_0$`) vs Unicode (`π0`).
 */

const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta',
  θ: 'theta', ϑ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron',
  π: 'pi', ϖ: 'pi', ρ: 'rho', ϱ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi',
  ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
const GREEK_NAMES = new Set(Object.values(GREEK).concat(['varepsilon', 'vartheta', 'varpi', 'varrho', 'varsigma', 'varphi']));

/** Characters that join the two halves of a word (`Block-wise`, `Don't`) rather than split it. */
const JOINERS = /['’‘ʼ`\-‐‑‒–]/gu;

/** `\pi` → `pi` (Greek letters keep their name), other commands (`\textbf`, `\mathcal`) vanish. */
function untex(text: string): string {
  return texAccentsToLetters(text)
    .replace(/\\(?:var)?([a-zA-Z]+)/g, (whole, name: string) => {
      const full = whole.slice(1);
      if (GREEK_NAMES.has(full)) return full.replace(/^var/, '');
      return GREEK_NAMES.has(name) ? name : ' ';
    })
    .replace(/\\(.)/g, '$1')
    .replace(/[$_^{}]/g, '');
}

/** The words of a title, normalised: lower case, no accents or punctuation, Greek spelt out. */
export function titleTokens(title: string): string[] {
  const plain = untex(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[α-ωϵϑϖϱςϕ]/gu, (c) => ` ${GREEK[c] ?? c}`)
    .replace(/&/g, ' and ')
    .replace(JOINERS, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/**
 * One key per title: equal keys mean the same title written two ways. Greek letters glue onto
 * the following digits so that `$\pi_0$` and `π0` agree.
 */
export function normalizeTitleKey(title: string): string {
  return titleTokens(title).join(' ').replace(/\b(alpha|beta|gamma|delta|epsilon|pi|phi|psi|omega|lambda|mu|sigma|tau|theta) (\d)/g, '$1$2');
}
