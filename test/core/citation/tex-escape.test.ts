import { escapeTexField } from '../../../src/core/citation/tex-escape';

describe('escapeTexField', () => {
  it.each([
    ['plain title stays as written', 'HumanPlus: Humanoid Shadowing', 'HumanPlus: Humanoid Shadowing'],
    ['math is kept, underscore included', '$\\pi_0$: A Flow Model', '$\\pi_0$: A Flow Model'],
    ['display math is kept', 'Bounds $$O(n^2)$$ tight', 'Bounds $$O(n^2)$$ tight'],
    ['\\( \\) math is kept', 'The \\(k_1\\) case', 'The \\(k_1\\) case'],
    ['specials outside math get a backslash', 'Top-5% & #1 on snake_case', 'Top-5\\% \\& \\#1 on snake\\_case'],
    ['a lone dollar is escaped', 'Costs $5', 'Costs \\$5'],
    ['already escaped specials are not escaped twice', 'R\\&D at 5\\%', 'R\\&D at 5\\%'],
    ['TeX accents and commands are kept', 'Erd\\H{o}s and \\textit{Robots}', 'Erd\\H{o}s and \\textit{Robots}'],
    ['balanced braces are kept', 'Learning {VLA} Models', 'Learning {VLA} Models'],
    ['unbalanced braces become commands', 'A {broken title', 'A \\textbraceleft{}broken title'],
    ['unbalanced escaped braces become commands too', 'Set \\{x', 'Set \\textbraceleft{}x'],
    ['unbalanced braces inside math become math commands', 'A } and $\\{x$', 'A \\textbraceright{} and $\\lbrace{}x$'],
    ['tilde and caret outside math are text', '~100x faster, 2^10', '\\textasciitilde{}100x faster, 2\\textasciicircum{}10'],
    ['a trailing backslash is text', 'Odd \\', 'Odd \\textbackslash{}'],
    ['unicode is kept', 'Кириллица 中文 🤖 Łukasz', 'Кириллица 中文 🤖 Łukasz'],
  ])('%s', (_label, input, expected) => {
    expect(escapeTexField(input)).toBe(expected);
  });
});
