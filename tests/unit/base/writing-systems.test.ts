import { describe, expect, it } from 'vitest';
import { nameLangOf, scriptLangOf, scriptProblem, spellingLang } from '@/lib/base/writing-systems';

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

describe('scriptLangOf', () => {
  it('gives the language of a headline written in Arabic or Hebrew script alone', () => {
    expect(scriptLangOf('جولة مفاوضات جديدة بين سوريا وإسرائيل')).toBe('ar');
    expect(scriptLangOf('הנשיא א-שרע נפגש עם משלחת ממחוז סו’ידאא')).toBe('he');
  });

  it('gives none for English, even with an Arabic or Hebrew word in it, nor for text with no letters', () => {
    expect(scriptLangOf('Israel and Syria resume talks')).toBeUndefined();
    expect(scriptLangOf('Al-Sharaa (الشرع) meets Barrack')).toBeUndefined();
    expect(scriptLangOf('2026')).toBeUndefined();
  });
});

describe('spellingLang', () => {
  it('marks a Latin spelling as English on an Arabic or Hebrew page, and leaves it unmarked on an English one', () => {
    expect(spellingLang('al-Shaibani', 'ar')).toBe('en');
    expect(spellingLang('Hussein Salama', 'he')).toBe('en');
    expect(spellingLang('al-Shaibani', 'en')).toBeUndefined();
  });

  it('marks a spelling with Arabic or Hebrew letters by its script on any page, a Latin acronym in it included', () => {
    expect(spellingLang('الشيباني', 'en')).toBe('ar');
    expect(spellingLang('אזור UNDOF', 'he')).toBe('he');
    expect(spellingLang('אזור UNDOF', 'ar')).toBe('he');
  });
});
