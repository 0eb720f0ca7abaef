/**
 * The folder the content collections load from, relative to the project root.
 * Build tests point it at a fixture folder through CONTENT_DIR.
 */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';
