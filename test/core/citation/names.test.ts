import { splitAuthorName, type PersonName } from '../../../src/core/citation/names';

const name = (given: string, family: string, suffix?: string): PersonName =>
  suffix === undefined ? { given, family } : { given, family, suffix };

describe('splitAuthorName', () => {
  it.each<[string, PersonName]>([
    ['Zipeng Fu', name('Zipeng', 'Fu')],
    ['Moo Jin Kim', name('Moo Jin', 'Kim')],
    ['Ricky T. Q. Chen', name('Ricky T. Q.', 'Chen')],
    ['Jean-Pierre Serre', name('Jean-Pierre', 'Serre')],
    ['Li Fei-Fei', name('Li', 'Fei-Fei')],
    ['Laurens van der Maaten', name('Laurens', 'van der Maaten')],
    ['Ludwig von Mises', name('Ludwig', 'von Mises')],
    ['Luc Van Gool', name('Luc', 'Van Gool')],
    ['Nando de Freitas', name('Nando', 'de Freitas')],
    ['Leonardo da Vinci', name('Leonardo', 'da Vinci')],
    ['Andrea Di Stefano', name('Andrea', 'Di Stefano')],
    ['Pierre le Roux', name('Pierre', 'le Roux')],
    ['Maria la Rosa', name('Maria', 'la Rosa')],
    // A particle-like first word is a given name; a particle-like last word is the family name.
    ['Le Song', name('Le', 'Song')],
    ['Da Li', name('Da', 'Li')],
    ['Quoc V. Le', name('Quoc V.', 'Le')],
    ['Frederick P. Brooks Jr.', name('Frederick P.', 'Brooks', 'Jr.')],
    ['Martin Luther King, Jr.', name('Martin Luther', 'King', 'Jr.')],
    ['John Smith Sr', name('John', 'Smith', 'Sr')],
    ['Henry Ford II', name('Henry', 'Ford', 'II')],
    ['Thurston Howell III', name('Thurston', 'Howell', 'III')],
    ['Plato', name('', 'Plato')],
    ['张三', name('', '张三')],
    ['ATLAS Collaboration', name('', 'ATLAS Collaboration')],
    ['The Gemini Team', name('', 'The Gemini Team')],
    ['Fu, Zipeng', name('Zipeng', 'Fu')],
    ['van der Maaten, Laurens', name('Laurens', 'van der Maaten')],
    ['King, Jr., Martin Luther', name('Martin Luther', 'King', 'Jr.')],
    ['  Zipeng \t Fu\n', name('Zipeng', 'Fu')],
    ['Łukasz Kaiser', name('Łukasz', 'Kaiser')],
    ["Conan O'Brien", name('Conan', "O'Brien")],
  ])('%j → %j', (raw, expected) => {
    expect(splitAuthorName(raw)).toEqual(expected);
  });

  it('gives empty parts for an empty name rather than failing', () => {
    expect(splitAuthorName('  ')).toEqual(name('', ''));
  });
});
