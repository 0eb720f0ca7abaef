/**
 * Writes what `npm run sources:check --write` found into a content file: a source's `archive`, `checked` and `state`,
 * and nothing else. Every other byte of the file stays as the editor wrote it (quotes, comments, flow or block style),
 * so the change reads in a diff as exactly the fields recorded.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** The fields `sources:check` records of one source; each one given replaces the source's own, each absent is left. */
export interface RecordedFields {
  archive?: { url: string; captured: string };
  checked?: string;
  state?: 'live' | 'dead' | 'replaced';
}

/** The opening `---` line of a file's front matter, which the YAML follows. */
const OPENING = /^---\r?\n/;

interface Edit {
  at: number;
  /** How many characters of the text the edit replaces from `at`. */
  length: number;
  text: string;
}

/**
 * The file's text with each source's recorded fields written in, by the source's index in `sources`: a field the
 * source has gets its new value in place, a field it lacks is added at its end, in the source's own style.
 * @example withRecordedFields('---\nsources:\n  - {publisher: A, title: B, date: 2026-01-06}\n---\n', new Map([[0, { state: 'live' }]])) // "---\nsources:\n  - {publisher: A, title: B, date: 2026-01-06, state: live}\n---\n"
 */
export function withRecordedFields(fileText: string, bySource: ReadonlyMap<number, RecordedFields>): string {
  const opening = OPENING.exec(fileText)?.[0];
  if (opening === undefined) throw new Error('the file has no front matter');
  const close = fileText.slice(opening.length).search(/^---\r?$/m);
  if (close < 0) throw new Error('the front matter has no closing ---');
  const yamlText = fileText.slice(opening.length, opening.length + close);
  const sources = parseDocument(yamlText).get('sources', true);
  if (!isSeq(sources)) throw new Error('the front matter has no sources list');
  const edits = [...bySource].flatMap(([index, fields]) => {
    const source = sources.items[index];
    if (!isMap(source)) throw new Error(`sources[${index}] is not a source`);
    return editsOf(yamlText, source, fields);
  });
  let yaml = yamlText;
  for (const edit of edits.sort((a, b) => b.at - a.at)) yaml = yaml.slice(0, edit.at) + edit.text + yaml.slice(edit.at + edit.length);
  return fileText.slice(0, opening.length) + yaml + fileText.slice(opening.length + close);
}

/** A field to add to a source: how it reads in a flow map (`{…}`) and as the lines of a block map. */
interface AddedField {
  flow: string;
  block: string[];
}

/** The edits that write `fields` into one source's map: values replaced in place, missing fields added at its end. */
function editsOf(text: string, source: YAMLMap, fields: RecordedFields): Edit[] {
  const valueRange = (key: string) => {
    const pair = source.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair === undefined) return undefined;
    // A field written with no value (`checked:`) has no node to replace; the check cannot tell where its value would go.
    if (!isNode(pair.value) || !pair.value.range) throw new Error(`the source's ${key} has no value`);
    return pair.value.range;
  };
  const edits: Edit[] = [];
  const added: AddedField[] = [];
  if (fields.archive !== undefined) {
    // A recorded copy is the editor's to change: the check only fills in a missing one.
    if (valueRange('archive') !== undefined) throw new Error('the source already has an archive, which the check keeps as it is');
    const url = JSON.stringify(fields.archive.url);
    const { captured } = fields.archive;
    added.push({ flow: `archive: {url: ${url}, captured: ${captured}}`, block: ['archive:', `  url: ${url}`, `  captured: ${captured}`] });
  }
  for (const [key, value] of [
    ['checked', fields.checked],
    ['state', fields.state],
  ] as const) {
    if (value === undefined) continue;
    const range = valueRange(key);
    if (range) edits.push({ at: range[0], length: range[1] - range[0], text: value });
    else added.push({ flow: `${key}: ${value}`, block: [`${key}: ${value}`] });
  }
  if (added.length === 0) return edits;
  const [start = 0, end = 0] = source.range ?? [];
  if (source.flow === true)
    return [...edits, { at: text.lastIndexOf('}', end), length: 0, text: added.map((field) => `, ${field.flow}`).join('') }];
  // A block map ends with its last line's line break; its fields start at the column of its first key.
  const indent = ' '.repeat(start - text.lastIndexOf('\n', start - 1) - 1);
  const lines = added.flatMap((field) => field.block).map((line) => `${indent}${line}\n`);
  return [...edits, { at: end, length: 0, text: (text[end - 1] === '\n' ? '' : '\n') + lines.join('') }];
}
