/** Reading the site's XML as strictly as the feed readers that give up on a stray `&`. */
import sax from 'sax';

/** Fails unless `text` is well-formed XML, naming the file that is not. */
export function expectWellFormed(text: string, path: string): void {
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw new Error(`${path} is not well-formed XML: ${error.message}`);
  };
  parser.write(text).close();
}
