import { formatArxivRef, isCanonicalArxivId, parseArxivInput } from '../../../src/core/arxiv/ids';
import type { ArxivRef } from '../../../src/core/arxiv/types';

/** What the reader gets back, written the way they would write it: `2406.10454v2`. */
function parsedAs(input: string): string {
  const result = parseArxivInput(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got: ${result.error.message}`);
  return formatArxivRef(result.value);
}

function rejectionOf(input: string): { code: string; message: string } {
  const result = parseArxivInput(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected, got ${formatArxivRef(result.value)}`);
  return result.error;
}

describe('parseArxivInput accepts', () => {
  it.each([
    // bare new-style ids, both eras, versions
    ['2406.10454', '2406.10454'],
    ['2406.10454v2', '2406.10454v2'],
    ['2406.10454V2', '2406.10454v2'],
    ['2406.10454v02', '2406.10454v2'],
    ['0704.0001', '0704.0001'],
    ['0704.0001v1', '0704.0001v1'],
    ['1412.9999', '1412.9999'],
    ['1501.00001', '1501.00001'],
    ['2412.99999v999', '2412.99999v999'],
    // bare old-style ids
    ['hep-th/9901001', 'hep-th/9901001'],
    ['hep-th/9901001v2', 'hep-th/9901001v2'],
    ['hep-th/9108001', 'hep-th/9108001'],
    ['astro-ph/0001001', 'astro-ph/0001001'],
    ['math/0703999', 'math/0703999'],
    ['math.GT/0309136', 'math/0309136'],
    ['cond-mat.str-el/0601001v3', 'cond-mat/0601001v3'],
    ['physics.acc-ph/0601001', 'physics/0601001'],
    ['HEP-TH/9901001V1', 'hep-th/9901001v1'],
    ['q-bio/0401001', 'q-bio/0401001'],
    // arXiv: prefixes
    ['arXiv:2406.10454v2', '2406.10454v2'],
    ['arxiv:hep-th/9901001', 'hep-th/9901001'],
    ['arXiv 2406.10454', '2406.10454'],
    ['ARXIV: 2406.10454', '2406.10454'],
    ['arXiv:math.GT/0309136v1', 'math/0309136v1'],
    // arxiv.org and its hosts and routes
    ['https://arxiv.org/abs/2406.10454', '2406.10454'],
    ['http://arxiv.org/abs/2406.10454', '2406.10454'],
    ['https://www.arxiv.org/abs/2406.10454', '2406.10454'],
    ['https://export.arxiv.org/abs/2406.10454v3', '2406.10454v3'],
    ['HTTPS://ARXIV.ORG/abs/2406.10454', '2406.10454'],
    ['arxiv.org/abs/2406.10454', '2406.10454'],
    ['www.arxiv.org/pdf/2406.10454', '2406.10454'],
    ['https://arxiv.org/abs/2406.10454?context=cs', '2406.10454'],
    ['https://arxiv.org/abs/2406.10454v2/', '2406.10454v2'],
    ['https://arxiv.org/abs//2406.10454', '2406.10454'],
    ['https://arxiv.org/pdf/2406.10454', '2406.10454'],
    ['https://arxiv.org/pdf/2406.10454.pdf', '2406.10454'],
    ['https://arxiv.org/pdf/2406.10454v2', '2406.10454v2'],
    ['https://arxiv.org/pdf/2406.10454v2.pdf', '2406.10454v2'],
    ['https://arxiv.org/html/2406.10454', '2406.10454'],
    ['https://arxiv.org/html/2406.10454v1/#S3.T2', '2406.10454v1'],
    ['https://arxiv.org/format/2406.10454', '2406.10454'],
    ['https://arxiv.org/src/2406.10454', '2406.10454'],
    ['https://arxiv.org/e-print/2406.10454', '2406.10454'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001v2'],
    ['https://arxiv.org/pdf/hep-th/9901001v2.pdf', 'hep-th/9901001v2'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math/0309136'],
    ['https://arxiv.org:443/abs/2406.10454', '2406.10454'],
    // mirrors and paper sites
    ['https://ar5iv.labs.arxiv.org/html/2406.10454', '2406.10454'],
    ['https://ar5iv.org/abs/2406.10454', '2406.10454'],
    ['https://www.alphaxiv.org/abs/2406.10454', '2406.10454'],
    ['https://alphaxiv.org/overview/2406.10454v4', '2406.10454v4'],
    ['https://alphaxiv.org/pdf/2406.10454v5?page=33', '2406.10454v5'],
    ['https://huggingface.co/papers/2406.10454', '2406.10454'],
    ['https://huggingface.co/papers/2406.10454#community', '2406.10454'],
    ['https://hf.co/papers/2406.10454', '2406.10454'],
    // DOIs
    ['https://doi.org/10.48550/arXiv.2406.10454', '2406.10454'],
    ['http://dx.doi.org/10.48550/arXiv.2406.10454', '2406.10454'],
    ['https://doi.org/10.48550/ARXIV.2406.10454', '2406.10454'],
    ['10.48550/arXiv.2406.10454', '2406.10454'],
    ['10.48550/arxiv.2406.10454', '2406.10454'],
    ['doi:10.48550/arXiv.hep-th/9901001', 'hep-th/9901001'],
    ['https://doi.org/10.48550/arXiv.hep-th%2F9901001', 'hep-th/9901001'],
    // what surrounds a pasted input
    ['  2406.10454\n', '2406.10454'],
    ['\u200b2406.10454', '2406.10454'],
    ['<https://arxiv.org/abs/2406.10454>', '2406.10454'],
    ['[HumanPlus](https://arxiv.org/abs/2406.10454v2)', '2406.10454v2'],
    ['[PDF](<https://arxiv.org/pdf/2406.10454> "the PDF")', '2406.10454'],
    ['https://arxiv.org/abs/2406.10454).', '2406.10454'],
    ['https://arxiv.org/abs/2406.10454,', '2406.10454'],
    ['2406.10454;', '2406.10454'],
    ['(2406.10454).', '2406.10454'],
    ['[[2406.10454]]', '2406.10454'],
    ['"2406.10454"', '2406.10454'],
    ['`arXiv:2406.10454`', '2406.10454'],
  ])('%j as %s', (input, expected) => {
    expect(parsedAs(input)).toBe(expected);
  });
});

describe('parseArxivInput rejects, saying why', () => {
  it.each([
    ['', /input is empty/],
    ['   \n', /input is empty/],
    ['<>', /input is empty/],
    // new-style dates and numbers
    ['2413.12345', /month 13, which is not a month/],
    ['2400.12345', /month 00, which is not a month/],
    ['2406.00000', /paper number 0/],
    ['0801.0000', /paper number 0/],
    ['1412.12345', /5-digit number, but ids from before 2015 have 4 digits/],
    ['0704.00001', /5-digit number, but ids from before 2015 have 4 digits/],
    ['1501.1234', /4-digit number, but ids from 2015 on have 5 digits/],
    ['2406.1045', /4-digit number, but ids from 2015 on have 5 digits/],
    ['0703.1234', /before April 2007 \(0704\)/],
    ['0001.0001', /before April 2007/],
    ['2406.123', /3-digit number/],
    ['2406.123456', /6-digit number/],
    ['2406.10454v0', /version v0, which does not exist; versions start at v1/],
    ['2406.10454v1000', /v1000, which is too large/],
    // old-style dates, numbers and archives
    ['hep-th/9913001', /month 13, which is not a month/],
    ['hep-th/9900001', /month 00, which is not a month/],
    ['hep-th/9901000', /paper number 000/],
    ['hep-th/0801001', /year 08; old-style ids run from 1991/],
    ['hep-th/9001001', /year 90; old-style ids run from 1991/],
    ['hep-th/0704001', /after March 2007, when old-style ids ended/],
    ['hep-th/990100', /6 digits after the slash; old-style ids have 7/],
    ['foo-bar/9901001', /"foo-bar" is not an arXiv archive/],
    ['cs.A1/9901001', /not an arXiv id or link/],
    ['hep-th/9901001v0', /version v0/],
    // links that are not arXiv, or not to one paper
    ['https://github.com/huangwl18/ReKep', /not an arXiv link: github\.com/],
    ['https://example.com/abs/2406.10454', /not an arXiv link: example\.com/],
    ['www.example.com', /not an arXiv link/],
    ['ftp://arxiv.org/abs/2406.10454', /not an arXiv link: ftp: links are not web pages/],
    ['https://arxiv.org/list/cs.RO/recent', /arXiv link but not to one paper; expected \/abs\//],
    ['https://huggingface.co/models/x', /Hugging Face link but not to one paper/],
    ['https://arxiv.org/abs/', /no paper id after \/abs\//],
    ['https://arxiv.org/abs/2406.1045', /4-digit number/],
    ['https://arxiv.org/abs/2406.10454/extra', /not an arXiv id or link/],
    ['https://doi.org/10.1109/ICRA48891.2023.10160295', /not an arXiv DOI; arXiv DOIs start with 10\.48550\/arXiv/],
    ['10.1109/ICRA48891.2023.10160295', /not an arXiv DOI/],
    ['https://doi.org/', /not a DOI/],
    // text that is no id at all
    ['arXiv:', /no id after "arXiv"/],
    ['arXiv preprint arXiv:2406.10454', /"arXiv preprint arXiv:2406.10454" is not an arXiv id or link/],
    ['hello world', /"hello world" is not an arXiv id or link; expected something like 2406.10454/],
    ['1.2345', /not an arXiv id or link/],
    ['192.168.0.1', /not an arXiv id or link/],
    ['2406.10454 2409.05864', /not an arXiv id or link/],
    ['2406.10454v', /not an arXiv id or link/],
    ['２４０６.１０４５４', /not an arXiv id or link/],
  ])('%j', (input, reason) => {
    const error = rejectionOf(input);
    expect(error.code).toBe('INVALID_ID');
    expect(error.message).toMatch(reason);
  });

  it('shortens a long pasted paragraph in the message', () => {
    const paragraph = 'A paragraph without any identifier in it. '.repeat(20);
    const { message } = rejectionOf(paragraph);
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
  });
});

describe('formatArxivRef', () => {
  const ref = (id: string, version?: number): ArxivRef => (version === undefined ? { id } : { id, version });

  it.each([
    [ref('2406.10454'), '2406.10454'],
    [ref('2406.10454', 2), '2406.10454v2'],
    [ref('hep-th/9901001', 1), 'hep-th/9901001v1'],
    [ref('math/0309136'), 'math/0309136'],
  ])('writes %j as %s', (value, expected) => {
    expect(formatArxivRef(value)).toBe(expected);
  });
});

describe('isCanonicalArxivId', () => {
  it.each(['2406.10454', '0704.0001', '1501.00001', 'hep-th/9901001', 'math/0309136'])('%s is canonical', (id) => {
    expect(isCanonicalArxivId(id)).toBe(true);
  });

  it.each([
    '2406.10454v2',
    'math.GT/0309136',
    'HEP-TH/9901001',
    'arXiv:2406.10454',
    ' 2406.10454',
    'https://arxiv.org/abs/2406.10454',
    '2406.1045',
    '2413.10454',
    '',
  ])('%j is not canonical', (id) => {
    expect(isCanonicalArxivId(id)).toBe(false);
  });
});
