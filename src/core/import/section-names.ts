import { sectionKey } from '../note/sections';
import type { RequiredSection } from '../note/template-settings';

/**
 * Section names a reading log uses for the three default template sections, beyond the names and
 * aliases in the reader's settings. Keyed by the default section's name, so a custom template keeps
 * these only for sections it still calls "General Idea", "Limitations" or "Utilities".
 * English, Russian and Chinese are recognised; any other language still imports, its sections
 * kept as extra sections under their own names.
 */
const LOG_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  'general idea': [
    'general idea', 'general ideas', 'main idea', 'main ideas', 'key idea', 'key ideas', 'core idea', 'idea',
    'main question', 'main questions', 'main hypothesis', 'key points', 'key point', 'main points', 'main point',
    'main concepts', 'main concept', 'summary', 'tl;dr', 'tldr', 'overview', 'gist',
    'общая идея', 'основная идея', 'главная идея', 'ключевая идея', 'идея', 'суть', 'основной вопрос',
    'главный вопрос', 'основные идеи', 'кратко', 'резюме',
    '总体思路', '主要思想', '核心思想', '主要想法', '核心想法', '主要观点', '基本思想', '大意', '概要', '思路', '主要问题', '核心问题',
  ],
  limitations: [
    'limitations', 'limitation', 'limits', 'weaknesses', 'weakness', 'drawbacks', 'shortcomings', 'cons',
    'ограничения', 'ограничение', 'недостатки', 'слабые места', 'минусы',
    '局限', '局限性', '不足', '缺点', '限制',
  ],
  utilities: [
    'utilities', 'utility', 'useful', 'useful resources', 'resources', 'useful links', 'tools', 'takeaways',
    'полезное', 'польза', 'полезности', 'ресурсы', 'применение', 'инструменты',
    '用途', '实用', '有用资源', '可用资源', '资源', '工具', '可借鉴',
  ],
}));

/**
 * Labels that are sections of a log entry without being template sections: recognised as section
 * markers even when nothing is nested under them (a log whose bullets were flattened).
 */
const KNOWN_EXTRAS = new Set([
  'some technical points', 'technical points', 'technical details', 'main result', 'main results', 'results',
  'my thoughts', 'thoughts', 'todo', 'to do', 'experiment', 'experiments', 'main experiments', 'methods',
  'method', 'interesting point', 'interesting points', 'more questions', 'questions', 'potential future work',
  'future work', 'notes', 'comments', 'related work', 'my takeaway and utility', 'main points/tricks',
  'мои мысли', 'мысли', 'результаты', 'эксперименты', 'методы', 'заметки', 'вопросы', 'что сделать',
  '我的想法', '想法', '实验', '结果', '方法', '思考', '待办', '问题', '笔记',
].map(sectionKey));

/** Which required section a log label fills, or null for an extra section. */
export function templateSectionOf(label: string, required: readonly RequiredSection[]): number | null {
  const key = sectionKey(label);
  if (key === '') return null;
  for (let i = 0; i < required.length; i++) {
    const s = required[i];
    if (sectionKey(s.name) === key || s.aliases.some((a) => sectionKey(a) === key)) return i;
  }
  for (let i = 0; i < required.length; i++) {
    // A Map: a section named "constructor" in the settings is just a name.
    const synonyms = LOG_SYNONYMS.get(sectionKey(required[i].name));
    if (synonyms?.some((name) => sectionKey(name) === key)) return i;
  }
  return null;
}

/** A name the importer knows as a section (template or extra), whatever its form. */
export function isKnownSectionLabel(label: string, required: readonly RequiredSection[]): boolean {
  return templateSectionOf(label, required) !== null || KNOWN_EXTRAS.has(sectionKey(label));
}

/** True when the label is the section's configured name or alias, so no subheading is needed. */
export function isOwnName(label: string, section: RequiredSection): boolean {
  const key = sectionKey(label);
  return [section.name, ...section.aliases].some((n) => {
    const k = sectionKey(n);
    // "Limitation" and "Limitations", "Utility" and "Utilities" are the same word.
    return k === key || singular(k) === singular(key);
  });
}

function singular(key: string): string {
  return key.replace(/ies$/, 'y').replace(/s$/, '');
}

/** The label as a heading shows it: emphasis and trailing colons removed, case kept. */
export function displayLabel(label: string): string {
  let t = label.trim();
  for (;;) {
    const before = t;
    t = t.replace(/[:：]+$/, '').trim();
    const m = /^(\*\*|__|\*|_)(.+)\1$/.exec(t);
    if (m) t = (m[2] ?? '').trim();
    if (t === before) return t;
  }
}
