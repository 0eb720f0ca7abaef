import { describe, expect, it } from 'vitest';
import { nameLangOf, scriptProblem } from '../../src/lib/scripts';

describe('nameLangOf', () => {
  it('tells Arabic from Hebrew script, and Latin from both', () => {
    expect(nameLangOf('أسعد الشيباني')).toBe('ar');
    expect(nameLangOf('יחיאל לייטר')).toBe('he');
    expect(nameLangOf('al-Shaibani')).toBeUndefined();
  });
});

describe('scriptProblem', () => {
  it('accepts a name written in its language’s script alone', () => {
    expect(scriptProblem('أسعد الشيباني', 'ar')).toBeUndefined();
    expect(scriptProblem('רון דרמר', 'he')).toBeUndefined();
  });

  it('names the script a mislabelled name is in and the lang to set', () => {
    expect(scriptProblem('רון דרמר', 'ar')).toBe('is in Hebrew script, not Arabic: set lang to he');
    expect(scriptProblem('رون ديرمر', 'he')).toBe('is in Arabic script, not Hebrew: set lang to ar');
  });

  it('refuses Latin letters and names with no letters of the script', () => {
    expect(scriptProblem('Dermer רון', 'he')).toBe('has Latin letters: write only the Hebrew form here');
    expect(scriptProblem('123', 'ar')).toBe('has no Arabic letters');
  });
});
