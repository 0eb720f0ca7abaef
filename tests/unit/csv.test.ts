import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';

describe('csvField', () => {
  it('leaves a field with no comma, quote or line break as it is', () => {
    expect(csvField('Asaad al-Shaibani')).toBe('Asaad al-Shaibani');
    expect(csvField('Israel–Syria, “talks”')).toBe('"Israel–Syria, “talks”"');
  });

  it('quotes a field that holds a comma, a quote or a line break, doubling each quote inside', () => {
    expect(csvField('Paris, France')).toBe('"Paris, France"');
    expect(csvField('the "red line"')).toBe('"the ""red line"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('writes numbers and yes/no as text, and nothing as an empty field', () => {
    expect(csvField(5)).toBe('5');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
  });
});

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

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
