/**
 * One message for every problem found in the content, so the editor fixes them
 * all in one pass instead of one build at a time.
 * @example problemReport('The content folder', ['a.md: x']) // "The content folder has 1 problem:\n  a.md: x"
 */
export function problemReport(subject: string, problems: readonly string[]): string {
  return `${subject} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`;
}
