import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/publish/csv';

describe('toCsv', () => {
  it('writes the header, then each row in the order of the columns, every line ended by CRLF', () => {
    const csv = toCsv(
      ['side', 'stance', 'round'],
      [
        { round: 5, stance: 'No withdrawal, yet', side: 'israel' },
        { round: undefined, stance: 'Back to the "1974 lines"', side: 'syria' },
      ],
    );
    expect(csv).toBe('side,stance,round\r\nisrael,"No withdrawal, yet",5\r\nsyria,"Back to the ""1974 lines""",\r\n');
  });

  it('leaves a field with no comma, quote or line break as it is, other punctuation included', () => {
    expect(toCsv(['name'], [{ name: 'Asaad al-Shaibani' }, { name: 'Israel–Syria “talks”' }])).toBe(
      'name\r\nAsaad al-Shaibani\r\nIsrael–Syria “talks”\r\n',
    );
  });

  it('quotes a field that holds a line break of any kind', () => {
    expect(toCsv(['text'], [{ text: 'one\ntwo' }, { text: 'one\r\ntwo' }, { text: 'one\rtwo' }])).toBe(
      'text\r\n"one\ntwo"\r\n"one\r\ntwo"\r\n"one\rtwo"\r\n',
    );
  });

  it('writes numbers and yes/no as text, and nothing as an empty field', () => {
    expect(toCsv(['n', 'yes', 'no', 'none'], [{ n: 5, yes: true, no: false, none: undefined }])).toBe('n,yes,no,none\r\n5,true,false,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
