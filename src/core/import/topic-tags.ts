/**
 * A log's topic heading as an Obsidian tag. Tags hold letters (any script), digits, `_`, `-` and
 * `/`, and cannot be all digits. The mapping: lower-case, runs of anything else (spaces, dots,
 * `&`, emoji) become one `-`, dashes trimmed, and the prefix from settings put before it:
 * "Robotics" → `topic/robotics`, "Fundamental Research of AI" → `topic/fundamental-research-of-ai`,
 * "Робототехника" → `topic/робототехника`, "机器人学" → `topic/机器人学`.
 * Null when nothing usable is left (a heading made only of punctuation or emoji).
 */
export function topicTag(heading: string, prefix: string): string | null {
  const body = heading
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-')
    .replace(/\/+/g, '/')
    .replace(/-*\/-*/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '')
    .replace(/-{2,}/g, '-');
  if (body === '' || /^[\d/_-]+$/.test(body)) return null;
  return prefix + body;
}

