import { isCitationLine, parseCitation } from '../../../src/core/import/citation-line';

describe('parseCitation (Scholar/APA lines of a reading log)', () => {
  it.each([
    [
      '> Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. _arXiv preprint arXiv:2406.10454_.',
      ['Z. Fu', 'Q. Zhao', 'Q. Wu', 'G. Wetzstein', 'C. Finn'], 2024, 'HumanPlus: Humanoid Shadowing and Imitation from Humans', false,
    ],
    [
      'Shah, D., Sridhar, A., Bhorkar, A., Hirose, N., & Levine, S. (2023, May). Gnm: A general navigation model to drive any robot. In _2023 IEEE International Conference on Robotics and Automation (ICRA)_ (pp. 7226-7233). IEEE.',
      ['D. Shah', 'A. Sridhar', 'A. Bhorkar', 'N. Hirose', 'S. Levine'], 2023, 'Gnm: A general navigation model to drive any robot', false,
    ],
    [
      'Mandlekar, A., Nasiriany, S., Wen, B., ... & Fox, D. (2023). Mimicgen: A data generation system. _arXiv preprint arXiv:2310.17596_.',
      ['A. Mandlekar', 'S. Nasiriany', 'B. Wen', 'D. Fox'], 2023, 'Mimicgen: A data generation system', true,
    ],
    [
      'Adelson, E. H., & Bergen, J. R. (1991). _The plenoptic function and the elements of early vision_ (Vol. 2). Cambridge, MA, USA: MIT.',
      ['E. H. Adelson', 'J. R. Bergen'], 1991, 'The plenoptic function and the elements of early vision', false,
    ],
    ['Weng, Lilian. (May 2021). Contrastive representation learning. Lil’Log.', ['Lilian Weng'], 2021, 'Contrastive representation learning', false],
    ['Feng, L., Tung, F., & Bengio, Y. (2024). Were RNNs All We Needed?. _arXiv preprint arXiv:2410.01201_.', ['L. Feng', 'F. Tung', 'Y. Bengio'], 2024, 'Were RNNs All We Needed?', false],
    ['Nakamoto, M., Sobol Mark, M., & Levine, S. (2024). Cal-ql: Calibrated offline rl. _NeurIPS_, _36_.', ['M. Nakamoto', 'M. Sobol Mark', 'S. Levine'], 2024, 'Cal-ql: Calibrated offline rl', false],
    ['张三, 李四. (2023). 流匹配生成模型. 机器学习杂志.', ['张三', '李四'], 2023, '流匹配生成模型', false],
    ['Иванов, И. И., & Петров, П. (2020). Обучение с подкреплением. Журнал.', ['И. И. Иванов', 'П. Петров'], 2020, 'Обучение с подкреплением', false],
  ])('%s', (line, authors, year, title, elided) => {
    expect(parseCitation(line)).toMatchObject({ authors, year, title, authorsElided: elided });
  });

  it('keeps the link of a blog post citation', () => {
    const c = parseCitation('Weng, Lilian. (May 2021). Contrastive representation learning. [https://lilianweng.github.io/posts/x/](https://lilianweng.github.io/posts/x/).');
    expect(c?.url).toBe('https://lilianweng.github.io/posts/x/');
  });

  it.each([
    '- General Idea:',
    '1. Fu, Z. (2024). A numbered point, not a citation.',
    'In this paper, we show that models trained last year (2023) are better.',
    'The results (2024). Not a citation either.',
    '### Fu, Z. (2024). A heading.',
    '',
  ])('is not a citation: %j', (line) => {
    expect(isCitationLine(line)).toBe(false);
  });
});
